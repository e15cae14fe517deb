import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { FaultRule, FaultSwitch } from './faults';
import type { SimulatorData } from './state';

/** How to start a simulator; every field has a default. */
export interface SimulatorOptions {
  /** Partner credentials accepted; default SIMULATOR_DEFAULT_CREDENTIALS. */
  username?: string;
  password?: string;
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Added before each reply; default 0. */
  latencyMs?: number;
  /** Default: the system clock, shiftable through `/_sim/clock/advance`. */
  clock?: Clock;
  /** Data set seed; the same seed (and start day) gives the same data. */
  seed?: number;
  /** Seeded services; default 240. */
  serviceCount?: number;
  /** Appointment polls answered `Pending` before the result; default 2. */
  pollsBeforeReady?: number;
  /** Default: silent. */
  logger?: Logger;
  /** Faults switched on from the start (`SIMULATOR_FAULTS`); default none. */
  faults?: readonly FaultRule[];
  /** Seeds the draws that decide which requests a fault strikes; default the data seed. */
  faultSeed?: number;
}

/** One request as the simulator received it. */
export interface RecordedRequest {
  /** Catalogue operation name, e.g. 'AdslAccount', 'CreateADSLOrder', 'Poll'. */
  operation: string;
  method: 'GET' | 'POST';
  path: string;
  uri: string;
  /** Query fields as received (original case). */
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** The XML document text of the `userfile` part. */
  body?: string;
  partName?: string;
  fileName?: string;
  partContentType?: string;
  /** `Type` on `ResponseBlock` (Live/Test). */
  documentType?: string;
  /** `Type` on `Response` (or on `OperationResponse` in the short form). */
  requestType?: string;
  /** Simulated clock time. */
  at: Date;
  /** The injected fault that struck this request, if any. */
  fault?: string;
}

/** A simulator listening on a port. */
export interface RunningSimulator {
  /** Base URL such as `http://127.0.0.1:PORT/xml/`; clients append `{version}/{Uri}.php`. */
  url: string;
  port: number;
  clock: Clock;
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  clearRequests(): void;
  /** Read access to the state; each read first catches up with the clock. */
  data: SimulatorData;
  /** Injected faults: `faults.set('AdslAccount', 'reset', { times: 1 })`, `faults.clear()`. */
  faults: FaultSwitch;
  close(): Promise<void>;
}
