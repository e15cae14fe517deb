import { addDays, firstAvailableDate } from '../../src/domain';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
  order { ref cli orderType service { ref status username } } telephonePaymentCode } }`;

function orderInput(overrides: Record<string, unknown> = {}) {
  return {
    productId: 'FAM60',
    cli: '0161 496 0871',
    provisionDate: firstAvailableDate(new Date()),
    clientRef: 'PO-7781',
    username: `order${Date.now() % 100000}`,
    password: 'correct-horse-9',
    careLevel: 'STANDARD',
    site: {
      title: 'Ms', firstName: 'Clara', surname: 'Trucker', building: '12',
      street: 'Pigeon Street', town: 'Manchester', county: 'Greater Manchester',
      postcode: 'm1 2jx', telephoneDay: '0161 496 0213', email: 'clara@example.com',
    },
    ...overrides,
  };
}

describe('placeOrder', () => {
  it('places an order that shows as a pending service', async () => {
    const input = orderInput();
    const result = await stack.gql(PLACE, { input });

    expect(result.errors).toBeUndefined();
    const { order } = result.data!.placeOrder;
    expect(order.ref).toMatch(/^ADSL\d+$/);
    expect(order.cli).toBe('01614960871');
    expect(order.service).toEqual({ ref: order.ref, status: 'PENDING', username: input.username });

    const write = stack.simulator.requests.find((r) => r.operation === 'CreateADSLOrder')!;
    expect(write.requestType).toBe('ADSLOrder');
    expect(write.body).toContain('<Postcode>M1 2JX</Postcode>');
    expect(write.body).toContain('<PurchaseOrderNumber>PO-7781</PurchaseOrderNumber>');
  });

  it('refuses a date before the first available date, naming the field', async () => {
    const early = addDays(firstAvailableDate(new Date()), -1);
    const result = await stack.gql(PLACE, { input: orderInput({ provisionDate: early }) });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'provisionDate' });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses a malformed postcode, e-mail or impossible date ' +
    'before any upstream call', async () => {
    const badPostcode = await stack.gql(PLACE, {
      input: orderInput({ site: { ...orderInput().site, postcode: 'SW1A' } }) });
    const badEmail = await stack.gql(PLACE, {
      input: orderInput({ site: { ...orderInput().site, email: 'not-an-email' } }) });
    const impossible = await stack.gql(PLACE, {
      input: orderInput({ provisionDate: '2027-02-31' }) });

    expect(badPostcode.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'site.postcode' });
    expect(badEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'site.email' });
    expect(impossible.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('ceaseService', () => {
  const CEASE = `mutation($input: CeaseServiceInput!) { ceaseService(input: $input) {
    orderRef date } }`;

  it('ceases a live service on the first available date and shows it as ceasing', async () => {
    const list = await stack.gql('{ services(first: 1, after: null) { nodes { ref } } }');
    const ref = list.data!.services.nodes[0].ref;
    const date = firstAvailableDate(new Date());

    const result = await stack.gql(CEASE, { input: { ref, date } });
    const after = await stack.gql('query($r: ID) { service(ref: $r) { status ceaseDate } }',
      { r: ref });

    expect(result.errors).toBeUndefined();
    expect(result.data!.ceaseService).toEqual({ orderRef: ref, date });
    const cease = stack.simulator.requests.find((r) => r.operation === 'CeaseADSLOrder')!;
    expect(cease.method).toBe('GET');
    expect(cease.query).toEqual({ Ref: ref, ceaseDate: date.split('-').reverse().join('/') });
    expect(after.data!.service).toEqual({ status: 'CEASING', ceaseDate: date });
  });

  it('refuses a cease date before the first available date without calling Enta', async () => {
    const result = await stack.gql(CEASE, { input: { ref: 'ADSL100002', date: '2020-01-01' } });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
