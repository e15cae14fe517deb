import { startStack, type TestStack } from '../support/stack';

describe('query limits', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ env: { GRAPHQL_MAX_DEPTH: '3', RATE_LIMIT_POINTS: '300',
      RATE_LIMIT_WINDOW_SECONDS: '60' } });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.simulator.clearRequests());

  it('refuses a query deeper than the limit before any upstream call', async () => {
    const result = await stack.gql(
      '{ services(first: 1) { nodes { lineFeatures { careLevel } } } }');

    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('counts a page by its size, so one big page costs more than the allowance', async () => {
    const result = await stack.gql(`{ services(first: 100) { nodes { ref username cli status
      productId } } }`);

    expect(result.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('answers RATE_LIMITED with a retry hint once the allowance is spent', async () => {
    const query = '{ services(first: 10) { nodes { ref username cli } } }';
    let last = await stack.gql(query);
    for (let i = 0; i < 10 && !last.errors; i += 1) last = await stack.gql(query);

    expect(last.status).toBe(429);
    expect(last.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number) });
    const response = await fetch(stack.app.url, { method: 'POST',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('query cost of a repeated query', () => {
  const PAGE = 'query Page($first: Int) { services(first: $first) { nodes { ref } } }';
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ env: { GRAPHQL_MAX_COST: '50' } });
  });
  afterAll(() => stack.close());

  it('prices the same query again when its variables ask for a bigger page', async () => {
    const small = await stack.gql(PAGE, { first: 2 });
    const big = await stack.gql(PAGE, { first: 100 });
    const smallAgain = await stack.gql(PAGE, { first: 2 });

    expect(small.errors).toBeUndefined();
    expect(big.status).toBe(400);
    expect(big.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(big.errors?.[0].message).toMatch(/over the limit of 50/);
    expect(smallAgain.errors).toBeUndefined();
  });

  it('refuses variables that do not fit the operation every time, not only the first', async () => {
    const first = await stack.gql(PAGE, { first: 'many' });
    const second = await stack.gql(PAGE, { first: 'many' });

    expect(first.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('is off in production', async () => {
    const stack = await startStack({ env: { NODE_ENV: 'production' } });
    const result = await stack.gql(INTROSPECT);
    await stack.close();

    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is on in production when switched on', async () => {
    const stack = await startStack({ env: { NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'true' } });
    const result = await stack.gql(INTROSPECT);
    await stack.close();

    expect(result.data!.__schema.queryType.name).toBe('Query');
  });
});
