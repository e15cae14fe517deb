import type { OperationName } from '../../enta/catalogue';
import { adslAccount, adslChecker, listConnections } from './account';
import { ceaseAdslOrder, modifyLineFeatures } from './changes';
import type { Handler } from './context';
import { createAdslOrder } from './orders';
import { usageHistoryDetail } from './usage';

/** Every operation the simulator answers, by catalogue name. */
export const HANDLERS: Partial<Record<OperationName, Handler>> = {
  ADSLChecker: adslChecker,
  AdslAccount: adslAccount,
  ListConnections: listConnections,
  UsageHistoryDetail: usageHistoryDetail,
  ModifyLineFeatures: modifyLineFeatures,
  CreateADSLOrder: createAdslOrder,
  CeaseADSLOrder: ceaseAdslOrder,
};
