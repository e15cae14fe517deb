import { OperationName } from './catalogue';

/**
 * The reply elements that are lists, per operation. Enta sends a list of one as a bare element,
 * so these are made arrays however many arrive. Names are matched without regard to case.
 */
const LIST_ELEMENTS: Partial<Record<OperationName, readonly string[]>> = {
  ListConnections: ['ADSLAccount'],
  GetRateLimited: ['ADSLAccount'],
  GetBlocked: ['ADSLAccount'],
  GetADSLUsage: ['ADSLAccount'],
  GetAdslInstall: ['InstallReturn'],
  GetBTFeed: ['Record'],
  PendingOrders: ['Order'],
  PSTNPendingOrders: ['Order'],
  GetBTFault: ['Fault'],
  GetOpenADSLFaults: ['Fault'],
  GetHeavyUsers: ['HeavyUser'],
  ConnectionHistory: ['Connection'],
  GetNotes: ['Note'],
  UsageHistoryDetail: ['Day', 'Usage'],
  GetMaxReports: ['Report', 'Record'],
  Poll: ['Appointment'],
};

/** The lower-cased list element names of an operation's reply. */
export function listElementsOf(operation: OperationName): ReadonlySet<string> {
  return new Set((LIST_ELEMENTS[operation] ?? []).map((name) => name.toLowerCase()));
}
