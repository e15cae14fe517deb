import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countOf, freeLines, orderInput, PLACE_ORDER } from '../faults/support';
import { startStack, type TestStack } from '../support/stack';

let folder: string;
let stack: TestStack;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'enta-idempotency-'));
  stack = await startStack({ env: { STORE_PATH: join(folder, 'store.sqlite') } });
});
afterAll(async () => {
  await stack.close();
  rmSync(folder, { recursive: true, force: true });
});
beforeEach(() => stack.simulator.clearRequests());

describe('idempotency keys over GraphQL', () => {
  it('replays the first outcome for a repeat, with no second write to Enta', async () => {
    const [cli] = freeLines(stack.simulator, 1);
    const input = orderInput(cli, 'idem01', 'key-replay-1');

    const first = await stack.gql(PLACE_ORDER, { input });
    const second = await stack.gql(PLACE_ORDER, { input });

    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(countOf(stack.simulator, 'CreateADSLOrder')).toBe(1);
  });

  it('refuses the same key with a different input, naming the key', async () => {
    const [a, b] = freeLines(stack.simulator, 2);
    await stack.gql(PLACE_ORDER, { input: orderInput(a, 'idem02', 'key-reused-1') });

    const reused = await stack.gql(PLACE_ORDER,
      { input: orderInput(b, 'idem03', 'key-reused-1') });

    expect(reused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT', detail: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(countOf(stack.simulator, 'CreateADSLOrder')).toBe(1);
  });

  it('refuses a second request while the first with its key is still running', async () => {
    const [cli] = freeLines(stack.simulator, 1);
    const input = orderInput(cli, 'idem04', 'key-concurrent-1');
    stack.simulator.faults.set('CreateADSLOrder', 'latency', { latencyMs: 300 });

    const [one, two] = await Promise.all([
      stack.gql(PLACE_ORDER, { input }),
      new Promise((resolve) => setTimeout(resolve, 50))
        .then(() => stack.gql(PLACE_ORDER, { input })),
    ]);
    stack.simulator.faults.clear();

    expect(one.errors).toBeUndefined();
    expect(two.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(countOf(stack.simulator, 'CreateADSLOrder')).toBe(1);
  });

  it('still replays after a restart on the same store, ' +
    'and the audit log has the write', async () => {
    const [cli] = freeLines(stack.simulator, 1);
    const input = orderInput(cli, 'idem05', 'key-restart-1');
    const before = await stack.gql(PLACE_ORDER, { input });

    await stack.restart();
    const after = await stack.gql(PLACE_ORDER, { input });
    const audit = await stack.store.entries({ operation: 'placeOrder' });

    expect(after.data).toEqual(before.data);
    expect(countOf(stack.simulator, 'CreateADSLOrder')).toBe(1);
    const row = audit.find((entry) => entry.idempotencyKey === 'key-restart-1')!;
    expect(row).toMatchObject({ outcome: 'succeeded',
      upstreamRef: before.data!.placeOrder.order.ref });
    expect(row.inputSummary).not.toContain('correct-horse-9');
  });
});

describe('health', () => {
  it('is alive, and ready while the store is open and the breaker closed', async () => {
    const base = stack.app.url.replace('/graphql', '');
    const ready = await fetch(`${base}/readyz`);
    const alive = await fetch(`${base}/healthz`);

    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', store: 'open', breaker: 'closed' });
    expect(alive.status).toBe(200);
  });
});
