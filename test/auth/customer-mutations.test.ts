import { firstAvailableDate } from '../../src/domain';
import { authEnv, bearer } from '../support/auth';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
let own: { ref: string; cli: string };
let other: { ref: string; cli: string };
let customer: Record<string, string>;
let support: Record<string, string>;

beforeAll(async () => {
  stack = await startStack({ env: authEnv() });
  const admin = await bearer({ role: 'admin' });
  const list = await stack.gqlWith(admin, '{ services(first: 2) { nodes { ref cli } } }');
  [own, other] = list.data!.services.nodes;
  customer = await bearer({ role: 'customer', services: [own.ref] });
  support = await bearer({ role: 'support' });
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const UPDATE_CONTACT = `mutation($input: UpdateContactInput!) { updateContact(input: $input) {
  contact { email } } }`;
const SEARCH = `mutation($input: RequestAppointmentsInput!) { requestAppointments(input: $input) {
  state } }`;

describe('a customer changing things over HTTP', () => {
  it('updates the contact details of its own service', async () => {
    const result = await stack.gqlWith(customer, UPDATE_CONTACT,
      { input: { ref: own.ref, email: 'new-address@example.com' } });

    expect(result.errors).toBeUndefined();
    expect(result.data!.updateContact.contact.email).toBe('new-address@example.com');
  });

  it("gets NOT_FOUND for another customer's service, by ref or by cli, and Enta sees no write",
    async () => {
      const byRef = await stack.gqlWith(customer, UPDATE_CONTACT,
        { input: { ref: other.ref, email: 'x@example.com' } });
      const byCli = await stack.gqlWith(customer, UPDATE_CONTACT,
        { input: { cli: other.cli, email: 'x@example.com' } });
      const missing = await stack.gqlWith(customer, UPDATE_CONTACT,
        { input: { ref: 'ADSL999999', email: 'x@example.com' } });

      expect(byRef.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(byCli.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(byRef.errors?.[0].message).toBe(missing.errors?.[0].message);
      const writes = stack.simulator.requests.filter((r) => r.operation === 'UpdateADSLContact');
      expect(writes).toHaveLength(0);
    });

  it('searches engineer slots on its own line only', async () => {
    const from = firstAvailableDate(new Date());
    const mine = await stack.gqlWith(customer, SEARCH, { input: { cli: own.cli, from } });
    const theirs = await stack.gqlWith(customer, SEARCH, { input: { cli: other.cli, from } });

    expect(mine.errors).toBeUndefined();
    expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('may not order, cease or set prices, and support may not either', async () => {
    const cease = `mutation($r: ID!) { ceaseService(input: { ref: $r, date: "2030-01-02" }) {
      orderRef } }`;
    const price = `mutation($r: ID!) { updatePrice(input: { ref: $r, periodFee: "9.99" }) {
      prices { periodFee } } }`;

    for (const headers of [customer, support]) {
      const ceased = await stack.gqlWith(headers, cease, { r: own.ref });
      const priced = await stack.gqlWith(headers, price, { r: own.ref });
      expect(ceased.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(priced.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const writes = stack.simulator.requests.filter(
      (r) => r.operation === 'CeaseADSLOrder' || r.operation === 'UpdateADSLPrice');
    expect(writes).toHaveLength(0);
  });
});
