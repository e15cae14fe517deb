import type { Clock } from '../clock';
import type { CacheConfig } from '../config';
import type { EntaClient } from '../enta';
import type { Logger } from '../logger';
import { createCachingClient, type CachingClientOptions } from './caching-client';
import { createCachePolicy } from './policy';
import { createLruReadCache } from './read-cache';

export { createCachingClient } from './caching-client';
export type { CachingClientOptions } from './caching-client';
export { CACHE_RULES, createCachePolicy, usageTtlSeconds } from './policy';
export type { CachePolicy, CacheRule, ReadRule, ReadScope, WriteRule } from './policy';
export { createLruReadCache } from './read-cache';
export type { CachedValue, LruReadCacheOptions, ReadCache } from './read-cache';

/**
 * The client the server should use: `client` behind a shared in-memory cache when the cache
 * is enabled, `client` itself when it is not.
 */
export function withSharedCache(
  client: EntaClient,
  config: CacheConfig,
  services: {
    clock: Clock;
    logger: Logger;
    onLookup?: CachingClientOptions['onLookup'];
  },
): EntaClient {
  if (!config.enabled) return client;

  return createCachingClient(client, {
    cache: createLruReadCache({ maxEntries: config.maxEntries }),
    policy: createCachePolicy(services.clock),
    logger: services.logger.child({ component: 'cache' }),
    maxIndexEntries: config.maxEntries,
    onLookup: services.onLookup,
  });
}
