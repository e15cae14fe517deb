import { authEnv, bearer } from '../support/auth';
import { startStack, type TestStack } from '../support/stack';

type Sample = { ref: string; username: string; cli: string };

let stack: TestStack;
let own: Sample;
let other: Sample;
let customer: Record<string, string>;
beforeAll(async () => {
  stack = await startStack({ env: authEnv() });
  const admin = await bearer({ role: 'admin' });
  const list = await stack.gqlWith(admin, '{ services(first: 2) { nodes { ref username cli } } }');
  [own, other] = list.data!.services.nodes;
  customer = await bearer({ role: 'customer', sub: 'customer-7', services: [own.ref] });
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const ONE = `query($ref: ID, $username: String, $cli: String) {
  service(ref: $ref, username: $username, cli: $cli) { ref contact { email } } }`;

describe('a customer', () => {
  it('sees its own service by ref, username and cli', async () => {
    for (const name of [{ ref: own.ref }, { username: own.username }, { cli: own.cli }]) {
      const result = await stack.gqlWith(customer, ONE, name);
      expect(result.errors).toBeUndefined();
      expect(result.data!.service.ref).toBe(own.ref);
    }
  });

  it('sees its own service when its token lists only the username', async () => {
    const byUsername = await bearer({ role: 'customer', services: [own.username] });
    const result = await stack.gqlWith(byUsername, ONE, { ref: own.ref });

    expect(result.data!.service.ref).toBe(own.ref);
  });

  it("gets another customer's service exactly as a service that does not exist", async () => {
    const missing = await stack.gqlWith(customer, ONE, { ref: 'ADSL999999' });

    for (const name of [{ ref: other.ref }, { username: other.username }, { cli: other.cli }]) {
      const result = await stack.gqlWith(customer, ONE, name);
      expect({ data: result.data, errors: result.errors })
        .toEqual({ data: missing.data, errors: missing.errors });
    }
    expect(JSON.stringify(missing)).not.toContain('@');
  });

  it('lists only its own services, with counts to match', async () => {
    const result = await stack.gqlWith(customer,
      '{ services(first: 100) { totalCount nodes { ref } edges { node { username } } } }');

    expect(result.errors).toBeUndefined();
    expect(result.data!.services).toEqual({ totalCount: 1, nodes: [{ ref: own.ref }],
      edges: [{ node: { username: own.username } }] });
  });

  it("cannot change another customer's service through a mutation's input", async () => {
    const result = await stack.gqlWith(customer, `mutation($ref: ID) { setCareLevel(input: {
      ref: $ref, level: ENHANCED }) { service { ref } } }`, { ref: other.ref });

    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('sees nothing with a token that lists no services', async () => {
    const none = await bearer({ role: 'customer' });
    const result = await stack.gqlWith(none, '{ services(first: 5) { totalCount } }');

    expect(result.data!.services.totalCount).toBe(0);
  });
});
