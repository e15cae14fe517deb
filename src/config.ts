import { readAuthConfig, type AuthConfig } from './auth/config';
import { ConfigError } from './errors';
import { readLimitsConfig, type LimitsConfig } from './server/limits-config';
import { OPERATIONS, type OperationName } from './enta/catalogue';
import type { BreakerOptions } from './enta/breaker';
import { FaultSpecError, parseFaultSpec } from './simulator/fault-spec';
import type { FaultRule } from './simulator/faults';

/** Credentials the simulator accepts when none are configured; documented in the README. */
export const SIMULATOR_DEFAULT_CREDENTIALS = {
  username: 'sim-partner',
  password: 'sim-password',
} as const;

export interface EntaConfig {
  /** Upstream base URL ending in `/`; undefined means "start the embedded simulator". */
  baseUrl?: string;
  username: string;
  password: string;
  apiVersion: 'stable' | 'beta';
  testMode: boolean;
  timeoutMs: number;
  /** Per-operation overrides of `timeoutMs` (`ENTA_OPERATION_TIMEOUTS_MS`). */
  operationTimeoutsMs: Partial<Record<OperationName, number>>;
  /** Extra tries for reads on transient faults. */
  retries: number;
  retryDelayMs: number;
  breaker: BreakerOptions;
  /** Upstream calls in flight at once; the rest queue in the transport. */
  maxConcurrent: number;
}

export interface StoreConfig {
  /** SQLite file for idempotency keys and the audit log; `:memory:` for tests. */
  path: string;
  idempotencyTtlHours: number;
}

/** The shared cache of upstream reads (src/cache). */
export interface CacheConfig {
  enabled: boolean;
  /** Entries kept at most, across all operations. */
  maxEntries: number;
  /** How long a whole query answer may be served again (0: never); see response-cache.ts. */
  responseTtlMs: number;
}

export interface Config {
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
  enta: EntaConfig;
  simulatorPort: number;
  /** Added to every simulator reply, to make the embedded simulator feel like a real upstream. */
  simulatorLatencyMs: number;
  termsAndConditionsUrl: string;
  /** How often the shared BT feed poller asks Enta, while anyone subscribes to order updates. */
  orderFeedPollMs: number;
  /** When set, only the operations in this manifest (codegen's persisted documents) run. */
  persistedOperationsManifest?: string;
  /** How long an appointment mutation polls Enta for the answer before handing out the token. */
  appointmentPollTimeoutMs: number;
  /** The first wait before polling; each later wait doubles. */
  appointmentFirstPollDelayMs: number;
  /** Who may call, and how callers prove it. */
  auth: AuthConfig;
  /** Query shape, body size and rate limits. */
  limits: LimitsConfig;
  store: StoreConfig;
  /** Faults the embedded or standalone simulator injects (`SIMULATOR_FAULTS`). */
  simulatorFaults: FaultRule[];
  cache: CacheConfig;
}

type Env = Record<string, string | undefined>;

const DEFAULT_TERMS_URL = 'http://www.enta.net/downloads/entanet_tandc.pdf';
const DEFAULT_STORE_PATH = './data/enta-graphql.sqlite';

