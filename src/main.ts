import 'reflect-metadata';
import { withSharedCache } from './cache';
import { systemClock } from './clock';
import { loadConfig, type Config } from './config';
import { createEntaClient, createTransport } from './enta';
import { ConfigError } from './errors';
import { createLogger, type Logger } from './logger';
import { startApp } from './server/app';
import { startSimulator, type RunningSimulator } from './simulator';

/** The server's entry point: `npm start`. */
async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger({ level: config.logLevel });

  const simulator = config.enta.baseUrl ? undefined : await startEmbeddedSimulator(config, logger);
  const baseUrl = config.enta.baseUrl ?? simulator!.url;

  const transport = createTransport({ ...config.enta, baseUrl, logger });
  const services = { clock: systemClock, logger };
  const app = await startApp({
    config,
    enta: withSharedCache(createEntaClient(transport), config.cache, services),
    clock: systemClock,
    logger,
  });
  logger.info(
    { endpoint: app.url, upstream: simulator ? 'embedded simulator' : upstreamOrigin(baseUrl) },
    `GraphQL API ready at ${app.url}`,
  );

  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.close();
    await simulator?.close();
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
    logger: logger.child({ component: 'simulator' }),
  });
  logger.info(
    { simulator: simulator.url },
    'ENTA_BASE_URL is not set: using the embedded Enta simulator with generated data',
  );
  return simulator;
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
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
