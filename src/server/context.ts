import type { Config } from '../config';
import type { Clock } from '../clock';
import type { EntaClient } from '../enta';
import type { Loaders } from '../loaders';
import type { Logger } from '../logger';
import type { WriteStore } from '../store';

/** What every resolver receives: the request's own loaders, logger and the shared services. */
export interface RequestContext {
  requestId: string;
  logger: Logger;
  loaders: Loaders;
  enta: EntaClient;
  clock: Clock;
  config: Config;
  /** Who is asking: 'anonymous' until authentication lands. */
  principal: string;
  /** Idempotency keys and the audit log (see `runIdempotent`). */
  writes: WriteStore;
}
