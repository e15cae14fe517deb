import { authEnv, bearer } from '../support/auth';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
let sample: { ref: string; username: string };
beforeAll(async () => {
  stack = await startStack({ env: authEnv() });
  const admin = await bearer({ role: 'admin' });
  const list = await stack.gqlWith(admin, '{ services(first: 1) { nodes { ref username } } }');
  sample = list.data!.services.nodes[0];
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const as = async (role: string, query: string, variables?: Record<string, unknown>) =>
  stack.gqlWith(await bearer({ role, services: [sample.ref] }), query, variables);
const codes = (result: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

const SECRETS = 'query($ref: ID) { service(ref: $ref) { ref password prices { periodFee } } }';

describe('roles', () => {
  it('shows an admin the PPP password and the prices', async () => {
    const result = await as('admin', SECRETS, { ref: sample.ref });

    expect(result.errors).toBeUndefined();
    expect(result.data!.service.password).toEqual(expect.any(String));
    expect(result.data!.service.prices).toHaveProperty('periodFee');
  });

  it.each(['support', 'customer'])('keeps the password and prices from %s', async (role) => {
    const result = await as(role, SECRETS, { ref: sample.ref });

    expect(codes(result)).toEqual(expect.arrayContaining(['FORBIDDEN']));
    expect(result.data?.service ?? null).toBeNull();
    expect(JSON.stringify(result)).not.toMatch(/periodFee"\s*:\s*"/);
  });

  it('shows support the contact details but not the password', async () => {
    const result = await as('support', `query($ref: ID) { service(ref: $ref) {
      contact { email } } }`, { ref: sample.ref });

    expect(result.errors).toBeUndefined();
    expect(result.data!.service.contact.email).toMatch(/@/);
  });

  it('lets support change care level without a fee', async () => {
    const result = await as('support', `mutation($ref: ID) { setCareLevel(input: {
      ref: $ref, level: ENHANCED }) { service { careLevel } } }`, { ref: sample.ref });

    expect(result.errors).toBeUndefined();
  });

  it('refuses support a fee, a cease and an order, before any upstream call', async () => {
    const fee = await as('support', `mutation($ref: ID) { setCareLevel(input: {
      ref: $ref, level: ENHANCED, fee: "5.00" }) { service { ref } } }`, { ref: sample.ref });
    const cease = await as('support', `mutation($ref: ID) { ceaseService(input: {
      ref: $ref, date: "2099-01-05" }) { orderRef } }`, { ref: sample.ref });

    expect(codes(fee)).toEqual(['FORBIDDEN']);
    expect(codes(cease)).toEqual(['FORBIDDEN']);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses a customer line checks and line-feature changes', async () => {
    const line = await as('customer', '{ line(cli: "020 7946 0005") { qualifies } }');
    const change = await as('customer', `mutation($ref: ID) { modifyLineFeatures(input: {
      ref: $ref, interleaving: NO }) { service { ref } } }`, { ref: sample.ref });

    expect(codes(line)).toEqual(['FORBIDDEN']);
    expect(codes(change)).toEqual(['FORBIDDEN']);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('gives a customer the reference facts it needs to book', async () => {
    const result = await as('customer', '{ firstAvailableDate termsAndConditionsUrl }');

    expect(result.errors).toBeUndefined();
  });
});
