import 'reflect-metadata';
import { withSharedCache } from '../../src/cache';
import { ManualClock, systemClock, type Clock } from '../../src/clock';
import { loadConfig, type Config } from '../../src/config';
import { createEntaClient, createTransport } from '../../src/enta';
import { createLogger } from '../../src/logger';
import { startApp, type App } from '../../src/server/app';
import { startSimulator, type RunningSimulator } from '../../src/simulator';

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
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>):
    Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

export interface StackOptions {
  clock?: ManualClock;
  env?: Record<string, string>;
  /**
   * The shared upstream cache; default off, so that a test counting upstream calls sees each
   * one. Tests of the cache, and of what users see with it, turn it on.
   */
  cache?: boolean;
  /** Added by the simulator before each reply; default 0. */
  latencyMs?: number;
}

/** The real server on an ephemeral port, talking over loopback to a real simulator. */
export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const clock = options.clock ?? systemClock;
  const logger = createLogger({ level: 'silent' });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...options.env });
  config.cache.enabled = options.cache ?? false;

  const simulator = await startSimulator({
    username: config.enta.username,
    password: config.enta.password,
    clock,
    latencyMs: options.latencyMs,
  });
  const transport = createTransport({ ...config.enta, baseUrl: simulator.url, logger });
  const enta = withSharedCache(createEntaClient(transport), config.cache, { clock, logger });
  const app = await startApp({ config, enta, clock, logger });

  return {
    app,
    simulator,
    clock,
    config,
    gql: (query, variables) => postGraphQL(app.url, query, variables),
    close: async () => {
      await app.close();
      await simulator.close();
    },
  };
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResult<T>;
  return { ...body, status: response.status };
}
