import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors';
import { isRole, type Role } from './roles';

/** One static API key: only its SHA-256 hash is kept, in hex. */
export interface ApiKeyRecord {
  id: string;
  hash: string;
  role: Role;
  services: string[];
}

export interface JwtConfig {
  /** HS256 shared secret; either this or `jwksUrl`. */
  secret?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

export interface AuthConfig {
  jwt?: JwtConfig;
  apiKeys: ApiKeyRecord[];
  /** Callers without credentials act as this role; undefined means they are refused. */
  anonymousRole?: Role;
  /** True when anonymous mode was chosen for the operator, not asked for: start-up warns. */
  anonymousByDefault: boolean;
}

type Env = Record<string, string | undefined>;

const MIN_SECRET_LENGTH = 32;

/**
 * Reads the AUTH_* variables. With no credentials configured the embedded simulator runs in
 * anonymous admin mode; a real upstream (`upstreamConfigured`) with no credentials is refused
 * unless AUTH_ANONYMOUS says so explicitly.
 */
export function readAuthConfig(env: Env, upstreamConfigured: boolean): AuthConfig {
  const jwt = readJwt(env);
  const apiKeys = readApiKeys(env);
  const anonymous = env.AUTH_ANONYMOUS?.trim().toLowerCase() || undefined;

  if (anonymous !== undefined && anonymous !== 'off' && anonymous !== 'admin' &&
    anonymous !== 'support') {
    throw new ConfigError('AUTH_ANONYMOUS must be admin, support or off');
  }
  const configured = jwt !== undefined || apiKeys.length > 0;
  if (anonymous === undefined && !configured && upstreamConfigured) {
    throw new ConfigError(
      'ENTA_BASE_URL is set but no authentication is configured: set AUTH_JWT_SECRET or ' +
        'AUTH_JWKS_URL (with AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE), or AUTH_API_KEYS_FILE; ' +
        'or set AUTH_ANONYMOUS=admin to run open on a trusted network',
    );
  }

  const byDefault = anonymous === undefined && !configured;
  const role = byDefault ? 'admin' : anonymous === 'off' ? undefined : anonymous;
  return { jwt, apiKeys, anonymousRole: role as Role | undefined, anonymousByDefault: byDefault };
}

function readJwt(env: Env): JwtConfig | undefined {
  const secret = env.AUTH_JWT_SECRET || undefined;
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  if (secret === undefined && jwksUrl === undefined) return undefined;

  if (secret !== undefined && jwksUrl !== undefined) {
    throw new ConfigError('set one of AUTH_JWT_SECRET and AUTH_JWKS_URL, not both');
  }
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`AUTH_JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (jwksUrl !== undefined && !/^https?:\/\//.test(jwksUrl)) {
    throw new ConfigError('AUTH_JWKS_URL must be an http(s) URL');
  }
  const issuer = env.AUTH_JWT_ISSUER;
  const audience = env.AUTH_JWT_AUDIENCE;
  if (!issuer || !audience) {
    throw new ConfigError('AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE are required with JWTs');
  }
  return { secret, jwksUrl, issuer, audience };
}

/** Keys from AUTH_API_KEYS_FILE, or inline JSON in AUTH_API_KEYS; the file wins. */
function readApiKeys(env: Env): ApiKeyRecord[] {
  const file = env.AUTH_API_KEYS_FILE || undefined;
  let raw = env.AUTH_API_KEYS || undefined;
  const source = file ? 'AUTH_API_KEYS_FILE' : 'AUTH_API_KEYS';

  if (file) {
    try {
      raw = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError('AUTH_API_KEYS_FILE cannot be read');
    }
  }
  if (raw === undefined) return [];

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(`${source} must be JSON: [{ "id", "hash", "role", "services" }]`);
  }
  if (!Array.isArray(parsed)) throw new ConfigError(`${source} must be a JSON array`);
  return parsed.map((entry, index) => apiKeyRecord(entry, `${source}[${index}]`));
}

function apiKeyRecord(entry: unknown, where: string): ApiKeyRecord {
  const { id, hash, role, services } = (entry ?? {}) as Record<string, unknown>;

  if (typeof id !== 'string' || id === '') throw new ConfigError(`${where}.id is required`);
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/i.test(hash)) {
    throw new ConfigError(`${where}.hash must be the key's SHA-256 in hex (64 characters)`);
  }
  if (!isRole(role)) throw new ConfigError(`${where}.role must be admin, support or customer`);
  const list = services ?? [];
  if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) {
    throw new ConfigError(`${where}.services must be a list of refs or usernames`);
  }
  return { id, hash: hash.toLowerCase(), role, services: list };
}
