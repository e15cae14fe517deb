import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

describe('query cost counts upstream calls', () => {
  it('refuses pages whose fan-out fields would make thousands of Enta calls', async () => {
    const page = (alias: string) => `${alias}: services(first: 100) { nodes { ref
      usage(from: "2026-01-01", to: "2026-11-01") { totalDown } notes { text } } }`;
    const result = await stack.gql(`{ ${['a', 'b', 'c'].map(page).join(' ')} }`);

    expect(result.errors?.[0].message).toMatch(/cost/i);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('prices _entities per representation', async () => {
    const reps = Array.from({ length: 600 }, (_, n) =>
      ({ __typename: 'Service', ref: `ADSL${100001 + n}` }));
    const result = await stack.gql(
      'query($r: [_Any!]!) { _entities(representations: $r) { ' +
        '... on Service { notes { text } } } }',
      { r: reps });

    expect(result.errors?.[0].message).toMatch(/cost/i);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('still serves a dashboard page with usage and sessions', async () => {
    const result = await stack.gql(`{ services(first: 20) { nodes { ref careLevel
      usage(from: "2026-11-20", to: "2026-11-26") { totalDown } sessions { startedAt } } } }`);

    expect(result.errors).toBeUndefined();
  });
});
