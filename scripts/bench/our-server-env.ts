import { SIMULATOR_DEFAULT_CREDENTIALS } from '../../src/config';

const BENCH_RATE_LIMIT_POINTS = 100_000_000;

/** Our real entry point, as `npm start` runs it, against the benchmark's simulator. */
export function ourServerEnv(simulatorUrl: string, cache: boolean, maxConcurrent?: number) {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    ENTA_BASE_URL: simulatorUrl,
    // The benchmark's simulator takes its own documented login.
    ENTA_USERNAME: SIMULATOR_DEFAULT_CREDENTIALS.username,
    ENTA_PASSWORD: SIMULATOR_DEFAULT_CREDENTIALS.password,
    // An upstream URL makes credentials compulsory; the benchmark calls as the anonymous admin,
    // which still runs authentication, the policy guard and the rate limit on every request.
    AUTH_ANONYMOUS: 'admin',
    // One caller at full speed spends the default allowance in seconds and then measures 429s.
    // The limiter still prices and counts every request; only its ceiling is out of reach.
    RATE_LIMIT_POINTS: String(BENCH_RATE_LIMIT_POINTS),
    CACHE_ENABLED: String(cache),
    ...(maxConcurrent ? { ENTA_MAX_CONCURRENT: String(maxConcurrent) } : {}),
  };
}

