import { ManualClock } from '../../src/clock';
import { firstAvailableDate, todayInLondon } from '../../src/domain';
import { startStack, type TestStack } from '../support/stack';

const DAY_MS = 24 * 60 * 60 * 1000;
const START = new Date('2026-06-01T08:00:00Z');

let clock: ManualClock;
let stack: TestStack;
beforeAll(async () => {
  clock = new ManualClock(START);
  stack = await startStack({ clock });
});
afterAll(() => stack.close());

const PLACE = `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) {
  order { ref status commitDate } } }`;

const STATE = `query($r: ID, $since: Date!) {
  service(ref: $r) { status provisioningHistory { value } }
  pendingOrders { ref status commitDate }
  orderUpdates(since: $since) { orderRef name value } }`;

function orderInput(provisionDate: string) {
  return {
    productId: 'FAM60', cli: '0161 496 0871', provisionDate, clientRef: 'PO-9001',
    username: 'lifecycle01', password: 'correct-horse-9',
    site: {
      title: 'Ms', firstName: 'Clara', surname: 'Trucker', building: '12',
      street: 'Pigeon Street', town: 'Manchester', county: 'Greater Manchester',
      postcode: 'M1 2JX', telephoneDay: '0161 496 0213', email: 'clara@example.com',
    },
  };
}

describe('an order as the clock moves', () => {
  it('moves ACKNOWLEDGED, COMMITTED, COMPLETED and becomes a LIVE service', async () => {
    const since = todayInLondon(clock.now());
    const date = firstAvailableDate(clock.now());
    const placed = await stack.gql(PLACE, { i: orderInput(date) });
    expect(placed.errors).toBeUndefined();
    const { ref } = placed.data!.placeOrder.order;
    expect(placed.data!.placeOrder.order)
      .toMatchObject({ status: 'ACKNOWLEDGED', commitDate: null });

    const read = async () => (await stack.gql(STATE, { r: ref, since })).data!;
    const ownUpdates = (data: any) =>
      data.orderUpdates.filter((e: any) => e.orderRef === ref).map((e: any) => e.value);

    const acknowledged = await read();
    expect(acknowledged.service.status).toBe('PENDING');
    expect(acknowledged.pendingOrders)
      .toContainEqual({ ref, status: 'ACKNOWLEDGED', commitDate: null });
    expect(ownUpdates(acknowledged)).toEqual(['ACKNOWLEDGED']);

    clock.advance(DAY_MS + 60_000);
    const committed = await read();
    const commitText = `COMMITTED (commit date ${date})`;
    expect(committed.pendingOrders).toContainEqual({ ref, status: 'COMMITTED', commitDate: date });
    expect(ownUpdates(committed)).toEqual(['ACKNOWLEDGED', commitText]);
    expect(committed.service.provisioningHistory.map((e: any) => e.value))
      .toEqual(['ACKNOWLEDGED', commitText]);

    clock.set(new Date(`${date}T09:00:00Z`));
    const completed = await read();
    expect(completed.service.status).toBe('LIVE');
    expect(completed.pendingOrders.map((o: any) => o.ref)).not.toContain(ref);
    expect(ownUpdates(completed)).toEqual(['ACKNOWLEDGED', commitText, 'COMPLETED']);
    expect(completed.service.provisioningHistory.map((e: any) => e.value))
      .toEqual(['ACKNOWLEDGED', commitText, 'COMPLETED']);
  });

  it('ceases a live service on its date', async () => {
    const list = await stack.gql('{ services(first: 3) { nodes { ref } } }');
    const ref = list.data!.services.nodes[2].ref;
    const date = firstAvailableDate(clock.now());

    const ceased = await stack.gql(`mutation($r: ID, $d: Date!) {
      ceaseService(input: { ref: $r, date: $d }) { orderRef } }`, { r: ref, d: date });
    const ceasing = await stack.gql('query($r: ID) { service(ref: $r) { status ceaseDate } }',
      { r: ref });
    clock.set(new Date(`${date}T09:00:00Z`));
    const after = await stack.gql(`query($r: ID) { service(ref: $r) { status
      provisioningHistory { name value } } }`, { r: ref });

    expect(ceased.errors).toBeUndefined();
    expect(ceasing.data!.service).toEqual({ status: 'CEASING', ceaseDate: date });
    expect(after.data!.service.status).toBe('CEASED');
    expect(after.data!.service.provisioningHistory.at(-1)).toEqual(
      { name: 'Cease', value: 'COMPLETED' });
  });
});

describe('requestMac as the clock moves', () => {
  it('requests a MAC, then a simulated day later returns it with its expiry', async () => {
    const list = await stack.gql('{ services(first: 40) { nodes { ref mac { code } } } }');
    const ref = list.data!.services.nodes.find((n: any) => n.mac === null).ref;
    const REQUEST = `mutation($r: ID) { requestMac(input: { ref: $r }) {
      requested mac { code expiresAt } service { mac { code } } } }`;

    stack.simulator.clearRequests();
    const first = await stack.gql(REQUEST, { r: ref });
    const sent = stack.simulator.requests.map((r) => [r.operation, r.query]);
    clock.advance(DAY_MS + 60_000);
    const second = await stack.gql(REQUEST, { r: ref });

    expect(first.data!.requestMac).toMatchObject({ requested: true, mac: null });
    expect(sent).toEqual([['AdslAccount', { Ref: ref }], ['RequestMAC', { Ref: ref }],
      ['AdslAccount', { Ref: ref }]]);
    const { mac } = second.data!.requestMac;
    expect(second.data!.requestMac.requested).toBe(false);
    expect(mac.code).toMatch(/^[A-Z]{4}\d{8}\/[A-Z]{2}\d{2}[A-Z]$/);
    expect(Date.parse(mac.expiresAt) - clock.now().getTime()).toBeGreaterThan(28 * DAY_MS);
    expect(second.data!.requestMac.service.mac.code).toBe(mac.code);
  });
});
