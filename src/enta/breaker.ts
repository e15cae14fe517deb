import CircuitBreaker from 'opossum';
import { EntaUnavailableError } from './errors';

export interface BreakerOptions {
  /** Failure share in the window, in percent, above which the breaker opens. */
  errorThresholdPercent: number;
  /** Calls in the window before the share counts at all. */
  volumeThreshold: number;
  /** How long it stays open before one probe call is let through. */
  resetTimeoutMs: number;
  /** The rolling window the share is measured over. */
  windowMs: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

/** A circuit breaker in front of one upstream. */
export interface Breaker {
  run<T>(call: () => Promise<T>): Promise<T>;
  readonly state: BreakerState;
  /** Stops its timers; calls after this fail fast. */
  shutdown(): void;
}

type Task = () => Promise<unknown>;

/**
 * Wraps opossum. Only an unreachable or unusable upstream counts as a failure: Enta saying no
 * (a rejection, an unknown service) is a healthy upstream answering, and so is our own bad
 * input. While open, calls fail at once with UPSTREAM_UNAVAILABLE and send nothing.
 */
export function createBreaker(
  options: BreakerOptions,
  onStateChange?: (state: BreakerState) => void,
): Breaker {
  const breaker = new CircuitBreaker((task: Task) => task(), {
    timeout: false, // the transport has its own deadline on every call
    errorThresholdPercentage: options.errorThresholdPercent,
    volumeThreshold: options.volumeThreshold,
    resetTimeout: options.resetTimeoutMs,
    rollingCountTimeout: options.windowMs,
    rollingCountBuckets: 10,
    errorFilter: (error: unknown) => !(error instanceof EntaUnavailableError),
  });
  breaker.on('open', () => onStateChange?.('open'));
  breaker.on('halfOpen', () => onStateChange?.('half-open'));
  breaker.on('close', () => onStateChange?.('closed'));

  return {
    run: async <T>(call: () => Promise<T>) => {
      try {
        return (await breaker.fire(call)) as T;
      } catch (error) {
        throw isOpenBreaker(error) ? openError() : error;
      }
    },
    get state(): BreakerState {
      if (breaker.opened) return 'open';
      return breaker.halfOpen ? 'half-open' : 'closed';
    },
    shutdown: () => breaker.shutdown(),
  };
}

function isOpenBreaker(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EOPENBREAKER' || code === 'ESHUTDOWN';
}

function openError(): EntaUnavailableError {
  const error = new EntaUnavailableError('circuit');
  error.notSent = true;
  return error;
}
