import { Breaker } from './breaker';
import { OperationName } from './catalogue';
import { isWrite, withRetries } from './retry';
import type { Transport } from './transport';
import type { Logger } from '../logger';

export interface ResilienceOptions {
  breaker: Breaker;
  /** Extra tries for reads; writes are tried once (see `reconcile.ts`). */
  retries: number;
  retryDelayMs: number;
  logger: Logger;
}

/**
 * A transport that tries each read again on transient faults and sends every attempt through
 * the upstream's circuit breaker. The breaker sits inside the retries, so an open breaker
 * stops the retries at once instead of letting them through.
 */
export function createResilientTransport(inner: Transport, options: ResilienceOptions): Transport {
  const { breaker, logger } = options;

  const attempt = <T>(operation: OperationName, call: () => Promise<T>): Promise<T> => {
    const once = () => breaker.run(call);
    if (isWrite(operation)) return once();
    return withRetries(once, {
      retries: options.retries,
      startingDelayMs: options.retryDelayMs,
      onRetry: (error, attemptNumber) =>
        logger.debug({ operation, attempt: attemptNumber, err: error }, `retrying ${operation}`),
    });
  };

  return {
    get: (operation, params) => attempt(operation, () => inner.get(operation, params)),
    post: (operation, body, postOptions) =>
      attempt(operation, () => inner.post(operation, body, postOptions)),
  };
}
