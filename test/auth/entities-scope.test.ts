import { authEnv, bearer } from '../support/auth';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
let customer: Record<string, string>;

beforeAll(async () => {
  stack = await startStack({ env: authEnv() });
  customer = await bearer({ role: 'customer', services: ['ADSL100001'] });
});
afterAll(() => stack.close());

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Order { ref events { value } } ... on Service { ref } ... on Line { qualifies } } }`;

describe('federation entities for a customer', () => {
  it("answers its own order and null for another's, as if that did not exist", async () => {
    const result = await stack.gqlWith(customer, ENTITIES, { reps: [
      { __typename: 'Order', ref: 'ADSL100001' },
      { __typename: 'Order', ref: 'ADSL100003' },
    ] });

    expect(result.data!._entities[0].ref).toBe('ADSL100001');
    expect(result.data!._entities[1]).toBeNull();
  });

  it('refuses line checks, which are for staff', async () => {
    const result = await stack.gqlWith(customer, ENTITIES,
      { reps: [{ __typename: 'Line', cli: '01134960466' }] });

    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(stack.simulator.requests.filter((r) => r.operation === 'ADSLChecker')).toHaveLength(0);
  });

  it('answers BAD_USER_INPUT for a representation without its key', async () => {
    const admin = await bearer({ role: 'admin' });
    const result = await stack.gqlWith(admin, ENTITIES,
      { reps: [{ __typename: 'Service', username: 'someone' }] });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ref' });
  });
});
