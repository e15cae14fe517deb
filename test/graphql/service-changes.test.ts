import { firstAvailableDate } from '../../src/domain';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
let refs: string[];

beforeAll(async () => {
  stack = await startStack();
  const list = await stack.gql('{ services(first: 8) { nodes { ref } } }');
  refs = list.data!.services.nodes.map((node: { ref: string }) => node.ref);
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const write = (operation: string) =>
  stack.simulator.requests.find((r) => r.operation === operation)!;

describe('single line-feature mutations', () => {
  it('sets interleaving, stability and elevated best efforts with only that feature', async () => {
    const result = await stack.gql(`mutation($r: ID) {
      a: setInterleaving(input: { ref: $r, mode: AUTO }) { changes { feature newValue } }
      b: setStabilityOption(input: { ref: $r, option: STABLE }) { changes { feature } }
      c: setElevatedBestEfforts(input: { ref: $r, enabled: false, fee: "5" }) {
        service { ref lineFeatures { interleaving stabilityOption elevatedBestEfforts } } } }`,
    { r: refs[0] });

    expect(result.errors).toBeUndefined();
    expect(result.data!.a.changes).toEqual([{ feature: 'Interleaving', newValue: 'Auto' }]);
    expect(result.data!.c.service.lineFeatures).toEqual(
      { interleaving: 'AUTO', stabilityOption: 'STABLE', elevatedBestEfforts: false });
    const bodies = stack.simulator.requests
      .filter((r) => r.operation === 'ModifyLineFeatures').map((r) => r.body!);
    expect(bodies[0]).toContain('<LineFeatures><Interleaving>Auto</Interleaving></LineFeatures>');
    expect(bodies[1]).toContain('<StabilityOption>Stable</StabilityOption>');
    expect(bodies[1]).not.toContain('<Interleaving>');
    expect(bodies[2]).toContain('<ElevatedBestEfforts>No</ElevatedBestEfforts>');
    expect(bodies[2]).toContain('<ElevatedBestEffortsFee>5.00</ElevatedBestEffortsFee>');
  });
});

describe('updateContact and updatePrice', () => {
  it('sends the new contact and answers with what Enta now holds', async () => {
    const result = await stack.gql(`mutation($r: ID) { updateContact(input: {
      ref: $r, email: "clara@example.com", telephoneDay: "020 7946 0123" }) {
      contact { email telephoneDay telephoneEvening } service { contact { email } } } }`,
    { r: refs[1] });

    expect(result.errors).toBeUndefined();
    const payload = result.data!.updateContact;
    expect(payload.contact).toMatchObject(
      { email: 'clara@example.com', telephoneDay: '02079460123' });
    expect(payload.service.contact.email).toBe('clara@example.com');
    const body = write('UpdateADSLContact').body!;
    expect(write('UpdateADSLContact').requestType).toBe('UpdateADSLContact');
    expect(body).toContain(`<Ref>${refs[1]}</Ref>`);
    expect(body).toContain('<Email>clara@example.com</Email><TelDay>02079460123</TelDay>');
    expect(body).not.toContain('<TelEve>');
  });

  it('sends prices as pounds with two decimals', async () => {
    const result = await stack.gql(`mutation($r: ID) { updatePrice(input: {
      ref: $r, periodFee: "19.9", enhancedCareFee: "15" }) {
      prices { periodFee enhancedCareFee elevatedBestEffortsFee } } }`, { r: refs[2] });

    expect(result.errors).toBeUndefined();
    expect(result.data!.updatePrice.prices).toMatchObject(
      { periodFee: '19.90', enhancedCareFee: '15.00' });
    expect(write('UpdateADSLPrice').body).toContain(
      '<PriceDetails><PeriodFee>19.90</PeriodFee><EnhancedCareFee>15.00</EnhancedCareFee>');
  });

  it('refuses bad e-mail, telephone, money or nothing to change, calling nobody', async () => {
    const contact =
      'mutation($i: UpdateContactInput!) { updateContact(input: $i) { contact { email } } }';
    const price =
      'mutation($i: UpdatePriceInput!) { updatePrice(input: $i) { prices { periodFee } } }';
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [contact, { ref: refs[3], email: 'not-an-email' }, 'email'],
      [contact, { ref: refs[3], telephoneDay: '12345' }, 'telephoneDay'],
      [contact, { ref: refs[3] }, 'email'],
      [price, { ref: refs[3], periodFee: '1e3' }, 'periodFee'],
      [price, { ref: refs[3], periodFee: '-1' }, 'periodFee'],
      [price, { ref: refs[3] }, 'periodFee'],
    ];

    for (const [mutation, input, field] of cases) {
      const result = await stack.gql(mutation, { i: input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('placeLluOrder', () => {
  it('sends an LLU order with the login in RadiusDetails and answers with the order', async () => {
    const result = await stack.gql(`mutation($i: PlaceLluOrderInput!) { placeLluOrder(input: $i) {
      order { ref cli service { ref status } } } }`, { i: {
      productId: 'FAM60', cli: '0161 496 0872', provisionDate: firstAvailableDate(new Date()),
      clientRef: 'LLU-1', username: `llu${Date.now() % 100000}`, password: 'correct-horse-9',
      ipv4Addresses: 4, recurringCharge: '12.5',
      site: { title: 'Mr', firstName: 'Hugo', surname: 'Trucker', building: '12',
        street: 'Pigeon Street', town: 'Manchester', county: 'Greater Manchester',
        postcode: 'M1 2JX', telephoneDay: '0161 496 0213', email: 'hugo@example.com' },
    } });

    expect(result.errors).toBeUndefined();
    const { order } = result.data!.placeLluOrder;
    expect(order).toMatchObject({ cli: '01614960872', service: { status: 'PENDING' } });
    const sent = write('CreateLLUOrder');
    expect(sent.requestType).toBe('LluOrder');
    expect(sent.body).toMatch(/<RadiusDetails><Username>llu\d+<\/Username>/);
    expect(sent.body).toContain('<Recurring>12.50</Recurring>');
    expect(sent.body).toContain('<NumberRequired>4</NumberRequired>');
  });
});

describe('changeProduct', () => {
  it('always answers NOT_SUPPORTED, calling nobody', async () => {
    const result = await stack.gql(`mutation { changeProduct(input: { ref: "ADSL100001",
      productId: "FAM60" }) { service { ref } } }`);

    expect(result.errors?.[0].extensions?.code).toBe('NOT_SUPPORTED');
    expect(result.errors?.[0].message).toMatch(/no product change/);
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
