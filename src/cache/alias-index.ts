import { LRUCache } from 'lru-cache';
import type { Account, ConnectionSummary } from '../enta';
import { serviceKey } from '../loaders/service-key';

/** Every name one service is known by, as canonical service keys. */
export interface AliasGroup {
  readonly names: ReadonlySet<string>;
  /** True once ref, username and cli are all known, so nothing can be cached under another. */
  readonly complete: boolean;
}

/**
 * Which service keys name the same service (`ref:…`, `username:…`, `cli:…`), learned from
 * account replies and list rows. A write names a service one way while its cached replies may
 * sit under the others; this index is how invalidation finds them. Bounded: a forgotten
 * service only makes the next write to it invalidate more widely, never less.
 */
export class AliasIndex {
  private readonly groups: LRUCache<string, AliasGroup>;

  constructor(maxNames: number) {
    this.groups = new LRUCache({ max: maxNames });
  }

  /** The group `name` belongs to, if any was learned. */
  groupOf(name: string): AliasGroup | undefined {
    return this.groups.get(name);
  }

  /** An AdslAccount reply names the service every way there is. */
  learnAccount(account: Account): void {
    const names = [serviceKey({ ref: account.ref }), serviceKey({ username: account.username })];
    if (account.cli) names.push(serviceKey({ cli: account.cli }));
    this.learn(names, true);
  }

  /** A list row holds only the columns asked for; two names or more are worth keeping. */
  learnRow(row: ConnectionSummary): void {
    const names: string[] = [];
    if (row.ref) names.push(serviceKey({ ref: row.ref }));
    if (row.username) names.push(serviceKey({ username: row.username }));
    if (row.cli) names.push(serviceKey({ cli: row.cli }));
    if (names.length >= 2) this.learn(names, names.length === 3);
  }

  private learn(names: string[], complete: boolean): void {
    const merged = new Set(names);
    let isComplete = complete;
    for (const name of names) {
      const known = this.groups.get(name);
      if (!known) continue;
      for (const other of known.names) merged.add(other);
      isComplete ||= known.complete;
    }

    const group: AliasGroup = { names: merged, complete: isComplete };
    for (const name of merged) this.groups.set(name, group);
  }
}
