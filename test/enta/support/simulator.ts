import { ManualClock } from '../../../src/clock';
import { SIMULATOR_DEFAULT_CREDENTIALS } from '../../../src/config';
import { createEntaClient, createTransport, EntaClient } from '../../../src/enta';
import { RunningSimulator, startSimulator } from '../../../src/simulator';
import { silentLogger } from './fixtures';

/** A Tuesday in March 2026, 10:00 UK time (GMT). */
export const SIM_START = new Date('2026-03-10T10:00:00Z');

export interface SimulatorFixture {
  simulator: RunningSimulator;
  clock: ManualClock;
  client: EntaClient;
}

/** The real simulator on loopback with a manual clock, and a client pointed at it. */
export async function startClientAndSimulator(
  options: { testMode?: boolean; start?: Date } = {},
): Promise<SimulatorFixture> {
  const clock = new ManualClock(options.start ?? SIM_START);
  const simulator = await startSimulator({ clock, serviceCount: 40 });
  const transport = createTransport({
    baseUrl: simulator.url,
    ...SIMULATOR_DEFAULT_CREDENTIALS,
    apiVersion: 'stable',
    testMode: options.testMode ?? false,
    timeoutMs: 5000,
    logger: silentLogger,
  });
  return { simulator, clock, client: createEntaClient(transport) };
}
