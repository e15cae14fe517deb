import { ConfigError } from './errors';

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
  /** Upstream calls in flight at once; the rest queue in the transport. */
  maxConcurrent: number;
}

/** The shared cache of upstream reads (src/cache). */
export interface CacheConfig {
  enabled: boolean;
  /** Entries kept at most, across all operations. */
  maxEntries: number;
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
  cache: CacheConfig;
}

type Env = Record<string, string | undefined>;

const DEFAULT_TERMS_URL = 'http://www.enta.net/downloads/entanet_tandc.pdf';

/** Reads and checks the environment once; nothing else in the program reads `process.env`. */
export function loadConfig(env: Env = process.env): Config {
  const baseUrl = readUrl(env, 'ENTA_BASE_URL');

  return {
    port: readInt(env, 'PORT', 4000, { min: 0, max: 65535 }),
    host: env.HOST ?? '0.0.0.0',
    production: env.NODE_ENV === 'production',
    logLevel: readChoice(env, 'LOG_LEVEL', 'info', [
      'fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent',
    ]),
    enta: {
      baseUrl,
      username: env.ENTA_USERNAME ?? SIMULATOR_DEFAULT_CREDENTIALS.username,
      password: env.ENTA_PASSWORD ?? SIMULATOR_DEFAULT_CREDENTIALS.password,
      apiVersion: readChoice(env, 'ENTA_API_VERSION', 'stable', ['stable', 'beta'] as const),
      testMode: readBool(env, 'ENTA_TEST_MODE', false),
      timeoutMs: readInt(env, 'ENTA_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
      maxConcurrent: readInt(env, 'ENTA_MAX_CONCURRENT', 4, { min: 1, max: 64 }),
    },
    simulatorPort: readInt(env, 'SIMULATOR_PORT', 4010, { min: 0, max: 65535 }),
    simulatorLatencyMs: readInt(env, 'SIMULATOR_LATENCY_MS', 0, { min: 0, max: 60_000 }),
    termsAndConditionsUrl: readUrl(env, 'TERMS_URL') ?? DEFAULT_TERMS_URL,
    cache: {
      enabled: readBool(env, 'CACHE_ENABLED', true),
      maxEntries: readInt(env, 'CACHE_MAX_ENTRIES', 10_000, { min: 1, max: 10_000_000 }),
    },
  };
}

function readInt(env: Env, name: string, fallback: number, range: { min: number; max: number }) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;

  const value = Number(raw);
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new ConfigError(`${name} must be a whole number from ${range.min} to ${range.max}`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
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
    throw new ConfigError(`${name} must be an absolute http(s) URL, e.g. https://api.enta.net/xml/`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must use http or https`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
