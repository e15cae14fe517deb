import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { startSimulator } from './index';

/** `npm run simulator`: the simulator on its own, for manual runs and other programs' tests. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel }).child({ component: 'simulator' });
  const simulator = await startSimulator({
    port: config.simulatorPort,
    host: '127.0.0.1',
    username: config.enta.username,
    password: config.enta.password,
    latencyMs: config.simulatorLatencyMs,
    faults: config.simulatorFaults,
    logger,
  });
  logger.info(
    { url: simulator.url, username: config.enta.username, latencyMs: config.simulatorLatencyMs },
    'Enta simulator listening',
  );

  const stop = () => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Simulator failed to start: ${String(error)}\n`);
  process.exit(1);
});
