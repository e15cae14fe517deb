import { createHash, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '../errors';
import type { ApiKeyRecord, AuthConfig, JwtConfig } from './config';
import { isRole, scopeKey, type Principal } from './roles';

/** Turns a request's headers into the caller, or refuses with UNAUTHENTICATED. */
export type Authenticator = (headers: IncomingHttpHeaders) => Promise<Principal>;

const MAX_CREDENTIAL_LENGTH = 8192;
const ASYMMETRIC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];
const HOW_TO = 'send Authorization: Bearer <JWT> or an X-Api-Key header';

/**
 * Builds the authenticator once at start-up, so the JWKS (when used) is fetched and cached by
 * jose across requests. Every refusal says the same few words: which check failed is logged,
 * never told to the caller.
 */
export function createAuthenticator(config: AuthConfig): Authenticator {
  const verifyJwt = config.jwt ? jwtVerifier(config.jwt) : undefined;

  return async (headers) => {
    const authorization = single(headers.authorization);
    const apiKey = single(headers['x-api-key']);

    if (authorization !== undefined) {
      const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/i.exec(authorization.trim());
      if (!match || !verifyJwt) throw new UnauthenticatedError(`invalid credentials: ${HOW_TO}`);
      return verifyJwt(match[1]);
    }
    if (apiKey !== undefined) return byApiKey(apiKey, config.apiKeys);
    if (config.anonymousRole) {
      return { id: 'anonymous', role: config.anonymousRole, kind: 'anonymous', services: [] };
    }
    throw new UnauthenticatedError(`authentication required: ${HOW_TO}`);
  };
}

/** How to store a key: its SHA-256 in hex, e.g. `printf %s KEY | sha256sum`. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function jwtVerifier(config: JwtConfig): (token: string) => Promise<Principal> {
  // A KeyObject rather than bytes: jose recognises it by tag, whatever realm made it.
  const key: KeyObject | JWTVerifyGetKey = config.secret
    ? createSecretKey(Buffer.from(config.secret, 'utf8'))
    : createRemoteJWKSet(new URL(config.jwksUrl!));
  const algorithms = config.secret ? ['HS256'] : ASYMMETRIC_ALGORITHMS;
  // A token with no expiry would be good for ever if it leaked: `exp` is required.
  const checks = { issuer: config.issuer, audience: config.audience, requiredClaims: ['exp'] };

  return async (token) => {
    let payload: JWTPayload;
    try {
      const verified = config.secret
        ? await jwtVerify(token, key as KeyObject, { ...checks, algorithms })
        : await jwtVerify(token, key as JWTVerifyGetKey, { ...checks, algorithms });
      payload = verified.payload;
    } catch {
      throw new UnauthenticatedError('invalid or expired token');
    }
    return principalFromClaims(payload);
  };
}

function principalFromClaims(payload: JWTPayload): Principal {
  const { sub, role, services } = payload as JWTPayload & Record<string, unknown>;

  if (typeof sub !== 'string' || sub === '' || !isRole(role)) {
    throw new UnauthenticatedError('token lacks a subject or a known role');
  }
  const list = Array.isArray(services) ? services.filter((s) => typeof s === 'string') : [];
  return { id: sub, role, kind: 'jwt', services: list.map(scopeKey) };
}

function byApiKey(key: string, records: ApiKeyRecord[]): Principal {
  const presented = Buffer.from(hashApiKey(key), 'hex');

  // Every record is compared, in constant time each, so timing says nothing about which matched.
  let found: ApiKeyRecord | undefined;
  for (const record of records) {
    if (timingSafeEqual(presented, Buffer.from(record.hash, 'hex'))) found = record;
  }
  if (!found) throw new UnauthenticatedError(`invalid credentials: ${HOW_TO}`);
  const services = found.services.map(scopeKey);
  return { id: found.id, role: found.role, kind: 'api-key', services };
}

/** One header value, or undefined when absent, repeated or absurdly long. */
function single(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) || value.length > MAX_CREDENTIAL_LENGTH) return '';
  return value;
}
