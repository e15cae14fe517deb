import type { EntaClient, ServiceId } from '../enta';
import type { Account, ConnectionSummary } from '../enta';
import { serviceKey } from '../loaders/service-key';
import type { Logger } from '../logger';
import { AliasIndex } from './alias-index';
import { callKey } from './cache-key';
import type { CachePolicy, ReadRule, WriteRule } from './policy';
import type { ReadCache } from './read-cache';
import { TagIndex } from './tag-index';

/*
 * Why a key of "operation + arguments" is safe to share between callers, for now: every call
 * goes to Enta with the one partner login, so the same call gets the same answer whoever asks,
 * and what a caller may see is decided after the cache, in the resolvers. When callers get
 * different permissions, that filtering must stay above this layer (resolvers check the
 * caller against the service before returning it). If an upstream call is ever made with a
 * caller's own credentials or scope, that identity (or scope) must become part of the key,
 * or the call must bypass the cache, or one caller will be served another's reply.
 */

export interface CachingClientOptions {
  cache: ReadCache;
  policy: CachePolicy;
  logger: Logger;
  /** Service names and tags remembered for invalidation; default 10 000. */
  maxIndexEntries?: number;
  /** Told of every cached read: served from the cache, joined to a call in flight, or sent. */
  onLookup?: (operation: string, result: 'hit' | 'coalesced' | 'miss') => void;
}

type AnyCall = (...args: unknown[]) => Promise<unknown>;

/**
 * Wraps a client so reads are shared between requests: fresh replies come from `cache`,
 * concurrent identical calls share one upstream request, and every write invalidates what it
 * can change before its caller sees the result. Errors are never cached. A reply is one
 * object shared by every caller that receives it, so callers must not modify it.
 */
export function createCachingClient(client: EntaClient, options: CachingClientOptions) {
  const shared = new SharedReads(options);
  const wrapped: Record<string, AnyCall> = {};

  for (const method of Object.keys(client) as Array<keyof EntaClient>) {
    const call = client[method] as AnyCall;
    const rule = options.policy.ruleFor(method);

    if (rule?.kind === 'read') {
      wrapped[method] = (...args) => shared.read(method, rule, args, () => call(...args));
    } else if (rule?.kind === 'write') {
      wrapped[method] = (...args) => shared.write(rule, args, () => call(...args));
    } else {
      wrapped[method] = call;
    }
  }
  return wrapped as unknown as EntaClient;
}

/** The cache, the calls in flight, and the indexes that let a write find what it changes. */
class SharedReads {
  private readonly cache: ReadCache;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly aliases: AliasIndex;
  private readonly tags: TagIndex;
  /** Counts writes, so that a read which overlapped one does not store what it saw. */
  private writes = 0;

  constructor(private readonly options: CachingClientOptions) {
    const maxIndex = options.maxIndexEntries ?? 10_000;
    this.cache = options.cache;
    this.aliases = new AliasIndex(maxIndex);
    this.tags = new TagIndex(options.cache, maxIndex);
  }

  read(method: string, rule: ReadRule, args: unknown[], call: () => Promise<unknown>) {
    const keyArgs = rule.keyArgs ? rule.keyArgs(args) : args;
    const key = callKey(method, keyArgs, rule.scope === 'service');

    const hit = this.cache.get(key);
    if (hit) {
      this.options.onLookup?.(method, 'hit');
      return Promise.resolve(hit.value);
    }

    const pending = this.inFlight.get(key);
    if (pending) {
      this.options.onLookup?.(method, 'coalesced');
      return pending;
    }
    this.options.onLookup?.(method, 'miss');

    const writesBefore = this.writes;
    const fetch = call().then((value) => {
      if (this.writes === writesBefore) this.store({ method, key, rule, args, value });
      return value;
    });
    this.inFlight.set(key, fetch);

    const settle = () => {
      if (this.inFlight.get(key) === fetch) this.inFlight.delete(key);
    };
    fetch.then(settle, settle);
    return fetch;
  }

  /**
   * Invalidates whether the write succeeded or not: a timeout may still have been applied
   * upstream, and dropping a few entries costs far less than showing a stale value.
   */
  async write(rule: WriteRule, args: unknown[], call: () => Promise<unknown>) {
    try {
      return await call();
    } finally {
      this.invalidate(rule, args);
    }
  }

  private store(entry: StoreEntry): void {
    const { method, key, rule, args, value } = entry;
    const ttlSeconds = rule.ttlSeconds(args, this.options.policy.today());
    this.keep(key, value, ttlSeconds, tagOf(rule, args));

    if (method === 'adslAccount') this.storeAccountUnderEveryName(value as Account, ttlSeconds);
    if (method === 'listConnections') {
      for (const row of value as ConnectionSummary[]) this.aliases.learnRow(row);
    }
  }

  /** An account asked for by one name answers a later ask by either of the others. */
  private storeAccountUnderEveryName(account: Account, ttlSeconds: number): void {
    this.aliases.learnAccount(account);

    const ids: ServiceId[] = [{ ref: account.ref }, { username: account.username }];
    if (account.cli) ids.push({ cli: account.cli });
    for (const id of ids) {
      this.keep(callKey('adslAccount', [id], true), account, ttlSeconds, serviceTag(id));
    }
  }

  private keep(key: string, value: unknown, ttlSeconds: number, tag: string | undefined) {
    this.cache.set(key, { value }, ttlSeconds);
    if (tag) this.tags.add(tag, key);
  }

  private invalidate(rule: WriteRule, args: unknown[]): void {
    this.writes += 1;
    // Reads that start after the write must not join a call that began before it.
    this.inFlight.clear();

    let dropped = this.tags.invalidate(RESELLER_TAG);
    if (rule.scope === 'service') dropped += this.invalidateService(args[0] as ServiceId);
    this.options.logger.debug({ dropped }, 'cache entries invalidated by a write');
  }

  /**
   * Drops the service's entries under each of its names. When not every name is known, an
   * entry may sit under one we cannot see, so every service entry goes instead.
   */
  private invalidateService(id: ServiceId): number {
    const group = this.aliases.groupOf(serviceKey(id));
    if (!group?.complete) return this.tags.invalidatePrefix(SERVICE_TAG_PREFIX);

    let dropped = 0;
    for (const name of group.names) dropped += this.tags.invalidate(SERVICE_TAG_PREFIX + name);
    return dropped;
  }
}

interface StoreEntry {
  method: string;
  key: string;
  rule: ReadRule;
  args: unknown[];
  value: unknown;
}

const RESELLER_TAG = 'reseller';
const SERVICE_TAG_PREFIX = 'service:';

const serviceTag = (id: ServiceId) => SERVICE_TAG_PREFIX + serviceKey(id);

/** Line checks change with nothing we write, so they need no tag. */
function tagOf(rule: ReadRule, args: unknown[]): string | undefined {
  if (rule.scope === 'service') return serviceTag(args[0] as ServiceId);
  if (rule.scope === 'reseller') return RESELLER_TAG;
  return undefined;
}
