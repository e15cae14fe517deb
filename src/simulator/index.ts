import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { systemClock } from '../clock';
import { SIMULATOR_DEFAULT_CREDENTIALS } from '../config';
import { ShiftableClock } from './clock';
import { seedState } from './data/seed';
import { FaultController } from './faults';
import { createListener } from './http';
import { SimulatorState } from './state';
import type { RecordedRequest, RunningSimulator, SimulatorOptions } from './types';

export type { RecordedRequest, RunningSimulator, SimulatorOptions } from './types';
export type { SimulatorData } from './state';
export type { FaultKind, FaultOptions, FaultRule, FaultSwitch } from './faults';
export { parseFaultSpec, FaultSpecError } from './fault-spec';
export type * from './model';

/** The seed used when none is given: the data set everyone sees by default. */
export const DEFAULT_SEED = 20100222;

/**
 * Starts an Enta simulator on node:http. The data set is built from the seed, the service
 * count and the clock's day at start; time then moves only with the clock.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const clock = options.clock ?? new ShiftableClock(systemClock);
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? pino({ level: 'silent' });
  const state = new SimulatorState(
    options.seed ?? DEFAULT_SEED,
    clock,
    options.pollsBeforeReady ?? 2,
  );
  seedState(state, options.serviceCount ?? 240);

  const requests: RecordedRequest[] = [];
  const faults = new FaultController(options.faultSeed ?? state.seed, options.faults ?? []);
  const server = createServer(
    createListener({
      state,
      requests,
      username: options.username ?? SIMULATOR_DEFAULT_CREDENTIALS.username,
      password: options.password ?? SIMULATOR_DEFAULT_CREDENTIALS.password,
      latencyMs: options.latencyMs ?? 0,
      loopback: ['127.0.0.1', '::1', 'localhost'].includes(host),
      logger,
      faults,
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });

  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/xml/`,
    port,
    clock,
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    data: state.view(),
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
