import type DataLoader from 'dataloader';
import type {
  Account,
  ConnectionField,
  ConnectionSummary,
  EntaClient,
  LineCheck,
  ServiceId,
  UsageDayRecord,
  UsageIntervalRecord,
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

/** One request's loaders: created fresh for every GraphQL request, never shared. */
export interface Loaders {
  account: DataLoader<ServiceId, Account, string>;
  lineCheck: DataLoader<LineCheckArgs, LineCheck, string>;
  connections: DataLoader<ConnectionListArgs, ConnectionSummary[], string>;
  usageRange: DataLoader<ServiceRangeArgs, UsageDayRecord[], string>;
  usageDay: DataLoader<ServiceDayArgs, UsageIntervalRecord[], string>;
}

export function createLoaders(enta: EntaClient): Loaders {
  const account = callLoader(async (id: ServiceId) => {
    const found = await enta.adslAccount(id);
    primeOtherNames(account, found);
    return found;
  }, serviceKey);

  return {
    account,
    lineCheck: callLoader((args: LineCheckArgs) => enta.adslChecker(args), lineCheckKey),
    connections: callLoader(
      (args: ConnectionListArgs) => enta.listConnections(args),
      (args) => `${args.status}|${[...args.fields].sort().join(',')}`,
    ),
    usageRange: callLoader(
      (args: ServiceRangeArgs) => enta.usageHistoryDetailRange(args.id, args),
      (args) => `${serviceKey(args.id)}|${args.from}|${args.to}`,
    ),
    usageDay: callLoader(
      (args: ServiceDayArgs) => enta.usageHistoryDetailDay(args.id, args.day),
      (args) => `${serviceKey(args.id)}|${args.day}`,
    ),
  };
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
