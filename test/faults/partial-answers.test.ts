import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({ env: { ENTA_RETRIES: '0' } });
});
afterAll(() => stack.close());

describe('a failing field', () => {
  it('resolves to null with its error at its path, ' +
    'while the rest of the query answers', async () => {
    stack.simulator.faults.set('UsageHistoryDetail', 'http503');

    const result = await stack.gql(`{ services(first: 2) { nodes { ref careLevel
      usage(from: "2026-11-01", to: "2026-11-02") { totalDown } } } }`);
    stack.simulator.faults.clear();

    const nodes = result.data!.services.nodes;
    expect(nodes).toHaveLength(2);
    for (const node of nodes) {
      expect(node.ref).toMatch(/^ADSL\d+$/);
      expect(node.careLevel).not.toBeUndefined();
      expect(node.usage).toBeNull();
    }
    expect(result.errors).toHaveLength(2);
    expect(result.errors![0].path).toEqual(['services', 'nodes', 0, 'usage']);
    expect(result.errors![0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
