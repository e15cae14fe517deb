import type { AuditEvent } from '../../src/auth/audit';
import { authEnv, bearer } from '../support/auth';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
const events: AuditEvent[] = [];
let ref: string;
beforeAll(async () => {
  stack = await startStack({ env: authEnv(), audit: { record: (event) => events.push(event) } });
  const list = await stack.gqlWith(await bearer({ role: 'admin' }),
    '{ services(first: 1) { nodes { ref } } }');
  ref = list.data!.services.nodes[0].ref;
});
afterAll(() => stack.close());
beforeEach(() => {
  events.length = 0;
});

const CARE = 'mutation($ref: ID) { setCareLevel(input: { ref: $ref, level: STANDARD }) ' +
  '{ service { ref } } }';

describe('the audit trail', () => {
  it('records an allowed mutation with who, what, which service and ok', async () => {
    await stack.gqlWith(await bearer({ role: 'support', sub: 'agent-42' }), CARE, { ref });

    expect(events).toEqual([{ at: expect.any(String), requestId: expect.any(String),
      principalId: 'agent-42', role: 'support', mutation: 'setCareLevel',
      service: `ref:${ref}`, outcome: 'ok' }]);
  });

  it('records a refused mutation with its error code', async () => {
    await stack.gqlWith(await bearer({ role: 'customer', sub: 'customer-9' }), CARE, { ref });

    expect(events).toEqual([expect.objectContaining({ principalId: 'customer-9',
      mutation: 'setCareLevel', outcome: 'FORBIDDEN' })]);
  });

  it('records nothing for a query', async () => {
    await stack.gqlWith(await bearer({ role: 'admin' }), '{ firstAvailableDate }');

    expect(events).toEqual([]);
  });
});
