/** Where an idempotency key stands. */
export type KeyState = 'in-progress' | 'succeeded' | 'failed';

/** A key is the caller's own: two callers may use the same string without meeting. */
export interface KeyRef {
  principal: string;
  key: string;
}

export interface ClaimRequest extends KeyRef {
  operation: string;
  /** Hash of the operation and its input; the same key with another input is refused. */
  fingerprint: string;
  now: Date;
}

/** What the store says when a request presents a key. */
export type ClaimResult =
  | { status: 'claimed' }
  | { status: 'replay'; state: 'succeeded' | 'failed'; outcome: string }
  | { status: 'in-progress' }
  | { status: 'mismatch' };

/** How a write ended, as the audit log records it. */
export type AuditOutcome = 'succeeded' | 'failed' | 'unknown';

/** One write, as the audit log keeps it: no secrets, ever. */
export interface AuditEntry {
  principal: string;
  operation: string;
  /** The service the write is about (ref, username or telephone number), when known. */
  service: string | null;
  idempotencyKey: string | null;
  /** The input as JSON, with passwords and other secrets replaced. */
  inputSummary: string;
  /** Enta's reference for what was written (an order ref), when it gave one. */
  upstreamRef: string | null;
  outcome: AuditOutcome;
  errorCode: string | null;
  startedAt: Date;
  finishedAt: Date;
}

/**
 * Idempotency keys and their outcomes. Async so that a shared database can stand behind it;
 * each method is one atomic step.
 */
export interface IdempotencyStore {
  /** Takes the key for this request, or says why not (replay, in progress, other input). */
  claim(request: ClaimRequest): Promise<ClaimResult>;
  /** Stores the outcome (JSON) and writes the audit entry, together. */
  finish(ref: KeyRef, state: 'succeeded' | 'failed', outcome: string, audit: AuditEntry):
    Promise<void>;
  /** Frees the key for another try (nothing definite happened) and writes the audit entry. */
  release(ref: KeyRef, audit: AuditEntry): Promise<void>;
}

/** The durable record of every write. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** Entries, oldest first; for tests and support. */
  entries(filter?: { operation?: string }): Promise<AuditEntry[]>;
}

/** The store a server instance writes to. */
export interface WriteStore extends IdempotencyStore, AuditLog {
  readonly isOpen: boolean;
  close(): void;
}
