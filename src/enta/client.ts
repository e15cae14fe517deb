import { Transport } from './transport';
import { adslAccount, listConnections } from './operations/account';
import { adslChecker } from './operations/line-check';
import { modifyLineFeatures, updateAdslContact, updateAdslPrice } from './operations/line-features';
import { ceaseAdslOrder, createAdslOrder } from './operations/orders';
import { usageHistoryDetailDay, usageHistoryDetailRange } from './operations/usage';

/** Drops the leading transport parameter of an operation function. */
type Bound<F> = F extends (transport: Transport, ...args: infer A) => infer R
  ? (...args: A) => R
  : never;

const OPERATION_FUNCTIONS = {
  adslChecker,
  adslAccount,
  listConnections,
  usageHistoryDetailRange,
  usageHistoryDetailDay,
  modifyLineFeatures,
  updateAdslContact,
  updateAdslPrice,
  createAdslOrder,
  ceaseAdslOrder,
};

type OperationFunctions = typeof OPERATION_FUNCTIONS;

/** Every Enta operation, bound to one transport; method names follow the operation names. */
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
