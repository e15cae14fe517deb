import { auditServer } from 'graphql-http';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit of the graphql-http suite', async () => {
    const results = await auditServer({ url: stack.app.url });
    const musts = results.filter((result) => result.name.startsWith('MUST'));
    const failed = musts
      .filter((result) => result.status !== 'ok')
      .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);

    expect(musts.length).toBeGreaterThanOrEqual(13);
    expect(failed).toEqual([]);
  });

  it('answers application/graphql-response+json when the client accepts it', async () => {
    const response = await fetch(stack.app.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
      },
      body: JSON.stringify({ query: '{ firstAvailableDate }' }),
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  it('refuses a mutation sent by GET', async () => {
    const query = encodeURIComponent(
      'mutation { ceaseService(input: { ref: "ADSL100001", date: "2030-01-02" }) { orderRef } }',
    );
    const response = await fetch(`${stack.app.url}?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });

    expect(response.status).toBe(405);
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
