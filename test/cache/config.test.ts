import { loadConfig } from '../../src/config';
import { ConfigError } from '../../src/errors';

describe('cache and concurrency configuration', () => {
  it('turns the cache on with 10 000 entries and allows 4 upstream calls by default', () => {
    const config = loadConfig({});

    expect(config.cache).toEqual({ enabled: true, maxEntries: 10_000, responseTtlMs: 5_000 });
    expect(config.enta.maxConcurrent).toBe(4);
  });

  it('reads CACHE_ENABLED, CACHE_MAX_ENTRIES, RESPONSE_CACHE_TTL_MS, ENTA_MAX_CONCURRENT', () => {
    const config = loadConfig({
      CACHE_ENABLED: 'false', CACHE_MAX_ENTRIES: '500', ENTA_MAX_CONCURRENT: '8',
      RESPONSE_CACHE_TTL_MS: '0',
    });

    expect(config.cache).toEqual({ enabled: false, maxEntries: 500, responseTtlMs: 0 });
    expect(config.enta.maxConcurrent).toBe(8);
  });

  it('stops start-up on a concurrency of 0 or a cache size that is not a number', () => {
    expect(() => loadConfig({ ENTA_MAX_CONCURRENT: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ CACHE_MAX_ENTRIES: 'lots' })).toThrow(/CACHE_MAX_ENTRIES/);
    expect(() => loadConfig({ CACHE_ENABLED: 'maybe' })).toThrow(/CACHE_ENABLED/);
  });
});
