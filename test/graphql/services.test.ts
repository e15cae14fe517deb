import { addDays, todayInLondon } from '../../src/domain';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const operations = () => stack.simulator.requests.map((request) => request.operation);

describe('services', () => {
  it('lists the first 5 live services with 7 days of usage each', async () => {
    const today = todayInLondon(new Date());
    const from = addDays(today, -7);
    const to = addDays(today, -1);

    const result = await stack.gql(
      `query($from: Date!, $to: Date!) {
        services(first: 5) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { ref cli status live usage(from: $from, to: $to) {
            date totalDown totalUp peakDown peakUp } } }
        }
      }`,
      { from, to },
    );

    expect(result.errors).toBeUndefined();
    const page = result.data!.services;
    expect(page.edges).toHaveLength(5);
    expect(page.totalCount).toBeGreaterThan(150);
    expect(page.pageInfo.hasNextPage).toBe(true);
    for (const { node } of page.edges) {
      expect(node.ref).toMatch(/^ADSL\d+$/);
      expect(node.status).toBe('LIVE');
      expect(node.live).toBe(true);
      expect(node.usage).toHaveLength(7);
      expect(node.usage[0].date).toBe(from);
      expect(node.usage[6].date).toBe(to);
      expect(node.usage[0].totalDown).toBeGreaterThanOrEqual(node.usage[0].peakDown);
    }
  });

  it('asks ListConnections only for the columns the query selects', async () => {
    const result = await stack.gql('{ services(first: 3) { nodes { ref username cli } } }');

    expect(result.errors).toBeUndefined();
    expect(operations()).toEqual(['ListConnections']);
    const fields = stack.simulator.requests[0].query.fields.split(',').sort();
    expect(fields).toEqual(['Ref', 'Telephone', 'Username']);
  });

  it('loads each account once when a field needs more than the list holds', async () => {
    const result = await stack.gql(
      '{ services(first: 4) { nodes { ref careLevel contact { email } mac { code } } } }',
    );

    expect(result.errors).toBeUndefined();
    expect(operations().filter((op) => op === 'ListConnections')).toHaveLength(1);
    expect(operations().filter((op) => op === 'AdslAccount')).toHaveLength(4);
  });

  it('pages on with the end cursor without repeating or skipping a service', async () => {
    const query = `query($after: String) { services(first: 7, after: $after) {
      pageInfo { endCursor } nodes { ref } } }`;
    const first = await stack.gql(query);
    const second = await stack.gql(query, { after: first.data!.services.pageInfo.endCursor });
    const both = await stack.gql('{ services(first: 14) { nodes { ref } } }');

    const paged = [...first.data!.services.nodes, ...second.data!.services.nodes];
    expect(paged).toEqual(both.data!.services.nodes);
  });

  it('refuses a cursor it did not give out', async () => {
    const result = await stack.gql(
      '{ services(first: 2, after: "bm90LWEtY3Vyc29y") { totalCount } }');

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses a page size over the cap before any upstream call', async () => {
    const result = await stack.gql('{ services(first: 1000) { totalCount } }');

    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('first');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('lists ceased services when asked', async () => {
    const result = await stack.gql(
      '{ services(status: CEASED, first: 3) { nodes { ref status } } }');

    expect(result.errors).toBeUndefined();
    expect(result.data!.services.nodes.length).toBeGreaterThan(0);
    for (const node of result.data!.services.nodes) expect(node.status).toBe('CEASED');
  });
});
