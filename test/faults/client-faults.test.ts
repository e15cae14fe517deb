import { createUpstream, EntaUnavailableError, type Upstream } from '../../src/enta';
import { createLogger } from '../../src/logger';
import { startSimulator, type FaultKind, type RunningSimulator } from '../../src/simulator';
import { countOf } from './support';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator();
});
afterAll(() => simulator.close());
beforeEach(() => {
  simulator.clearRequests();
  simulator.faults.clear();
});

function upstream(overrides: Partial<Parameters<typeof createUpstream>[0]> = {}): Upstream {
  return createUpstream({
    baseUrl: simulator.url, username: 'sim-partner', password: 'sim-password',
    apiVersion: 'stable', testMode: false, timeoutMs: 300,
    logger: createLogger({ level: 'silent' }),
    retries: 2, retryDelayMs: 1,
    breaker: {
      errorThresholdPercent: 50, volumeThreshold: 1000, resetTimeoutMs: 100, windowMs: 10_000,
    },
    ...overrides,
  });
}

const TRANSIENT: FaultKind[] = ['reset', 'http500', 'http503', 'truncated', 'malformed', 'hang'];

describe('reads', () => {
  it.each(TRANSIENT)('retries a read once after %s and answers', async (fault) => {
    const { client, close } = upstream();
    simulator.faults.set('AdslAccount', fault, { times: 1 });

    await expect(client.adslAccount({ ref: 'ADSL100001' })).resolves.toMatchObject({
      ref: 'ADSL100001' });
    expect(countOf(simulator, 'AdslAccount')).toBe(2);
    close();
  });

  it('survives a leading CRLF, latency and a trickled body in one request each', async () => {
    const { client, close } = upstream({ timeoutMs: 5000 });
    for (const fault of ['crlf', 'latency', 'trickle'] as const) {
      simulator.faults.set('AdslAccount', fault, { times: 1, latencyMs: 20, byteDelayMs: 0 });
      await client.adslAccount({ ref: 'ADSL100001' });
    }
    expect(countOf(simulator, 'AdslAccount')).toBe(3);
    close();
  });

  it('does not retry an Enta error reply or an unknown service', async () => {
    const { client, close } = upstream();
    simulator.faults.set('AdslAccount', 'entaError', { times: 1 });

    await expect(client.adslAccount({ ref: 'ADSL100001' })).rejects.toMatchObject({
      code: 'UPSTREAM_REJECTED' });
    await expect(client.adslAccount({ ref: 'ADSL999999' })).rejects.toMatchObject({
      code: 'NOT_FOUND' });
    expect(countOf(simulator, 'AdslAccount')).toBe(2);
    close();
  });

  it('gives up after ENTA_RETRIES extra tries with UPSTREAM_UNAVAILABLE', async () => {
    const { client, close } = upstream();
    simulator.faults.set('AdslAccount', 'http503');

    await expect(client.adslAccount({ ref: 'ADSL100001' })).rejects.toBeInstanceOf(
      EntaUnavailableError);
    expect(countOf(simulator, 'AdslAccount')).toBe(3);
    close();
  });
});

describe('writes', () => {
  it('never resends a write before reading whether it landed', async () => {
    const { client, close } = upstream();
    simulator.faults.set('ModifyLineFeatures', 'reset', { times: 1 });

    const now = simulator.data.services.get('ADSL100002')!.lineFeatures.Interleaving;
    await client.modifyLineFeatures({ ref: 'ADSL100002' }, {
      interleaving: now === 'No' ? 'Yes' : 'No' });
    const order = simulator.requests.map((request) => request.operation);
    expect(order).toEqual(['ModifyLineFeatures', 'AdslAccount', 'ModifyLineFeatures']);
    close();
  });

  it('returns a cease that landed before its answer was lost, sending it once', async () => {
    const { client, close } = upstream();
    const date = '2030-01-15';
    simulator.faults.set('CeaseADSLOrder', 'hang', { times: 1, afterApply: true });

    await expect(client.ceaseAdslOrder({ ref: 'ADSL100004' }, date)).resolves.toEqual({
      ourRef: 'ADSL100004' });
    expect(countOf(simulator, 'CeaseADSLOrder')).toBe(1);
    close();
  });

  it('says the outcome is unknown when the reconciling read fails too', async () => {
    const { client, close } = upstream();
    simulator.faults.set('ModifyLineFeatures', 'reset', { afterApply: true });
    simulator.faults.set('AdslAccount', 'http500');

    await expect(client.modifyLineFeatures({ ref: 'ADSL100002' }, { interleaving: 'Yes' }))
      .rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', details: { outcomeUnknown: true } });
    expect(countOf(simulator, 'ModifyLineFeatures')).toBe(1);
    close();
  });
});

describe('circuit breaker', () => {
  it('opens on failures, fails fast with no traffic, and closes after a good probe', async () => {
    const { client, breaker, close } = upstream({ retries: 0, breaker: {
      errorThresholdPercent: 50, volumeThreshold: 4, resetTimeoutMs: 100, windowMs: 10_000 } });
    simulator.faults.set('AdslAccount', 'http503');
    for (let i = 0; i < 4; i += 1) await client.adslAccount({ ref: 'ADSL100001' }).catch(() => 0);
    expect(breaker.state).toBe('open');

    const seen = simulator.requests.length;
    for (let i = 0; i < 5; i += 1) {
      await expect(client.adslAccount({ ref: 'ADSL100001' })).rejects.toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE', details: { stage: 'circuit' } });
    }
    expect(simulator.requests.length).toBe(seen);

    simulator.faults.clear();
    await new Promise((done) => setTimeout(done, 150));
    await client.adslAccount({ ref: 'ADSL100001' });
    expect(breaker.state).toBe('closed');
    close();
  });

  it('stays closed through Enta rejections and unknown services', async () => {
    const { client, breaker, close } = upstream({ retries: 0, breaker: {
      errorThresholdPercent: 10, volumeThreshold: 2, resetTimeoutMs: 100, windowMs: 10_000 } });
    for (let i = 0; i < 6; i += 1) await client.adslAccount({ ref: 'ADSL999999' }).catch(() => 0);
    expect(breaker.state).toBe('closed');
    close();
  });
});
