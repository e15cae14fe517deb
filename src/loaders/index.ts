import type DataLoader from 'dataloader';
import type {
  Account,
  Allowance,
  BlockedService,
  BtFeedRecord,
  ConnectionField,
  ConnectionSession,
  ConnectionSummary,
  EntaClient,
  Fault,
  FaultList,
  FaultPeriod,
  HeavyUser,
  InstallEvent,
  LineCheck,
  MaxReport,
  Note,
  PendingOrders,
  RadiusLogEntry,
  RateLimitedService,
  ServiceId,
  UsageDayRecord,
  UsageIntervalRecord,
  UsageTotals,
} from '../enta';
import { callLoader } from './call-loader';
import { serviceKey } from './service-key';

export { serviceKey } from './service-key';

export interface LineCheckArgs {
  cli?: string;
  postcode?: string;
  mac?: string;
}

export interface ServiceRangeArgs {
  id: ServiceId;
  from: string;
  to: string;
}

export interface ServiceDayArgs {
  id: ServiceId;
  day: string;
}

export interface ConnectionListArgs {
  status: 'live' | 'ceased';
  fields: ConnectionField[];
}

export interface SessionArgs {
  /** ConnectionHistory takes only a username: callers pass the one they already know. */
  username: string;
  days: number;
}

/**
 * One request's loaders: created fresh for every GraphQL request, never shared. Each one is
 * keyed by the canonical service key plus its arguments, so a request never makes the same
 * call with the same arguments twice.
 */
export interface Loaders {
  account: DataLoader<ServiceId, Account, string>;
  lineCheck: DataLoader<LineCheckArgs, LineCheck, string>;
  connections: DataLoader<ConnectionListArgs, ConnectionSummary[], string>;
  usageRange: DataLoader<ServiceRangeArgs, UsageDayRecord[], string>;
  usageDay: DataLoader<ServiceDayArgs, UsageIntervalRecord[], string>;
  usageTotals: DataLoader<ServiceRangeArgs, UsageTotals, string>;
  allowance: DataLoader<ServiceId, Allowance, string>;
  sessions: DataLoader<SessionArgs, ConnectionSession[], string>;
  lastAuthentication: DataLoader<ServiceId, RadiusLogEntry | null, string>;
  maxReports: DataLoader<ServiceId, MaxReport[], string>;
  notes: DataLoader<ServiceId, Note[], string>;
  install: DataLoader<ServiceId, InstallEvent[], string>;
  openFaults: DataLoader<ServiceId, Fault[], string>;
  interleaving: DataLoader<ServiceId, string, string>;
  pendingOrders: DataLoader<'adsl' | 'pstn', PendingOrders, string>;
  btFeed: DataLoader<number, BtFeedRecord[], string>;
  rateLimited: DataLoader<'Ref', RateLimitedService[], string>;
  blocked: DataLoader<'Ref', BlockedService[], string>;
  btFaults: DataLoader<FaultPeriod, FaultList, string>;
  heavyUsers: DataLoader<'all', HeavyUser[], string>;
  usernameAvailable: DataLoader<string, boolean, string>;
}

export function createLoaders(enta: EntaClient): Loaders {
  const account = callLoader(async (id: ServiceId) => {
    const found = await enta.adslAccount(id);
    primeOtherNames(account, found);
    return found;
  }, serviceKey);
  const byRange = (args: ServiceRangeArgs) => `${serviceKey(args.id)}|${args.from}|${args.to}`;
  const asIs = (key: string | number) => String(key);

  return {
    account,
    lineCheck: callLoader((args: LineCheckArgs) => enta.adslChecker(args), lineCheckKey),
    connections: callLoader(
      (args: ConnectionListArgs) => enta.listConnections(args),
      (args) => `${args.status}|${[...args.fields].sort().join(',')}`,
    ),
    usageRange: callLoader(
      (args: ServiceRangeArgs) => enta.usageHistoryDetailRange(args.id, args),
      byRange,
    ),
    usageDay: callLoader(
      (args: ServiceDayArgs) => enta.usageHistoryDetailDay(args.id, args.day),
      (args) => `${serviceKey(args.id)}|${args.day}`,
    ),
    usageTotals: callLoader((args: ServiceRangeArgs) => enta.usageHistory(args.id, args), byRange),
    allowance: callLoader((id: ServiceId) => enta.adslTopup(id), serviceKey),
    sessions: callLoader(
      (args: SessionArgs) => enta.connectionHistory({ username: args.username }, args),
      (args) => `${serviceKey({ username: args.username })}|${args.days}`,
    ),
    lastAuthentication: callLoader((id: ServiceId) => enta.lastRadiusLog(id), serviceKey),
    maxReports: callLoader((id: ServiceId) => enta.getMaxReports(id), serviceKey),
    notes: callLoader((id: ServiceId) => enta.getNotes(id), serviceKey),
    install: callLoader((id: ServiceId) => enta.getAdslInstall(id), serviceKey),
    openFaults: callLoader((id: ServiceId) => enta.getOpenAdslFaults(id), serviceKey),
    interleaving: callLoader((id: ServiceId) => enta.getInterleaving(id), serviceKey),
    pendingOrders: callLoader(
      (kind: 'adsl' | 'pstn') =>
        kind === 'adsl' ? enta.pendingOrders() : enta.pstnPendingOrders(),
      asIs,
    ),
    btFeed: callLoader((days: number) => enta.getBtFeed({ days }), asIs),
    rateLimited: callLoader((type: 'Ref') => enta.getRateLimited(type), asIs),
    blocked: callLoader((type: 'Ref') => enta.getBlocked(type), asIs),
    btFaults: callLoader((period: FaultPeriod) => enta.getBtFault(period), faultPeriodKey),
    heavyUsers: callLoader(() => enta.getHeavyUsers(), asIs),
    usernameAvailable: callLoader(
      (username: string) => enta.checkUsernameAvailable(username),
      (username) => username.toLowerCase(),
    ),
  };
}

/**
 * After a write, every answer read earlier in the request may be stale: the account, the
 * per-service reads and the reseller-wide lists alike.
 */
export function clearAfterWrite(loaders: Loaders): void {
  for (const loader of Object.values(loaders) as Array<{ clearAll(): unknown }>) {
    if (loader !== loaders.lineCheck) loader.clearAll();
  }
}

/** Once an account is known, asking for it by any of its other names costs nothing. */
function primeOtherNames(loader: Loaders['account'], found: Account): void {
  loader.prime({ ref: found.ref }, found);
  loader.prime({ username: found.username }, found);
  if (found.cli) loader.prime({ cli: found.cli }, found);
}

function lineCheckKey(args: LineCheckArgs): string {
  return [args.cli ?? '', args.postcode ?? '', args.mac ?? ''].join('|');
}

function faultPeriodKey(period: FaultPeriod): string {
  return 'day' in period ? period.day : `${period.from}|${period.to}`;
}
