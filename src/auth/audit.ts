import type { Logger } from '../logger';
import type { Role } from './roles';

/** One mutation attempt: who, what, on which service, when, and how it ended. */
export interface AuditEvent {
  at: string;
  requestId: string;
  principalId: string;
  role: Role;
  mutation: string;
  /** The service as the caller named it (`ref:…`, `username:…`, `cli:…`), if it named one. */
  service: string | null;
  /** `ok`, or the error code the caller received. */
  outcome: string;
}

/**
 * Where audit events go. The log sink is the default; a durable sink (SQLite, a database)
 * implements the same method. `record` must not throw: an audit failure is its own problem.
 */
export interface AuditSink {
  record(event: AuditEvent): void;
}

/** Writes each event as one `audit.mutation` log line. */
export function logAuditSink(logger: Logger): AuditSink {
  const audit = logger.child({ component: 'audit' });
  return {
    record: (event) => audit.info({ audit: event }, 'audit.mutation'),
  };
}
