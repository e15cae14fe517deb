import { createSecretKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { hashApiKey } from '../../src/auth/authenticate';
import type { Role } from '../../src/auth/roles';

/** Fictional settings for tests only. */
export const TEST_SECRET = 'test-only-secret-that-is-long-enough-0123456789';
export const TEST_ISSUER = 'https://auth.example.test/';
export const TEST_AUDIENCE = 'enta-graphql-tests';
export const TEST_API_KEY = 'test-api-key-for-the-billing-backend';

/** Environment that switches authentication on: JWTs with the test secret and one API key. */
export function authEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    AUTH_JWT_SECRET: TEST_SECRET,
    AUTH_JWT_ISSUER: TEST_ISSUER,
    AUTH_JWT_AUDIENCE: TEST_AUDIENCE,
    AUTH_API_KEYS: JSON.stringify([
      { id: 'billing-backend', hash: hashApiKey(TEST_API_KEY), role: 'support' },
    ]),
    ...extra,
  };
}

export interface TokenClaims {
  role: Role | string;
  sub?: string;
  services?: string[];
  issuer?: string;
  audience?: string;
  expiresIn?: string;
  secret?: string;
}

/** A real HS256 JWT, signed with jose. */
export async function mintToken(claims: TokenClaims): Promise<string> {
  const key = createSecretKey(Buffer.from(claims.secret ?? TEST_SECRET, 'utf8'));
  return new SignJWT({ role: claims.role, services: claims.services })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub ?? `${claims.role}-1`)
    .setIssuer(claims.issuer ?? TEST_ISSUER)
    .setAudience(claims.audience ?? TEST_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '10m')
    .sign(key);
}

/** Headers carrying a freshly minted token. */
export async function bearer(claims: TokenClaims): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await mintToken(claims)}` };
}
