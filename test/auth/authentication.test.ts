import { hashApiKey } from '../../src/auth/authenticate';
import { loadConfig } from '../../src/config';
import { ConfigError } from '../../src/errors';
import { authEnv, bearer, TEST_API_KEY } from '../support/auth';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({ env: authEnv() });
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const QUERY = '{ services(first: 1) { nodes { ref } } }';

describe('authentication', () => {
  it('answers 401 UNAUTHENTICATED without credentials and calls nobody', async () => {
    const result = await stack.gql(QUERY);

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it.each([
    ['a wrong secret', { role: 'admin', secret: 'another-secret-that-is-also-long-enough-000' }],
    ['a wrong issuer', { role: 'admin', issuer: 'https://elsewhere.example.test/' }],
    ['a wrong audience', { role: 'admin', audience: 'someone-else' }],
    ['an expired token', { role: 'admin', expiresIn: '-1m' }],
    ['an unknown role', { role: 'superuser' }],
  ])('refuses a token with %s', async (_name, claims) => {
    const result = await stack.gqlWith(await bearer(claims), QUERY);

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).not.toMatch(/secret|signature|issuer/i);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses a malformed Authorization header', async () => {
    const result = await stack.gqlWith({ authorization: 'Basic YWRtaW46YWRtaW4=' }, QUERY);

    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a valid admin token', async () => {
    const result = await stack.gqlWith(await bearer({ role: 'admin' }), QUERY);

    expect(result.errors).toBeUndefined();
    expect(result.data!.services.nodes).toHaveLength(1);
  });

  it('accepts a known API key and refuses an unknown one', async () => {
    const known = await stack.gqlWith({ 'x-api-key': TEST_API_KEY }, QUERY);
    const unknown = await stack.gqlWith({ 'x-api-key': 'not-a-key-we-issued' }, QUERY);

    expect(known.errors).toBeUndefined();
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('auth configuration', () => {
  it('refuses to start on a real upstream with no authentication configured', () => {
    expect(() => loadConfig({ ENTA_BASE_URL: 'https://api.example.test/xml/',
      ENTA_USERNAME: 'partner', ENTA_PASSWORD: 'secret' }))
      .toThrow(/AUTH_ANONYMOUS/);
  });

  it('starts open on a real upstream only when anonymous mode is explicit', () => {
    const config = loadConfig({ ENTA_BASE_URL: 'https://api.example.test/xml/',
      ENTA_USERNAME: 'partner', ENTA_PASSWORD: 'secret', AUTH_ANONYMOUS: 'admin' });

    expect(config.auth).toMatchObject({ anonymousRole: 'admin', anonymousByDefault: false });
  });

  it('runs the embedded simulator in anonymous admin mode by default', () => {
    expect(loadConfig({}).auth).toMatchObject({ anonymousRole: 'admin', anonymousByDefault: true });
  });

  it('switches anonymous mode off once credentials are configured', () => {
    expect(loadConfig(authEnv()).auth.anonymousRole).toBeUndefined();
  });

  it.each([
    ['a short secret', { AUTH_JWT_SECRET: 'short', AUTH_JWT_ISSUER: 'i', AUTH_JWT_AUDIENCE: 'a' }],
    ['a secret without issuer', { AUTH_JWT_SECRET: 'x'.repeat(40) }],
    ['API keys that are not JSON', { AUTH_API_KEYS: 'nope' }],
    ['an API key stored in clear', { AUTH_API_KEYS: '[{"id":"a","hash":"k","role":"admin"}]' }],
    ['an API key with no role', { AUTH_API_KEYS: JSON.stringify([{ id: 'a',
      hash: hashApiKey('k') }]) }],
    ['an unknown anonymous role', { AUTH_ANONYMOUS: 'root' }],
  ])('stops start-up on %s', (_name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
  });
});
