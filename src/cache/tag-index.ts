import { LRUCache } from 'lru-cache';
import type { ReadCache } from './read-cache';

/** Past this many keys under one tag, keys whose entries have gone are swept out. */
const FIRST_SWEEP_AT = 64;

interface Tagged {
  keys: Set<string>;
  /** Doubles when a sweep finds most keys still live, so sweeping stays linear overall. */
  sweepAt: number;
}

/**
 * Which cache keys hang off each tag (`service:ref:ADSL100001`, `reseller`), so that a write
 * can delete exactly what it changes. Bounded like the cache: when a tag is forgotten, its
 * entries are deleted with it, since nothing could invalidate them any more.
 */
export class TagIndex {
  private readonly tags: LRUCache<string, Tagged>;

  constructor(
    private readonly cache: ReadCache,
    maxTags: number,
  ) {
    this.tags = new LRUCache({
      max: maxTags,
      dispose: (tagged, _tag, reason) => {
        if (reason === 'evict') this.deleteAll(tagged.keys);
      },
    });
  }

  /** Records that `key` must go when `tag` is invalidated. */
  add(tag: string, key: string): void {
    let tagged = this.tags.get(tag);
    if (!tagged) {
      tagged = { keys: new Set(), sweepAt: FIRST_SWEEP_AT };
      this.tags.set(tag, tagged);
    }

    tagged.keys.add(key);
    if (tagged.keys.size > tagged.sweepAt) this.sweep(tagged);
  }

  /** Deletes every entry under `tag`. */
  invalidate(tag: string): number {
    const tagged = this.tags.get(tag);
    if (!tagged) return 0;

    this.tags.delete(tag);
    this.deleteAll(tagged.keys);
    return tagged.keys.size;
  }

  /** Deletes every entry under any tag that starts with `prefix`. */
  invalidatePrefix(prefix: string): number {
    let count = 0;
    for (const tag of [...this.tags.keys()]) {
      if (tag.startsWith(prefix)) count += this.invalidate(tag);
    }
    return count;
  }

  clear(): void {
    this.tags.clear();
  }

  private deleteAll(keys: Set<string>): void {
    for (const key of keys) this.cache.delete(key);
  }

  /** Keys of entries that expired or were evicted need not be remembered. */
  private sweep(tagged: Tagged): void {
    for (const key of tagged.keys) {
      if (this.cache.get(key) === undefined) tagged.keys.delete(key);
    }
    tagged.sweepAt = Math.max(FIRST_SWEEP_AT, tagged.keys.size * 2);
  }
}