/** Reads and checks the environment once; nothing else in the program reads `process.env`. */
export function loadConfig(env: Env = process.env): Config {
  const baseUrl = readUrl(env, 'ENTA_BASE_URL');

  return {
    port: readInt(env, 'PORT', 4000, { min: 0, max: 65535 }),
    host: readHost(env, 'HOST'),
    production: env.NODE_ENV === 'production',
    logLevel: readChoice(env, 'LOG_LEVEL', 'info', [
      'fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent',
    ]),
    enta: {
      baseUrl,
      ...readCredentials(env, baseUrl),
      apiVersion: readChoice(env, 'ENTA_API_VERSION', 'stable', ['stable', 'beta'] as const),
      testMode: readBool(env, 'ENTA_TEST_MODE', false),
      timeoutMs: readInt(env, 'ENTA_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
      operationTimeoutsMs: readOperationTimeouts(env, 'ENTA_OPERATION_TIMEOUTS_MS'),
      retries: readInt(env, 'ENTA_RETRIES', 2, { min: 0, max: 10 }),
      retryDelayMs: readInt(env, 'ENTA_RETRY_DELAY_MS', 200, { min: 0, max: 10_000 }),
      breaker: {
        errorThresholdPercent: readInt(env, 'BREAKER_ERROR_PERCENT', 50, { min: 1, max: 100 }),
        volumeThreshold: readInt(env, 'BREAKER_MIN_CALLS', 10, { min: 1, max: 10_000 }),
        resetTimeoutMs: readInt(env, 'BREAKER_RESET_MS', 10_000, { min: 10, max: 600_000 }),
        windowMs: readInt(env, 'BREAKER_WINDOW_MS', 10_000, { min: 100, max: 600_000 }),
      },
      maxConcurrent: readInt(env, 'ENTA_MAX_CONCURRENT', 4, { min: 1, max: 64 }),
    },
    simulatorPort: readInt(env, 'SIMULATOR_PORT', 4010, { min: 0, max: 65535 }),
    simulatorLatencyMs: readInt(env, 'SIMULATOR_LATENCY_MS', 0, { min: 0, max: 60_000 }),
    termsAndConditionsUrl: readUrl(env, 'TERMS_URL') ?? DEFAULT_TERMS_URL,
    orderFeedPollMs: readInt(env, 'ORDER_FEED_POLL_MS', 30_000, { min: 10, max: 3_600_000 }),
    persistedOperationsManifest: env.PERSISTED_OPERATIONS_MANIFEST || undefined,
    appointmentPollTimeoutMs: readInt(env, 'APPOINTMENT_POLL_TIMEOUT_MS', 3000,
      { min: 0, max: 60_000 }),
    appointmentFirstPollDelayMs: readInt(env, 'APPOINTMENT_FIRST_POLL_DELAY_MS', 100,
      { min: 1, max: 10_000 }),
    auth: readAuthConfig(env, baseUrl !== undefined),
    limits: readLimitsConfig(env),
    store: {
      path: env.STORE_PATH || DEFAULT_STORE_PATH,
      idempotencyTtlHours: readInt(env, 'IDEMPOTENCY_TTL_HOURS', 24, { min: 1, max: 24 * 30 }),
    },
    simulatorFaults: readFaults(env, 'SIMULATOR_FAULTS'),
    cache: {
      enabled: readBool(env, 'CACHE_ENABLED', true),
      maxEntries: readInt(env, 'CACHE_MAX_ENTRIES', 10_000, { min: 1, max: 10_000_000 }),
      responseTtlMs: readInt(env, 'RESPONSE_CACHE_TTL_MS', 5_000, { min: 0, max: 60_000 }),
    },
  };
}

/** `CreateADSLOrder=30000,AdslAccount=5000`: operation names as in the catalogue. */
function readOperationTimeouts(env: Env, name: string): Partial<Record<OperationName, number>> {
  const raw = env[name]?.trim();
  if (!raw) return {};

  const timeouts: Partial<Record<OperationName, number>> = {};
  for (const entry of raw.split(',')) {
    const [operation, ms] = entry.split('=').map((part) => part.trim());
    if (!(operation in OPERATIONS)) {
      throw new ConfigError(`${name}: ${operation} is not an Enta operation (e.g. AdslAccount)`);
    }
    timeouts[operation as OperationName] =
      readInt({ [name]: ms }, name, 0, { min: 100, max: 120_000 });
  }
  return timeouts;
}

function readFaults(env: Env, name: string): FaultRule[] {
  try {
    return parseFaultSpec(env[name] ?? '');
  } catch (error) {
    if (error instanceof FaultSpecError) throw new ConfigError(`${name}: ${error.message}`);
    throw error;
  }
}

/**
 * Loopback unless told otherwise: with no authentication configured the server runs in
 * anonymous development mode, which must not be reachable from other machines by accident.
 */
function readHost(env: Env, name: string): string {
  const raw = env[name]?.trim();
  if (!raw) return '127.0.0.1';

  const hostname = /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/i;
  const ipv6 = /^[0-9a-f:]+$/i;
  if (!hostname.test(raw) && !ipv6.test(raw)) {
    throw new ConfigError(`${name} must be an address to listen on, e.g. 127.0.0.1 or 0.0.0.0`);
  }
  return raw;
}

/** The simulator's own credentials serve only the simulator; a real upstream needs real ones. */
function readCredentials(env: Env, baseUrl: string | undefined) {
  const username = env.ENTA_USERNAME || undefined;
  const password = env.ENTA_PASSWORD || undefined;

  if (baseUrl !== undefined && (username === undefined || password === undefined)) {
    throw new ConfigError(
      'ENTA_BASE_URL is set, so ENTA_USERNAME and ENTA_PASSWORD (your partner login) are needed');
  }
  return {
    username: username ?? SIMULATOR_DEFAULT_CREDENTIALS.username,
    password: password ?? SIMULATOR_DEFAULT_CREDENTIALS.password,
  };
}

/** A whole number within a range, or the fallback when unset. */
export function readInt(
  env: Env,
  name: string,
  fallback: number,
  range: { min: number; max: number },
) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;

  const value = Number(raw);
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new ConfigError(`${name} must be a whole number from ${range.min} to ${range.max}`);
  }
  return value;
}

/** true/false, 1/0 or yes/no, or the fallback when unset. */
export function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false`);
}

function readChoice<T extends string>(env: Env, name: string, fallback: T, choices: readonly T[]) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of: ${choices.join(', ')}`);
  }
  return raw as T;
}

/** A URL with a trailing slash, so that relative paths append rather than replace. */
function readUrl(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `${name} must be an absolute http(s) URL, e.g. https://api.enta.net/xml/`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must use http or https`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
