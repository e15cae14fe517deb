import type { Access } from '../auth/access';
import type { AuditSink } from '../auth/audit';
import type { Config } from '../config';
import type { Clock } from '../clock';
import type { BtFeedPoller } from '../feeds/bt-feed-poller';
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
  /** The process's one BT feed poller, for live order updates. */
  orderFeed: BtFeedPoller;
  /** Who is calling, and which services it may see. */
  access: Access;
  /** Where mutations are recorded. */
  audit: AuditSink;
  /** Who is asking: the principal's id, which scopes idempotency keys. */
  principal: string;
  /** Idempotency keys and the audit log (see `runIdempotent`). */
  writes: WriteStore;
}
