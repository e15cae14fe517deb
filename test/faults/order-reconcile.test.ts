import { countOf, freeLines, orderInput, PLACE_ORDER } from './support';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe('an order Enta refuses as a duplicate', () => {
  it("is not taken for ours when the pending order on that line is someone else's", async () => {
    const [cli] = freeLines(stack.simulator, 1);
    const first = await stack.gql(PLACE_ORDER, { input: orderInput(cli, 'dupe01') });

    const again = await stack.gql(PLACE_ORDER, {
      input: { ...orderInput(cli, 'dupe01'), productId: 'BUS180', clientRef: 'PO-someone-else' },
    });

    expect(first.errors).toBeUndefined();
    expect(again.data?.placeOrder ?? null).toBeNull();
    expect(again.errors?.[0].extensions?.code).toBe('UPSTREAM_REJECTED');
    expect(countOf(stack.simulator, 'CreateADSLOrder')).toBe(2);
  });
});
