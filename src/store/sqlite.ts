import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry, ClaimRequest, ClaimResult, KeyRef, WriteStore } from './types';

export interface SqliteStoreOptions {
  /** A file path (its folder is created) or `:memory:`. */
  path: string;
  /** How long a key and its outcome are kept. */
  ttlHours: number;
  /** A key left in progress this long belongs to a request that died; another may take it. */
  staleAfterMs?: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS idempotency_keys (
  principal TEXT NOT NULL,
  key TEXT NOT NULL,
  operation TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('in-progress', 'succeeded', 'failed')),
  outcome TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (principal, key)
);
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  principal TEXT NOT NULL,
  operation TEXT NOT NULL,
  service TEXT,
  idempotency_key TEXT,
  input_summary TEXT NOT NULL,
  upstream_ref TEXT,
  outcome TEXT NOT NULL,
  error_code TEXT,
  started_at INTEGER NOT NULL,
  finished_at INTEGER NOT NULL
);`;

interface KeyRow {
  fingerprint: string;
  state: 'in-progress' | 'succeeded' | 'failed';
  outcome: string | null;
  updated_at: number;
  expires_at: number;
}

const HOUR_MS = 60 * 60 * 1000;

/** Idempotency keys and the audit log in one SQLite file, so an outcome and its audit row
 * are written in one transaction. Created on first use. */
export function openSqliteStore(options: SqliteStoreOptions): WriteStore {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL survives a crash of the process (not of the machine) and spares an fsync
  // per transaction, which would otherwise stall the event loop on every write.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const ttlMs = options.ttlHours * HOUR_MS;
  const staleAfterMs = options.staleAfterMs ?? 5 * 60 * 1000;
  const select = db.prepare<[string, string], KeyRow>(
    'SELECT fingerprint, state, outcome, updated_at, expires_at FROM idempotency_keys ' +
      'WHERE principal = ? AND key = ?');
  const remove = db.prepare('DELETE FROM idempotency_keys WHERE principal = ? AND key = ?');
  const insert = db.prepare(
    'INSERT INTO idempotency_keys (principal, key, operation, fingerprint, state, created_at, ' +
      "updated_at, expires_at) VALUES (?, ?, ?, ?, 'in-progress', ?, ?, ?)");
  const touch = db.prepare(
    'UPDATE idempotency_keys SET updated_at = ? WHERE principal = ? AND key = ?');
  const settle = db.prepare(
    'UPDATE idempotency_keys SET state = ?, outcome = ?, updated_at = ? ' +
      'WHERE principal = ? AND key = ?');
  const audit = db.prepare(
    'INSERT INTO audit_log (principal, operation, service, idempotency_key, input_summary, ' +
      'upstream_ref, outcome, error_code, started_at, finished_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const purge = db.prepare('DELETE FROM idempotency_keys WHERE expires_at <= ?');

  const writeAudit = (e: AuditEntry) =>
    audit.run(e.principal, e.operation, e.service, e.idempotencyKey, e.inputSummary,
      e.upstreamRef, e.outcome, e.errorCode, e.startedAt.getTime(), e.finishedAt.getTime());

  const claim = db.transaction((request: ClaimRequest): ClaimResult => {
    const now = request.now.getTime();
    purge.run(now);
    const row = select.get(request.principal, request.key);

    if (!row) {
      insert.run(request.principal, request.key, request.operation, request.fingerprint,
        now, now, now + ttlMs);
      return { status: 'claimed' };
    }
    if (row.fingerprint !== request.fingerprint) return { status: 'mismatch' };
    if (row.state !== 'in-progress') {
      return { status: 'replay', state: row.state, outcome: row.outcome ?? 'null' };
    }
    if (row.updated_at > now - staleAfterMs) return { status: 'in-progress' };

    touch.run(now, request.principal, request.key);
    return { status: 'claimed' };
  });
  const finish = db.transaction(
    (ref: KeyRef, state: string, outcome: string, entry: AuditEntry) => {
      settle.run(state, outcome, entry.finishedAt.getTime(), ref.principal, ref.key);
      writeAudit(entry);
    });
  const release = db.transaction((ref: KeyRef, entry: AuditEntry) => {
    remove.run(ref.principal, ref.key);
    writeAudit(entry);
  });

  return {
    get isOpen() {
      return db.open;
    },
    claim: async (request) => claim(request),
    finish: async (ref, state, outcome, entry) => {
      finish(ref, state, outcome, entry);
    },
    release: async (ref, entry) => {
      release(ref, entry);
    },
    record: async (entry) => {
      writeAudit(entry);
    },
    entries: async (filter = {}) => readAudit(db, filter.operation),
    close: () => {
      if (db.open) db.close();
    },
  };
}

interface AuditRow {
  principal: string;
  operation: string;
  service: string | null;
  idempotency_key: string | null;
  input_summary: string;
  upstream_ref: string | null;
  outcome: AuditEntry['outcome'];
  error_code: string | null;
  started_at: number;
  finished_at: number;
}

function readAudit(db: Database.Database, operation?: string): AuditEntry[] {
  const rows = operation === undefined
    ? db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id').all()
    : db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE operation = ? ORDER BY id')
      .all(operation);
  return rows.map((row) => ({
    principal: row.principal,
    operation: row.operation,
    service: row.service,
    idempotencyKey: row.idempotency_key,
    inputSummary: row.input_summary,
    upstreamRef: row.upstream_ref,
    outcome: row.outcome,
    errorCode: row.error_code,
    startedAt: new Date(row.started_at),
    finishedAt: new Date(row.finished_at),
  }));
}
