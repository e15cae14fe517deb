import { CACHE_RULES, usageTtlSeconds } from '../../src/cache';
import { createEntaClient, type Transport } from '../../src/enta';

describe('cache policy', () => {
  it('has a rule for every client method', () => {
    const client = createEntaClient({} as Transport);

    expect(Object.keys(CACHE_RULES).sort()).toEqual(Object.keys(client).sort());
  });

  it('never caches a call that changes something at Enta', () => {
    const writes = ['modifyLineFeatures', 'ceaseAdslOrder', 'requestMac', 'createAdslOrder'];

    for (const method of writes) {
      expect(CACHE_RULES[method as keyof typeof CACHE_RULES].kind).toBe('write');
    }
  });

  it('keeps usage of past days long, yesterday a while and today briefly', () => {
    const today = '2026-12-03';

    expect(usageTtlSeconds('2026-11-30', today)).toBe(12 * 3600);
    expect(usageTtlSeconds('2026-12-02', today)).toBe(15 * 60);
    expect(usageTtlSeconds('2026-12-03', today)).toBe(60);
    expect(usageTtlSeconds('2026-12-09', today)).toBe(60);
  });
});
