import { backOff } from 'exponential-backoff';
import { OperationName, OPERATIONS } from './catalogue';
import { EntaUnavailableError } from './errors';

/**
 * Operations that change something at Enta. Most are POSTs; CeaseADSLOrder and RequestMAC are
 * writes sent as GET, and Poll is a POST that only reads. Writes are never retried blindly.
 */
export function isWrite(operation: OperationName): boolean {
  if (operation === 'CeaseADSLOrder' || operation === 'RequestMAC') return true;
  if (operation === 'Poll') return false;
  return OPERATIONS[operation].verb === 'POST';
}

/**
 * Faults worth another try: a timeout, a broken or refused connection, a 5xx, an unreadable
 * reply. Never a 4xx, Enta's own refusals or not-found, nor an open breaker (that would
 * hammer an upstream we have just decided to leave alone).
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof EntaUnavailableError)) return false;
  if (error.stage === 'http') return (error.httpStatus ?? 0) >= 500;
  return error.stage !== 'circuit';
}

export interface RetryOptions {
  /** Tries after the first; 0 turns retrying off. */
  retries: number;
  /** The first pause; each further pause doubles, with full jitter. */
  startingDelayMs: number;
  /** Called before each new try, for logs and metrics. */
  onRetry?: (error: unknown, attempt: number) => void;
}

const MAX_DELAY_MS = 5_000;

/** Runs a read, trying again on transient faults with jittered exponential back-off. */
export function withRetries<T>(read: () => Promise<T>, options: RetryOptions): Promise<T> {
  return backOff(read, {
    numOfAttempts: options.retries + 1,
    startingDelay: options.startingDelayMs,
    timeMultiple: 2,
    maxDelay: MAX_DELAY_MS,
    jitter: 'full',
    retry: (error: unknown, attempt: number) => {
      if (!isTransient(error)) return false;
      options.onRetry?.(error, attempt);
      return true;
    },
  });
}
