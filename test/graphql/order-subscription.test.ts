import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ManualClock } from '../../src/clock';
import { firstAvailableDate } from '../../src/domain';
import { startStack, type TestStack } from '../support/stack';

const DAY_MS = 24 * 60 * 60 * 1000;
const POLL_MS = 20;

let clock: ManualClock;
let stack: TestStack;
let client: Client;

beforeAll(async () => {
  clock = new ManualClock(new Date('2026-06-01T08:00:00Z'));
  stack = await startStack({ clock, env: { ORDER_FEED_POLL_MS: String(POLL_MS) } });
  client = createClient({ url: stack.app.url.replace('http', 'ws'), webSocketImpl: WebSocket });
});
afterAll(async () => {
  await client.dispose();
  await stack.close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, POLL_MS * 5));

const ORDER = (provisionDate: string) => ({
  productId: 'FAM60', cli: '0161 496 0872', provisionDate, clientRef: 'PO-LIVE-1',
  username: 'liveorder01', password: 'correct-horse-9',
  site: {
    title: 'Mr', firstName: 'Hugo', surname: 'Trucker', building: '12', street: 'Pigeon Street',
    town: 'Manchester', county: 'Greater Manchester', postcode: 'M1 2JX',
    telephoneDay: '0161 496 0213', email: 'hugo@example.com',
  },
});

describe('orderUpdates subscription', () => {
  it('sees an order placed through the API move to COMPLETED as the clock advances', async () => {
    const seen: Array<{ orderRef: string; value: string }> = [];
    const events = client.iterate<{ orderUpdates: { orderRef: string; value: string } }>({
      query: 'subscription { orderUpdates { orderRef name value at } }',
    });
    const collecting = (async () => {
      for await (const event of events) seen.push(event.data!.orderUpdates);
    })();
    await settle();

    const date = firstAvailableDate(clock.now());
    const placed = await stack.gql(
      'mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { order { ref } } }',
      { i: ORDER(date) },
    );
    const ref = placed.data!.placeOrder.order.ref;
    const completed = () => seen.some((e) => e.orderRef === ref && e.value === 'COMPLETED');
    for (let step = 0; step < 30 && !completed(); step++) {
      await settle();
      clock.advance(DAY_MS / 2);
    }
    await settle();
    await events.return?.();
    await collecting;

    const values = seen.filter((event) => event.orderRef === ref).map((event) => event.value);
    expect(values).toEqual([
      'ACKNOWLEDGED',
      `COMMITTED (commit date ${date})`,
      'COMPLETED',
    ]);
  });

  it('stops polling Enta once nobody listens', async () => {
    await settle();
    stack.simulator.clearRequests();
    await settle();

    expect(stack.simulator.requests.filter((r) => r.operation === 'GetBTFeed')).toHaveLength(0);
  });
});
