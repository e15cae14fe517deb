import { Breaker, BreakerOptions, BreakerState, createBreaker } from './breaker';
import { createEntaClient, EntaClient } from './client';
import { withReconciliation } from './reconcile';
import { createResilientTransport } from './resilient';
import { createTransport, TransportOptions } from './transport';

export interface UpstreamOptions extends TransportOptions {
  /** Extra tries for a read on a transient fault; also bounds the sends of one write. */
  retries: number;
  /** The first back-off pause; later ones double, with jitter. */
  retryDelayMs: number;
  breaker: BreakerOptions;
}

/** One Enta upstream: its client and the breaker that guards it. */
export interface Upstream {
  client: EntaClient;
  breaker: Breaker;
  /** Stops the breaker's timers. */
  close(): void;
}

/**
 * The client the server uses: transport with a deadline on every call, a circuit breaker per
 * upstream, retries for reads, and reconciliation for writes whose answer was lost.
 */
export function createUpstream(options: UpstreamOptions): Upstream {
  const { logger } = options;
  const breaker = createBreaker(options.breaker, (state: BreakerState) =>
    logger.warn({ breaker: state }, `Enta circuit breaker is ${state}`));
  const transport = createResilientTransport(createTransport(options), {
    breaker,
    retries: options.retries,
    retryDelayMs: options.retryDelayMs,
    logger,
  });
  const client = withReconciliation(createEntaClient(transport), {
    attempts: options.retries + 1,
    logger,
  });
  return { client, breaker, close: () => breaker.shutdown() };
}
