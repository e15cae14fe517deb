import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
let sample: { ref: string; username: string; cli: string };

beforeAll(async () => {
  stack = await startStack();
  const list = await stack.gql('{ services(first: 1) { nodes { ref username cli } } }');
  sample = list.data!.services.nodes[0];
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const SERVICE_FIELDS = `ref username cli status live technology productId ipAddress
  activationDate careLevel interleaving contact { email telephoneDay telephoneEvening }
  lineFeatures { interleaving stabilityOption elevatedBestEfforts careLevel }`;

describe('service', () => {
  it('finds a service by ref with one AdslAccount call for all its fields', async () => {
    const result = await stack.gql(`query($ref: ID) { service(ref: $ref) { ${SERVICE_FIELDS} } }`,
      { ref: sample.ref });

    expect(result.errors).toBeUndefined();
    expect(result.data!.service).toMatchObject({ ref: sample.ref, username: sample.username,
      cli: sample.cli });
    expect(result.data!.service.activationDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(result.data!.service.contact.email).toMatch(/@example\.com$/);
    expect(stack.simulator.requests.map((r) => r.operation)).toEqual(['AdslAccount']);
    expect(stack.simulator.requests[0].query).toEqual({ Ref: sample.ref });
  });

  it('finds the same service by username and by cli in spaced international notation', async () => {
    const international =
      `+44 ${sample.cli.slice(1, 3)} ${sample.cli.slice(3, 7)} ${sample.cli.slice(7)}`;
    const byUsername = await stack.gql('query($u: String) { service(username: $u) { ref } }',
      { u: sample.username });
    const byCli = await stack.gql('query($c: String) { service(cli: $c) { ref } }',
      { c: international });

    expect(byUsername.data!.service.ref).toBe(sample.ref);
    expect(byCli.data!.service.ref).toBe(sample.ref);
    expect(stack.simulator.requests[1].query).toEqual({ Telephone: sample.cli });
  });

  it('answers null for a service Enta does not know', async () => {
    const result = await stack.gql('{ service(ref: "ADSL999999") { ref } }');

    expect(result.errors).toBeUndefined();
    expect(result.data!.service).toBeNull();
  });

  it('answers BAD_USER_INPUT when a service is named by two ids, and calls nobody', async () => {
    const result = await stack.gql(
      'query($r: ID, $u: String) { service(ref: $r, username: $u) { ref } }',
      { r: sample.ref, u: sample.username });

    expect(result.data?.service ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('answers BAD_USER_INPUT naming cli for a number ' +
    'that is not a UK telephone number', async () => {
    const result = await stack.gql('{ service(cli: "12345") { ref } }');

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cli' });
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
