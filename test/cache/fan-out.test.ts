import { callSignature, dashboardQuery, lastSevenDays } from '../../scripts/bench/dashboard';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({ cache: false });
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const operations = () => stack.simulator.requests.map((request) => request.operation);
const signatures = () => stack.simulator.requests.map(callSignature);
const countOf = (operation: string) => operations().filter((op) => op === operation).length;

describe('fan-out within one request (no shared cache)', () => {
  it('makes one call per distinct operation and arguments for the dashboard', async () => {
    const result = await stack.gql(dashboardQuery(20), lastSevenDays(new Date()));

    expect(result.errors).toBeUndefined();
    expect(result.data!.services.nodes).toHaveLength(20);
    expect(countOf('ListConnections')).toBe(1);
    expect(countOf('AdslAccount')).toBe(20);
    expect(countOf('UsageHistoryDetail')).toBe(20);
    expect(new Set(signatures()).size).toBe(signatures().length);
  });

  it('never repeats a call when one service is reached several ways in a request', async () => {
    const list = await stack.gql('{ services(first: 2) { nodes { ref } } }');
    const ref = list.data!.services.nodes[1].ref;
    stack.simulator.clearRequests();

    const result = await stack.gql(
      `query($ref: ID, $from: Date!, $to: Date!) {
        a: service(ref: $ref) { careLevel usage(from: $from, to: $to) { date } }
        b: service(ref: $ref) { interleaving contact { email } }
        services(first: 2) { nodes { ref careLevel usage(from: $from, to: $to) { date } } }
      }`,
      { ref, ...lastSevenDays(new Date()) },
    );

    expect(result.errors).toBeUndefined();
    expect(new Set(signatures()).size).toBe(signatures().length);
    expect(countOf('AdslAccount')).toBe(2);
    expect(countOf('UsageHistoryDetail')).toBe(2);
  });

  it('answers list columns from ListConnections alone', async () => {
    const result = await stack.gql(`{ services(first: 5) { edges { node {
      ref username cli status live productId technology activationDate } } } }`);

    expect(result.errors).toBeUndefined();
    expect(operations()).toEqual(['ListConnections']);
    const columns = stack.simulator.requests[0].query.fields.split(',').sort();
    expect(columns).toEqual(
      ['ConnectionType', 'Product', 'ProvisionDate', 'Ref', 'Status', 'Telephone', 'Username'],
    );
  });

  it('asks for usage without loading accounts when only the ref is needed', async () => {
    const result = await stack.gql(
      `query($from: Date!, $to: Date!) { services(first: 3) { nodes {
        ref ... on Service { usage(from: $from, to: $to) { date } } } } }`,
      lastSevenDays(new Date()),
    );

    expect(result.errors).toBeUndefined();
    expect(countOf('AdslAccount')).toBe(0);
    expect(countOf('UsageHistoryDetail')).toBe(3);
  });

  it('loads accounts when a fragment selects an account field', async () => {
    const result = await stack.gql(`query { services(first: 3) { nodes { ...Care } } }
      fragment Care on Service { ref careLevel }`);

    expect(result.errors).toBeUndefined();
    expect(countOf('ListConnections')).toBe(1);
    expect(countOf('AdslAccount')).toBe(3);
  });
});
