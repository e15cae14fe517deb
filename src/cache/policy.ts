import type { Clock } from '../clock';
import { addDays, compareIsoDates, todayInLondon } from '../domain/iso-date';
import type { EntaClient } from '../enta';

/** What a cached reply is about, and so which writes make it stale. */
export type ReadScope =
  /** One service, named by the call's first argument (a ServiceId). */
  | 'service'
  /** Reseller-wide lists and feeds: any write may change them. */
  | 'reseller'
  /** A telephone line or postcode: no write of ours changes what BT says about it. */
  | 'line';

/** A read that may be served from the shared cache. */
export interface ReadRule {
  readonly kind: 'read';
  readonly scope: ReadScope;
  /** How long a reply stays fresh, given the call's arguments and today in London. */
  readonly ttlSeconds: (args: readonly unknown[], today: string) => number;
  /** Arguments as keyed, when their order or duplicates do not change the reply. */
  readonly keyArgs?: (args: readonly unknown[]) => unknown[];
}

/** A call that changes something at Enta: never cached, and it invalidates. */
export interface WriteRule {
  readonly kind: 'write';
  /** 'service' writes name the service in their first argument (a ServiceId). */
  readonly scope: 'service' | 'reseller';
}

/** A call that must reach Enta every time, and changes nothing we cache. */
export interface PassRule {
  readonly kind: 'pass';
}

export type CacheRule = ReadRule | WriteRule | PassRule;

/** Decides, per client method, whether and for how long a reply may be shared. */
export interface CachePolicy {
  ruleFor(method: keyof EntaClient): CacheRule;
  /** "Today" in London, which decides whether a usage range is still growing. */
  today(): string;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

const fixed = (seconds: number) => () => seconds;
const read = (scope: ReadScope, seconds: number): ReadRule =>
  ({ kind: 'read', scope, ttlSeconds: fixed(seconds) });
const serviceWrite: WriteRule = { kind: 'write', scope: 'service' };
const resellerWrite: WriteRule = { kind: 'write', scope: 'reseller' };

/**
 * Usage of days that are over does not change, except that Enta's last records for yesterday
 * can arrive in the small hours; a range that reaches today grows every ten minutes.
 */
export function usageTtlSeconds(lastDay: string, today: string): number {
  if (compareIsoDates(lastDay, addDays(today, -1)) < 0) return 12 * HOUR;
  if (lastDay === addDays(today, -1)) return 15 * MINUTE;
  return MINUTE;
}

const usageBy = (lastDayOf: (args: readonly unknown[]) => string): ReadRule => ({
  kind: 'read',
  scope: 'service',
  ttlSeconds: (args, today) => usageTtlSeconds(lastDayOf(args), today),
});

/**
 * The whole policy in one table. Every client method must appear, so a new operation cannot
 * be cached (or left uncached) by accident.
 *
 * | method | rule | TTL | why |
 * | --- | --- | --- | --- |
 * | adslChecker | line | 6 h | BT's line data changes over days |
 * | adslAccount, getInterleaving, adslTopup, getNotes | service | 60 s | edited by staff |
 * | getAdslInstall, getOpenAdslFaults, connectionHistory | service | 60 s | order and fault work |
 * | lastRadiusLog | service | 30 s | changes at every login |
 * | getMaxReports | service | 5 min | line-rate reports are written a few times a day |
 * | usage* (range, day, totals) | service | 12 h / 15 min / 60 s | past days / yesterday / today |
 * | listConnections, pendingOrders, pstnPendingOrders, getBtFeed | reseller | 30 s | lists, feeds |
 * | checkUsernameAvailable | reseller | 30 s | an order takes the name; orders invalidate |
 * | getRateLimited, getBlocked, getBtFault, getAdslUsage | reseller | 60 s | lists |
 * | getHeavyUsers | reseller | 5 min | computed from monthly usage |
 * | modifyLineFeatures, updateAdslContact, updateAdslPrice, ceaseAdslOrder | write | - | service |
 * | requestMac | write | - | a GET, but it issues a MAC the account then shows |
 * | createAdslOrder, createLluOrder, requestAppointment{Book,Slot} | write | - | reseller-wide |
 * | poll | pass | - | each poll moves the appointment request on |
 */
export const CACHE_RULES: { readonly [M in keyof EntaClient]: CacheRule } = {
  adslChecker: read('line', 6 * HOUR),
  adslAccount: read('service', MINUTE),
  getInterleaving: read('service', MINUTE),
  adslTopup: read('service', MINUTE),
  getNotes: read('service', MINUTE),
  getAdslInstall: read('service', MINUTE),
  getOpenAdslFaults: read('service', MINUTE),
  connectionHistory: read('service', MINUTE),
  lastRadiusLog: read('service', 30),
  getMaxReports: read('service', 5 * MINUTE),
  usageHistoryDetailRange: usageBy((args) => (args[1] as { to: string }).to),
  usageHistoryDetailDay: usageBy((args) => args[1] as string),
  usageHistory: usageBy((args) => (args[1] as { to: string }).to.slice(0, 10)),
  listConnections: {
    ...read('reseller', 30),
    keyArgs: ([args]) => {
      const { status, fields } = args as { status: string; fields: string[] };
      return [{ status, fields: [...new Set(fields)].sort() }];
    },
  },
  pendingOrders: read('reseller', 30),
  pstnPendingOrders: read('reseller', 30),
  getBtFeed: read('reseller', 30),
  checkUsernameAvailable: read('reseller', 30),
  getRateLimited: read('reseller', MINUTE),
  getBlocked: read('reseller', MINUTE),
  getBtFault: read('reseller', MINUTE),
  getAdslUsage: read('reseller', MINUTE),
  getHeavyUsers: read('reseller', 5 * MINUTE),
  modifyLineFeatures: serviceWrite,
  updateAdslContact: serviceWrite,
  updateAdslPrice: serviceWrite,
  ceaseAdslOrder: serviceWrite,
  requestMac: serviceWrite,
  createAdslOrder: resellerWrite,
  createLluOrder: resellerWrite,
  requestAppointmentBook: resellerWrite,
  requestAppointmentSlot: resellerWrite,
  poll: { kind: 'pass' },
};

/** The table above, with "today" read from `clock`. */
export function createCachePolicy(clock: Clock): CachePolicy {
  return {
    ruleFor: (method) => CACHE_RULES[method],
    today: () => todayInLondon(clock.now()),
  };
}
