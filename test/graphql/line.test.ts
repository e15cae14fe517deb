import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const LINE_FIELDS = `cli qualifies refusal classicSpeed maxSpeed adsl2PlusSpeed fttcDownSpeed
  fttcUpSpeed fttcPlannedDate topSpeed macValid macReason message firstAvailableDate
  rag { fixedRate rateAdaptive max wbc } products { productId maxSpeed firstDate }`;

describe('line', () => {
  it("qualifies a live service's line with speeds, products and the first date", async () => {
    const list = await stack.gql('{ services(first: 1) { nodes { cli } } }');
    const cli = list.data!.services.nodes[0].cli;

    const result = await stack.gql(`query($cli: String) { line(cli: $cli) { ${LINE_FIELDS} } }`,
      { cli });

    expect(result.errors).toBeUndefined();
    const line = result.data!.line;
    expect(line.cli).toBe(cli);
    expect(line.message.length).toBeGreaterThan(0);
    expect(line.firstAvailableDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    if (line.qualifies) {
      expect(line.topSpeed).toBeGreaterThan(0);
      expect(line.products.length).toBeGreaterThan(0);
      expect(line.products[0].firstDate).toBe(line.firstAvailableDate);
    }
  });

  it('sends the number as PhoneNo and the MAC as MACcode', async () => {
    await stack.gql('{ line(cli: "0161 496 0123", mac: "LSDA12345678/AB12C") { macValid } }');

    expect(stack.simulator.requests).toHaveLength(1);
    expect(stack.simulator.requests[0].operation).toBe('ADSLChecker');
    expect(stack.simulator.requests[0].query).toEqual({
      PhoneNo: '01614960123',
      MACcode: 'LSDA12345678/AB12C',
    });
  });

  it('finds lines that do not qualify among the drama-range numbers', async () => {
    const query = `query($cli: String) { line(cli: $cli) {
      qualifies refusal products { productId } } }`;
    const refusals: string[] = [];
    for (let n = 0; n < 60 && refusals.length === 0; n++) {
      const cli = `0207946${String(n).padStart(4, '0')}`;
      const result = await stack.gql(query, { cli });
      if (!result.data!.line.qualifies) {
        expect(result.data!.line.products).toEqual([]);
        refusals.push(result.data!.line.refusal);
      }
    }
    expect(refusals.length).toBe(1);
  });

  it('refuses a malformed number or MAC before calling the checker', async () => {
    const badCli = await stack.gql('{ line(cli: "not a number") { qualifies } }');
    const badMac = await stack.gql('{ line(cli: "02079460001", mac: "<x/>") { qualifies } }');
    const neither = await stack.gql('{ line { qualifies } }');

    expect(badCli.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cli' });
    expect(badMac.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mac' });
    expect(neither.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
