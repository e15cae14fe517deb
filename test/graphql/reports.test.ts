import { addDays, todayInLondon } from '../../src/domain';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const operations = () => stack.simulator.requests.map((r) => r.operation);
const request = (operation: string) =>
  stack.simulator.requests.find((r) => r.operation === operation)!;
const badInput = (result: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
  result.errors?.[0].extensions;

describe('reseller-wide lists', () => {
  it('lists pending orders with status, commit date and their own events', async () => {
    const result = await stack.gql(`{ pendingOrders { ref cli status orderType commitDate
      service { ref } events { orderRef name value } } }`);

    expect(result.errors).toBeUndefined();
    const orders = result.data!.pendingOrders;
    expect(orders.length).toBeGreaterThan(0);
    for (const order of orders) {
      expect(['ACKNOWLEDGED', 'COMMITTED']).toContain(order.status);
      expect(order.service.ref).toBe(order.ref);
      expect(order.events.every((e: any) => e.name === order.orderType)).toBe(true);
    }
    expect(request('PendingOrders').query).toEqual({});
    expect(operations().filter((name) => name === 'PendingOrders')).toHaveLength(1);
  });

  it('lists PSTN orders with no service behind them', async () => {
    const result = await stack.gql(
      '{ pstnPendingOrders { ref status service { ref } events { name } } }');

    expect(result.errors).toBeUndefined();
    expect(operations()).toEqual(['PSTNPendingOrders']);
    for (const order of result.data!.pstnPendingOrders) {
      expect(order).toMatchObject({ service: null, events: [] });
    }
  });

  it('gives the BT feed oldest first', async () => {
    const result = await stack.gql('{ btFeed(days: 5) { at cli customerRef orderType status } }');

    const times = result.data!.btFeed.map((e: any) => Date.parse(e.at));
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(request('GetBTFeed').query).toEqual({ Days: '5' });
  });

  it('names order updates by service ref, else by telephone, from the day given', async () => {
    const since = addDays(todayInLondon(new Date()), -2);
    const result = await stack.gql(
      'query($d: Date!) { orderUpdates(since: $d) { orderRef at name value } }', { d: since });

    expect(result.errors).toBeUndefined();
    const events = result.data!.orderUpdates;
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.orderRef).toMatch(/^(ADSL\d+|0\d{9,10})$/);
      expect(todayInLondon(new Date(event.at)) >= since).toBe(true);
    }
    expect(request('GetBTFeed').query).toEqual({ Days: '3' });
    expect(operations().filter((name) => name === 'PendingOrders')).toHaveLength(1);
    expect(operations().filter((name) => name === 'ListConnections').length).toBeLessThanOrEqual(1);
  });

  it('lists rate limited, blocked and heavy services, asking Enta for refs', async () => {
    const result = await stack.gql(`{ rateLimitedServices { ref }
      blockedServices { service { ref } reason }
      heavyUsers { service { ref cli username } usageBytes allowanceBytes } }`);

    expect(result.errors).toBeUndefined();
    expect(request('GetRateLimited').query).toEqual({ ReturnType: 'Ref' });
    expect(request('GetBlocked').query).toEqual({ ReturnType: 'Ref' });
    expect(request('GetHeavyUsers').query).toEqual({});
    const blocked = result.data!.blockedServices;
    expect(blocked.every((b: any) => /^ADSL\d+$/.test(b.service.ref) && b.reason)).toBe(true);
    for (const heavy of result.data!.heavyUsers) {
      expect(heavy.usageBytes).toBeGreaterThan(heavy.allowanceBytes);
    }
    expect(operations()).not.toContain('AdslAccount');
  });

  it('reads BT faults for a day, a range, or today', async () => {
    await stack.gql('{ btFaults(day: "2026-11-02") { faultRef } }');
    await stack.gql('{ btFaults(from: "2026-09-01", to: "2026-11-30") { faultRef status } }');
    await stack.gql('{ btFaults { faultRef } }');

    const sent = stack.simulator.requests.map((r) => r.query);
    const today = todayInLondon(new Date()).split('-').reverse().join('/');
    expect(sent).toEqual([{ day: '02/11/2026' }, { start: '01/09/2026', end: '30/11/2026' },
      { day: today }]);
  });

  it('says whether a username is free', async () => {
    const free = await stack.gql('{ usernameAvailable(username: "brand.new.user") }');
    const list = await stack.gql('{ services(first: 1) { nodes { username } } }');
    const taken = await stack.gql('query($u: String!) { usernameAvailable(username: $u) }',
      { u: list.data!.services.nodes[0].username });

    expect(free.data!.usernameAvailable).toBe(true);
    expect(taken.data!.usernameAvailable).toBe(false);
    expect(request('CheckUsernameAvailable').query).toEqual({ username: 'brand.new.user' });
  });

  it('refuses bad days, periods and usernames before any upstream call', async () => {
    expect(badInput(await stack.gql('{ btFeed(days: 0) { at } }')))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    const both = '{ btFaults(day: "2026-11-02", from: "2026-11-01") { faultRef } }';
    expect(badInput(await stack.gql(both)))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'day' });
    expect(badInput(await stack.gql('{ btFaults(from: "2026-11-01") { faultRef } }')))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(badInput(await stack.gql('{ orderUpdates(since: "2099-01-01") { orderRef } }')))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'since' });
    expect(badInput(await stack.gql('{ usernameAvailable(username: "<x>") }')))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
