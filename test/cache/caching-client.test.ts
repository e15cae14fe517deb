import { addDays, todayInLondon } from '../../src/domain';
import { EntaNotFoundError } from '../../src/enta';
import { startCachedUpstream, type CachedUpstream } from './support';

let upstream: CachedUpstream;
let sample: { ref: string; username: string; cli: string };

beforeAll(async () => {
  upstream = await startCachedUpstream();
  const [row] = await upstream.client.listConnections({
    status: 'live',
    fields: ['Ref', 'Username', 'Telephone'],
  });
  sample = { ref: row.ref!, username: row.username!, cli: row.cli! };
});
afterAll(() => upstream.close());
beforeEach(() => upstream.simulator.clearRequests());

const yesterday = () => addDays(todayInLondon(new Date()), -1);

describe('caching client', () => {
  it('answers a repeated read from the cache', async () => {
    const first = await upstream.client.getMaxReports({ ref: sample.ref });
    const second = await upstream.client.getMaxReports({ ref: sample.ref.toLowerCase() });

    expect(second).toEqual(first);
    expect(upstream.operations()).toEqual(['GetMaxReports']);
  });

  it('answers an account read by cli from one read by username', async () => {
    const byUsername = await upstream.client.adslAccount({ username: sample.username });
    const byCli = await upstream.client.adslAccount({ cli: sample.cli });
    const byRef = await upstream.client.adslAccount({ ref: sample.ref });

    expect(byCli).toEqual(byUsername);
    expect(byRef).toEqual(byUsername);
    expect(upstream.operations()).toEqual(['AdslAccount']);
  });

  it('coalesces concurrent identical reads into one upstream call', async () => {
    const range = { from: addDays(yesterday(), -20), to: addDays(yesterday(), -14) };
    const id = { ref: sample.ref };

    const replies = await Promise.all(
      Array.from({ length: 8 }, () => upstream.client.usageHistoryDetailRange(id, range)),
    );

    expect(new Set(replies.map((reply) => JSON.stringify(reply))).size).toBe(1);
    expect(upstream.operations()).toEqual(['UsageHistoryDetail']);
  });

  it('keys a list by its columns whatever their order', async () => {
    await upstream.client.listConnections({ status: 'live', fields: ['Ref', 'Status'] });
    await upstream.client.listConnections({ status: 'live', fields: ['Status', 'Ref', 'Ref'] });

    expect(upstream.operations()).toEqual(['ListConnections']);
  });

  it('does not cache an error', async () => {
    const unknown = { ref: 'ADSL999999' };

    await expect(upstream.client.adslAccount(unknown)).rejects.toBeInstanceOf(EntaNotFoundError);
    await expect(upstream.client.adslAccount(unknown)).rejects.toBeInstanceOf(EntaNotFoundError);

    expect(upstream.operations()).toEqual(['AdslAccount', 'AdslAccount']);
  });

  it('calls again once an entry outlives its TTL', async () => {
    const id = { ref: sample.ref };
    await upstream.client.getInterleaving(id);

    upstream.advance(59_000);
    await upstream.client.getInterleaving(id);
    upstream.advance(2_000);
    await upstream.client.getInterleaving(id);

    expect(upstream.operations()).toEqual(['GetInterleaving', 'GetInterleaving']);
  });

  it('never caches a poll', async () => {
    await expect(upstream.client.poll('no-such-token')).rejects.toThrow();
    await expect(upstream.client.poll('no-such-token')).rejects.toThrow();

    expect(upstream.operations()).toEqual(['Poll', 'Poll']);
  });
});
