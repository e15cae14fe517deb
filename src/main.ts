import 'reflect-metadata';
import { withSharedCache } from './cache';
import { systemClock } from './clock';
import { loadConfig, type Config } from './config';
import { createUpstream } from './enta';
import { ConfigError } from './errors';
import { createLogger, type Logger } from './logger';
import { startApp } from './server/app';
import { createMetrics, observeCache, observeUpstream, watchBreaker } from './server/metrics';
import { startSimulator, type RunningSimulator } from './simulator';
import { openSqliteStore } from './store';

/** The server's entry point: `npm start`. */
async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger({ level: config.logLevel });

  const simulator = config.enta.baseUrl ? undefined : await startEmbeddedSimulator(config, logger);
  const baseUrl = config.enta.baseUrl ?? simulator!.url;

  const metrics = createMetrics();
  const upstream = createUpstream({ ...config.enta, baseUrl, logger,
    onCall: observeUpstream(metrics) });
  watchBreaker(metrics, 'enta', () => upstream.breaker.state);
  const store = openSqliteStore({
    path: config.store.path,
    ttlHours: config.store.idempotencyTtlHours,
  });
  const app = await startApp({
    config,
    enta: withSharedCache(upstream.client, config.cache,
      { clock: systemClock, logger, onLookup: observeCache(metrics) }),
    clock: systemClock,
    logger,
    metrics,
    store,
    breakerState: () => upstream.breaker.state,
  });
  warnIfAnonymous(config, logger);
  logger.info(
    { endpoint: app.url, upstream: simulator ? 'embedded simulator' : upstreamOrigin(baseUrl) },
    `GraphQL API ready at ${app.url}`,
  );

  // In-flight requests finish before the store closes, so no outcome is lost on the way out.
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    await app.close();
    store.close();
    upstream.close();
    await simulator?.close();
    logger.info('shut down cleanly');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

async function startEmbeddedSimulator(config: Config, logger: Logger): Promise<RunningSimulator> {
  const simulator = await startSimulator({
    username: config.enta.username,
    password: config.enta.password,
    host: '127.0.0.1',
    port: 0,
    latencyMs: config.simulatorLatencyMs,
    faults: config.simulatorFaults,
    logger: logger.child({ component: 'simulator' }),
  });
  logger.info(
    { simulator: simulator.url },
    'ENTA_BASE_URL is not set: using the embedded Enta simulator with generated data',
  );
  return simulator;
}

/** Anonymous mode is for development: say so loudly, every start. */
function warnIfAnonymous(config: Config, logger: Logger): void {
  const role = config.auth.anonymousRole;
  if (!role) return;
  const why = config.auth.anonymousByDefault
    ? 'no authentication is configured (AUTH_JWT_SECRET, AUTH_JWKS_URL, AUTH_API_KEYS_FILE)'
    : 'AUTH_ANONYMOUS is set';
  logger.warn({ anonymousRole: role },
    `anonymous development mode: ${why}, so callers without credentials act as ${role}`);
}

/** Scheme, host and port only: never a path with secrets or a query string in a log line. */
function upstreamOrigin(url: string): string {
  return new URL(url).origin;
}

function readConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `Failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
