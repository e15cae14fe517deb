import { LRUCache } from 'lru-cache';

/**
 * Where shared upstream replies are kept between requests. Small on purpose: one process uses
 * memory (createLruReadCache); several instances can later share Redis behind the same four
 * calls without the caching client changing.
 */
export interface ReadCache {
  /** The entry under `key`, or undefined when there is none or it has expired. */
  get(key: string): CachedValue | undefined;
  /** Keeps `entry` for `ttlSeconds`, replacing any earlier entry under `key`. */
  set(key: string, entry: CachedValue, ttlSeconds: number): void;
  delete(key: string): void;
  clear(): void;
}

/**
 * One cached reply. Boxed so that a reply which is itself `null` (no RADIUS log yet) can be
 * cached and told apart from a miss.
 */
export interface CachedValue {
  readonly value: unknown;
}

export interface LruReadCacheOptions {
  /** Entries kept at most; the least recently used go first. */
  maxEntries: number;
  /** Milliseconds from any fixed origin; tests pass a clock they move. Default: performance. */
  now?: () => number;
}

/** A bounded in-memory ReadCache with a TTL per entry. */
export function createLruReadCache(options: LruReadCacheOptions): ReadCache {
  const lru = new LRUCache<string, CachedValue>({
    max: options.maxEntries,
    // Expired entries are dropped when read; no timer keeps the process busy.
    ttlAutopurge: false,
    // lru-cache reuses a clock reading for a real millisecond; a moved clock must not wait.
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
  });

  return {
    get: (key) => lru.get(key),
    set: (key, entry, ttlSeconds) => {
      lru.set(key, entry, { ttl: Math.max(1, Math.round(ttlSeconds * 1000)) });
    },
    delete: (key) => {
      lru.delete(key);
    },
    clear: () => lru.clear(),
  };
}
