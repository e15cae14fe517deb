/** State that outlives a request: idempotency keys and the audit log. */
export { openSqliteStore } from './sqlite';
export type { SqliteStoreOptions } from './sqlite';
export { fingerprint, stableJson, summarise } from './fingerprint';
export { IdempotencyKeyReusedError, runIdempotent } from './run-idempotent';
export type { IdempotencyContext, KeyedInput } from './run-idempotent';
export type * from './types';
