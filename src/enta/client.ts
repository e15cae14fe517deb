import { Transport } from './transport';
import { adslAccount, listConnections } from './operations/account';
import { poll, requestAppointmentBook, requestAppointmentSlot } from './operations/appointments';
import { getBtFault, getOpenAdslFaults } from './operations/faults';
import { adslChecker } from './operations/line-check';
import { modifyLineFeatures, updateAdslContact, updateAdslPrice } from './operations/line-features';
import { ceaseAdslOrder, createAdslOrder, createLluOrder } from './operations/orders';
import {
  getAdslInstall,
  getBtFeed,
  pendingOrders,
  pstnPendingOrders,
} from './operations/provisioning';
import {
  getAdslUsage,
  getBlocked,
  getHeavyUsers,
  getRateLimited,
} from './operations/service-lists';
import {
  adslTopup,
  checkUsernameAvailable,
  getInterleaving,
  getNotes,
  requestMac,
} from './operations/service-state';
import { connectionHistory, getMaxReports, lastRadiusLog } from './operations/sessions';
import {
  usageHistory,
  usageHistoryDetailDay,
  usageHistoryDetailRange,
} from './operations/usage';

/** Drops the leading transport parameter of an operation function. */
type Bound<F> = F extends (transport: Transport, ...args: infer A) => infer R
  ? (...args: A) => R
  : never;

/** Every operation function, by the client method name (the operation's name in camelCase). */
const OPERATION_FUNCTIONS = {
  adslChecker,
  adslAccount,
  listConnections,
  checkUsernameAvailable,
  getInterleaving,
  getAdslInstall,
  getBtFeed,
  pendingOrders,
  pstnPendingOrders,
  getRateLimited,
  getBlocked,
  getBtFault,
  getHeavyUsers,
  lastRadiusLog,
  connectionHistory,
  getNotes,
  requestMac,
  adslTopup,
  usageHistory,
  usageHistoryDetailRange,
  usageHistoryDetailDay,
  getMaxReports,
  getOpenAdslFaults,
  getAdslUsage,
  ceaseAdslOrder,
  modifyLineFeatures,
  updateAdslContact,
  updateAdslPrice,
  createAdslOrder,
  createLluOrder,
  requestAppointmentBook,
  requestAppointmentSlot,
  poll,
};

type OperationFunctions = typeof OPERATION_FUNCTIONS;

/** Every Enta operation, bound to one transport. */
export type EntaClient = { readonly [K in keyof OperationFunctions]: Bound<OperationFunctions[K]> };

/** Binds every operation to `transport`. */
export function createEntaClient(transport: Transport): EntaClient {
  const client: Record<string, unknown> = {};
  for (const [name, operation] of Object.entries(OPERATION_FUNCTIONS)) {
    client[name] = (...args: unknown[]) =>
      (operation as (t: Transport, ...rest: unknown[]) => unknown)(transport, ...args);
  }
  return client as EntaClient;
}
