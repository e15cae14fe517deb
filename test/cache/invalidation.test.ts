import { startCachedUpstream, type CachedUpstream } from './support';

let upstream: CachedUpstream;
let services: Array<{ ref: string; username: string; cli: string }>;

beforeAll(async () => {
  upstream = await startCachedUpstream();
  const rows = await upstream.client.listConnections({ status: 'live', fields: ['Ref'] });
  services = [];
  for (const row of rows.slice(0, 4)) {
    const account = await upstream.client.adslAccount({ ref: row.ref! });
    services.push({ ref: account.ref, username: account.username, cli: account.cli });
  }
});
afterAll(() => upstream.close());
beforeEach(() => upstream.simulator.clearRequests());

const count = (operation: string) =>
  upstream.operations().filter((name) => name === operation).length;

describe('invalidation by writes', () => {
  it('drops the service under every name and the lists, and keeps other services', async () => {
    const [target, other] = services;
    await upstream.client.getNotes({ username: target.username });
    await upstream.client.listConnections({ status: 'live', fields: ['Ref'] });
    await upstream.client.adslAccount({ ref: other.ref });
    upstream.simulator.clearRequests();

    await upstream.client.modifyLineFeatures({ cli: target.cli }, { upstream: 'Fast' });
    const account = await upstream.client.adslAccount({ username: target.username });
    await upstream.client.adslAccount({ ref: target.ref });
    await upstream.client.getNotes({ username: target.username });
    await upstream.client.listConnections({ status: 'live', fields: ['Ref'] });
    await upstream.client.adslAccount({ ref: other.ref });

    expect(account.lineFeatures.upstream).toBe('Fast');
    expect(count('AdslAccount')).toBe(1);
    expect(count('GetNotes')).toBe(1);
    expect(count('ListConnections')).toBe(1);
    // The other service's account is still cached: only the written one was dropped.
    expect(upstream.simulator.requests.filter((r) => r.query.Ref === other.ref)).toHaveLength(0);
  });

  it('drops every service entry when a write names a service by an unknown name', async () => {
    const [, , third, fourth] = services;
    await upstream.client.getMaxReports({ ref: fourth.ref });
    upstream.simulator.clearRequests();

    // A name no reply has shown us: its entries could sit under any key.
    await upstream.client.updateAdslContact({ cli: '0161 496 0999' }, { email: 'a@example.com' })
      .catch(() => undefined);
    await upstream.client.getMaxReports({ ref: fourth.ref });
    await upstream.client.adslAccount({ ref: third.ref });

    expect(upstream.operations()).toEqual(['UpdateADSLContact', 'GetMaxReports', 'AdslAccount']);
  });

  it('does not store what a read saw while a write was under way', async () => {
    const [, , , fourth] = services;
    const id = { ref: fourth.ref };
    upstream.simulator.clearRequests();

    const during = upstream.client.getInterleaving(id);
    await upstream.client.modifyLineFeatures(id, { interleaving: 'Yes' });
    await during;
    const after = await upstream.client.getInterleaving(id);

    expect(after).toBe('Yes');
    expect(count('GetInterleaving')).toBe(2);
  });
});
