import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** The answer to "may this caller spend these points now?". */
export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: whole seconds until enough points are back. */
  retryAfterSeconds: number;
}

/**
 * Counts points per principal over a window. Memory today; several instances would share a
 * Redis store behind the same method.
 */
export interface RateLimitStore {
  consume(key: string, points: number): Promise<RateLimitDecision>;
}

/** One process's counters, forgotten on restart. */
export function memoryRateLimitStore(options: { points: number; windowSeconds: number }):
  RateLimitStore {
  const limiter = new RateLimiterMemory({ points: options.points,
    duration: options.windowSeconds });

  return {
    async consume(key, points) {
      try {
        await limiter.consume(key, points);
        return { allowed: true, retryAfterSeconds: 0 };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.max(1,
          Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
  };
}
