import { authEnv, bearer } from '../support/auth';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({ cache: true, env: authEnv() });
});
afterAll(() => stack.close());
beforeEach(() => stack.simulator.clearRequests());

const QUERY = 'query($r: ID) { service(ref: $r) { ref interleaving careLevel } }';

describe('whole-answer cache', () => {
  it('serves a repeated identical query without running it again', async () => {
    const admin = await bearer({ role: 'admin' });
    const first = await stack.gqlWith(admin, QUERY, { r: 'ADSL100010' });
    const before = stack.simulator.requests.length;
    const second = await stack.gqlWith(admin, QUERY, { r: 'ADSL100010' });

    expect(second.data).toEqual(first.data);
    expect(stack.simulator.requests.length).toBe(before);
  });

  it('never serves one caller the answer another got', async () => {
    const one = await bearer({ role: 'customer', sub: 'cust-a', services: ['ADSL100011'] });
    const two = await bearer({ role: 'customer', sub: 'cust-b', services: ['ADSL100012'] });

    const own = await stack.gqlWith(one, QUERY, { r: 'ADSL100011' });
    const other = await stack.gqlWith(two, QUERY, { r: 'ADSL100011' });

    expect(own.data!.service.ref).toBe('ADSL100011');
    expect(other.data!.service).toBeNull();
  });

  it('shows the new value in the first read after a mutation', async () => {
    const admin = await bearer({ role: 'admin' });
    const before = await stack.gqlWith(admin, QUERY, { r: 'ADSL100013' });
    const target = before.data!.service.interleaving === 'NO' ? 'YES' : 'NO';

    await stack.gqlWith(admin, `mutation($r: ID, $m: Interleaving!) {
      setInterleaving(input: { ref: $r, mode: $m }) { changes { feature } } }`,
    { r: 'ADSL100013', m: target });
    const after = await stack.gqlWith(admin, QUERY, { r: 'ADSL100013' });

    expect(after.data!.service.interleaving).toBe(target);
  });

  it('still charges each served answer to the caller\'s rate limit', async () => {
    const limited = await startStack({ cache: true,
      env: authEnv({ RATE_LIMIT_POINTS: '20', RATE_LIMIT_WINDOW_SECONDS: '60' }) });
    const admin = await bearer({ role: 'admin', sub: 'admin-limited' });
    const statuses: number[] = [];
    for (let n = 0; n < 12; n++) {
      statuses.push((await limited.gqlWith(admin, QUERY, { r: 'ADSL100014' })).status);
    }
    await limited.close();

    expect(statuses).toContain(429);
  });
});
