import { addDays, firstAvailableDate, isWorkingDay } from '../../src/domain';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

/** The first day on or after the first available date that is not a working day. */
function firstNonWorkingDay(): string {
  let day = firstAvailableDate(new Date());
  while (isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { ref } } }`;

function order(overrides: Record<string, unknown> = {}) {
  return {
    productId: 'FAM60', cli: '0161 496 0871', provisionDate: firstAvailableDate(new Date()),
    clientRef: 'PO-RULES', username: 'rules01', password: 'correct-horse-9',
    site: {
      title: 'Ms', firstName: 'Clara', surname: 'Trucker', building: '12',
      street: 'Pigeon Street', town: 'Manchester', county: 'Greater Manchester',
      postcode: 'M1 2JX', telephoneDay: '07700 900123', email: 'clara@example.com',
    },
    ...overrides,
  };
}

describe('rules checked before Enta is called', () => {
  it('refuses an order or cease dated on a weekend or bank holiday', async () => {
    const day = firstNonWorkingDay();
    const placed = await stack.gql(PLACE, { input: order({ provisionDate: day }) });
    const ceased = await stack.gql(
      'mutation($d: Date!) { ceaseService(input: { ref: "ADSL100002", date: $d }) { orderRef } }',
      { d: day });

    expect(placed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'provisionDate' });
    expect(placed.errors?.[0].message).toMatch(/working day/);
    expect(ceased.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses a mobile or freephone number as a line, but takes one as a contact', async () => {
    const mobileLine = await stack.gql('{ line(cli: "07700 900123") { qualifies } }');
    const freephone = await stack.gql(PLACE, { input: order({ cli: '0800 123 4567' }) });
    const byMobile = await stack.gql('{ service(cli: "07700900123") { ref } }');

    expect(mobileLine.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'cli' });
    expect(freephone.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'cli' });
    expect(byMobile.errors?.[0].extensions?.field).toBe('cli');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('asks for maxPaygAmount when overuse is pay as you go', async () => {
    const result = await stack.gql(PLACE, { input: order({ overuseMethod: 'PAYG' }) });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'maxPaygAmount' });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses order updates from further back than the BT feed reaches', async () => {
    const result = await stack.gql('{ orderUpdates(since: "2020-01-01") { orderRef } }');

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'since' });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('says how to write a date when a literal is not one', async () => {
    const result = await stack.gql(
      '{ service(ref: "ADSL100001") { usage(from: "26/11/2026", to: "2026-11-27") { date } } }');

    expect(result.errors?.[0].message).toMatch(/yyyy-mm-dd/);
    expect(result.errors?.[0].message).not.toMatch(/LocalDate/);
  });

  it('explains that ceasing services are listed under LIVE', async () => {
    const result = await stack.gql('{ services(status: CEASING) { totalCount } }');

    expect(result.errors?.[0].message).toMatch(/ceasing services are listed under LIVE/);
  });

  it('shows no MAC reason for a valid MAC', async () => {
    const query = `query($cli: String, $mac: String) { line(cli: $cli, mac: $mac) {
      macValid macReason } }`;
    const reasons = new Set<string | null>();
    for (let n = 0; n < 40; n++) {
      const cli = `0207946${String(n).padStart(4, '0')}`;
      const result = await stack.gql(query, { cli, mac: 'LSDA12345678/AB12C' });
      const line = result.data!.line;
      if (line.macValid) reasons.add(line.macReason);
    }

    expect([...reasons]).toEqual([null]);
  });
});

describe('variables of the wrong form', () => {
  it('name the field inside the input, as our own checks do', async () => {
    const result = await stack.gql(PLACE, {
      input: order({ site: { ...order().site, email: 'not-an-email' } }),
    });

    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'site.email' });
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('a migration code on an order', () => {
  it('is checked for its form before Enta is called, as on a line check', async () => {
    const result = await stack.gql(PLACE, { input: order({ mac: 'BADMAC' }) });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mac' });
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('blank text', () => {
  it('is refused for a required name or reference, and for a line feature', async () => {
    const blankName = await stack.gql(PLACE,
      { input: order({ site: { ...order().site, firstName: '   ' } }) });
    const blankRef = await stack.gql(PLACE, { input: order({ clientRef: ' ' }) });
    const emptyUpstream = await stack.gql('mutation { modifyLineFeatures(input: '
      + '{ ref: "ADSL100001", upstream: "" }) { changes { feature } } }');

    expect(blankName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'site.firstName' });
    expect(blankRef.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'clientRef' });
    expect(emptyUpstream.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'upstream' });
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
