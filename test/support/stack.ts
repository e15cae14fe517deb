import 'reflect-metadata';
import { ManualClock, systemClock, type Clock } from '../../src/clock';
import { loadConfig, type Config } from '../../src/config';
import { createEntaClient, createTransport } from '../../src/enta';
import { createLogger, type Logger } from '../../src/logger';
import type { AuditSink } from '../../src/auth/audit';
import { startApp, type App } from '../../src/server/app';
import { createMetrics, observeUpstream } from '../../src/server/metrics';
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
}

/** The real server on an ephemeral port, talking over loopback to a real simulator. */
export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger({ level: 'silent' });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...options.env });

  const simulator = await startSimulator({
    username: config.enta.username,
    password: config.enta.password,
    clock,
  });
  const metrics = createMetrics();
  const transport = createTransport({
    ...config.enta,
    baseUrl: simulator.url,
    logger,
    onCall: observeUpstream(metrics),
  });
  const app = await startApp({ config, enta: createEntaClient(transport), clock, logger, metrics,
    audit: options.audit });

  return {
    app,
    simulator,
    clock,
    config,
    gql: (query, variables) => postGraphQL(app.url, query, variables),
    gqlWith: (headers, query, variables) => postGraphQL(app.url, query, variables, headers),
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
