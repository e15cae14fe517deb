import type { Clock } from '../clock';
import { AppError, ConflictError, ErrorCode } from '../errors';
import { fingerprint, summarise } from './fingerprint';
import type { AuditEntry, AuditOutcome, IdempotencyStore, KeyRef, WriteStore } from './types';

/** What `runIdempotent` needs from the request context. */
export interface IdempotencyContext {
  /** Who is asking; keys are theirs alone. 'anonymous' until authentication lands. */
  principal: string;
  writes: WriteStore;
  clock: Clock;
}

/** A mutation input that may carry a key. */
export interface KeyedInput {
  idempotencyKey?: string | null;
}

/** Errors that settle the request for good: replayed as they were for the same key. */
const DEFINITE = new Set<string>([
  ErrorCode.BadUserInput, ErrorCode.NotFound, ErrorCode.NotSupported,
  ErrorCode.UpstreamRejected, ErrorCode.Forbidden,
]);

/** The same key came back with a different input. */
export class IdempotencyKeyReusedError extends AppError {
  readonly code = ErrorCode.BadUserInput;

  constructor() {
    super('this idempotencyKey was used for a different request', {
      field: 'input.idempotencyKey',
      detail: 'IDEMPOTENCY_KEY_REUSED',
    });
  }
}

/** An error replayed from the store, with the code and details it had the first time. */
class ReplayedError extends AppError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown>,
  ) {
    super(message, details);
  }
}

/**
 * Runs one upstream write at most once per idempotency key, and audits it either way. With no
 * key the write simply runs (and is audited). With a key: the first request runs it and
 * stores the outcome; a repeat with the same input gets that outcome without a second write;
 * a repeat with other input is BAD_USER_INPUT; one that arrives while the first is running is
 * CONFLICT. A failure that settles nothing (Enta unreachable) frees the key for another try.
 */
export async function runIdempotent<T>(
  ctx: IdempotencyContext,
  operation: string,
  input: KeyedInput & object,
  write: () => Promise<T>,
): Promise<T> {
  const startedAt = ctx.clock.now();
  const key = input.idempotencyKey ?? null;
  const entry = (outcome: AuditOutcome, extra: Partial<AuditEntry>): AuditEntry => ({
    principal: ctx.principal, operation, service: serviceOf(input), idempotencyKey: key,
    inputSummary: summarise(input), upstreamRef: null, outcome, errorCode: null,
    startedAt, finishedAt: ctx.clock.now(), ...extra,
  });

  if (key === null) {
    return write().then(
      async (result) => {
        await ctx.writes.record(entry('succeeded', { upstreamRef: refOf(result) }));
        return result;
      },
      async (error: unknown) => {
        await ctx.writes.record(entry(outcomeOf(error), { errorCode: codeOf(error) }));
        throw error;
      },
    );
  }

  const ref: KeyRef = { principal: ctx.principal, key };
  const claim = await ctx.writes.claim({
    ...ref, operation, fingerprint: fingerprint(operation, input), now: startedAt,
  });
  if (claim.status === 'mismatch') throw new IdempotencyKeyReusedError();
  if (claim.status === 'in-progress') {
    throw new ConflictError('a request with this idempotencyKey is still in progress', {
      detail: 'IDEMPOTENCY_KEY_IN_PROGRESS',
    });
  }
  if (claim.status === 'replay') return replay<T>(claim.state, claim.outcome);

  return runClaimed(ctx.writes, ref, write, entry);
}

async function runClaimed<T>(
  store: IdempotencyStore,
  ref: KeyRef,
  write: () => Promise<T>,
  entry: (outcome: AuditOutcome, extra: Partial<AuditEntry>) => AuditEntry,
): Promise<T> {
  let result: T;
  try {
    result = await write();
  } catch (error) {
    const audit = entry(outcomeOf(error), { errorCode: codeOf(error) });
    if (error instanceof AppError && DEFINITE.has(error.code)) {
      const stored = { code: error.code, message: error.message, details: error.details };
      await store.finish(ref, 'failed', JSON.stringify(stored), audit);
    } else {
      await store.release(ref, audit);
    }
    throw error;
  }

  const audit = entry('succeeded', { upstreamRef: refOf(result) });
  await store.finish(ref, 'succeeded', JSON.stringify(result ?? null), audit);
  return result;
}

function replay<T>(state: 'succeeded' | 'failed', outcome: string): T {
  const parsed = JSON.parse(outcome) as unknown;
  if (state === 'succeeded') return parsed as T;
  const stored = parsed as { code: ErrorCode; message: string; details: Record<string, unknown> };
  throw new ReplayedError(stored.code, stored.message, stored.details ?? {});
}

function outcomeOf(error: unknown): AuditOutcome {
  if (error instanceof AppError && DEFINITE.has(error.code)) return 'failed';
  // An open breaker sent nothing. Anything else may have struck after the write left, and
  // the audit log says so rather than guess.
  if (error instanceof AppError && error.details.stage === 'circuit') return 'failed';
  return 'unknown';
}

function codeOf(error: unknown): string {
  return error instanceof AppError ? error.code : ErrorCode.Internal;
}

/** The service a write is about, as the input names it. */
function serviceOf(input: object): string | null {
  const named = input as { ref?: string; username?: string; cli?: string };
  return named.ref ?? named.username ?? named.cli ?? null;
}

/** Enta's reference in a payload: an order's ref or a cease's orderRef. */
function refOf(result: unknown): string | null {
  const payload = result as { orderRef?: unknown; order?: { ref?: unknown } } | null;
  const ref = payload?.order?.ref ?? payload?.orderRef;
  return typeof ref === 'string' ? ref : null;
}
