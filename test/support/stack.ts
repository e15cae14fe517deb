import 'reflect-metadata';
import type { AuditSink } from '../../src/auth/audit';
import { withSharedCache } from '../../src/cache';
import { ManualClock, systemClock, type Clock } from '../../src/clock';
import { loadConfig, type Config } from '../../src/config';
import { createUpstream, type Upstream } from '../../src/enta';
import { createLogger, type Logger } from '../../src/logger';
import { startApp, type App } from '../../src/server/app';
import {
  createMetrics, observeCache, observeUpstream, watchBreaker,
} from '../../src/server/metrics';
import { startSimulator, type RunningSimulator } from '../../src/simulator';
import { openSqliteStore, type WriteStore } from '../../src/store';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface TestStack {
  app: App;
  simulator: RunningSimulator;
  clock: Clock;
  config: Config;
  upstream: Upstream;
  store: WriteStore;
  /** Stops the server and starts a new one on the same store and simulator. */
  restart(): Promise<void>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>):
    Promise<GraphQLResult<T>>;
  /** The same, sending these headers (e.g. `authorization`). */
  gqlWith<T = Record<string, any>>(headers: Record<string, string>, query: string,
    variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

export interface StackOptions {
  clock?: ManualClock;
  /**
   * Without AUTH_* variables the stack runs in anonymous admin mode, so `gql` acts as an
   * admin; auth tests pass `authEnv()` from `./auth` and send tokens with `gqlWith`.
   */
  env?: Record<string, string>;
  /** Where the server's log lines go; silent when not given. */
  logger?: Logger;
  audit?: AuditSink;
  /** Keep the simulator (and its state) across stacks. */
  simulator?: RunningSimulator;
  /**
   * The shared upstream cache; default off, so that a test counting upstream calls sees each
   * one. Tests of the cache, and of what users see with it, turn it on.
   */
  cache?: boolean;
  /** Added by the simulator before each reply; default 0. */
  latencyMs?: number;
}

/** Quick retries and a breaker that only opens on purpose, unless a test says otherwise. */
const TEST_ENV = {
  PORT: '0',
  HOST: '127.0.0.1',
  STORE_PATH: ':memory:',
  ENTA_RETRY_DELAY_MS: '1',
  BREAKER_MIN_CALLS: '10000',
};

/** The real server on an ephemeral port, talking over loopback to a real simulator. */
export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger({ level: 'silent' });
  const config = loadConfig({ ...TEST_ENV, ...options.env });
  config.cache.enabled = options.cache ?? false;

  const simulator = options.simulator ?? await startSimulator({
    username: config.enta.username,
    password: config.enta.password,
    clock,
    faults: config.simulatorFaults,
    latencyMs: options.latencyMs,
  });
  const openStore = () => openSqliteStore({ path: config.store.path, ttlHours: 24 });
  let store = openStore();
  const start = async () => {
    const metrics = createMetrics();
    const upstream = createUpstream({ ...config.enta, baseUrl: simulator.url, logger,
      onCall: observeUpstream(metrics) });
    watchBreaker(metrics, 'enta', () => upstream.breaker.state);
    const enta = withSharedCache(upstream.client, config.cache,
      { clock, logger, onLookup: observeCache(metrics) });
    const app = await startApp({
      config, enta, clock, logger, store, metrics, audit: options.audit,
      breakerState: () => upstream.breaker.state,
    }).catch((error: unknown) => {
      upstream.close();
      throw error;
    });
    return { app, upstream };
  };
  let running: Awaited<ReturnType<typeof start>>;
  try {
    running = await start();
  } catch (error) {
    // A server that fails to start must not leave its simulator and store open.
    store.close();
    if (!options.simulator) await simulator.close();
    throw error;
  }

  const stack: TestStack = {
    app: running.app,
    upstream: running.upstream,
    simulator,
    clock,
    config,
    store,
    restart: async () => {
      await running.app.close();
      running.upstream.close();
      // A file store is closed and opened again, as a new process would; memory cannot be.
      if (config.store.path !== ':memory:') {
        store.close();
        store = openStore();
        stack.store = store;
      }
      running = await start();
      stack.app = running.app;
      stack.upstream = running.upstream;
    },
    gql: (query, variables) => postGraphQL(stack.app.url, query, variables),
    gqlWith: (headers, query, variables) =>
      postGraphQL(stack.app.url, query, variables, headers),
    close: async () => {
      await running.app.close();
      running.upstream.close();
      stack.store.close();
      if (!options.simulator) await simulator.close();
    },
  };
  return stack;
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResult<T>;
  return { ...body, status: response.status };
}
