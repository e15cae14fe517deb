import type { OperationName } from '../../enta/catalogue';
import { adslAccount, adslChecker, listConnections } from './account';
import { poll, requestAppointmentBook, requestAppointmentSlot } from './appointments';
import { ceaseAdslOrder, modifyLineFeatures } from './changes';
import type { Handler } from './context';
import { getAdslInstall, getBtFeed, pendingOrders, pstnPendingOrders } from './feeds';
import { createLluOrder } from './llu';
import { adslTopup, checkUsernameAvailable, getInterleaving, requestMac } from './lookups';
import { createAdslOrder } from './orders';
import { connectionHistory, lastRadiusLog } from './sessions';
import {
  getBlocked, getBtFault, getHeavyUsers, getMaxReports, getNotes, getOpenAdslFaults,
  getRateLimited,
} from './support';
import { updateAdslContact, updateAdslPrice } from './updates';
import { usageHistory, usageHistoryDetail } from './usage';

/**
 * Every operation the simulator answers, by catalogue name. GetADSLUsage is in the catalogue
 * but not in WIRE.md, so it has no agreed reply shape and is refused with a 101.
 */
export const HANDLERS: Partial<Record<OperationName, Handler>> = {
  ADSLChecker: adslChecker,
  AdslAccount: adslAccount,
  ListConnections: listConnections,
  CheckUsernameAvailable: checkUsernameAvailable,
  GetInterleaving: getInterleaving,
  GetAdslInstall: getAdslInstall,
  GetBTFeed: getBtFeed,
  PendingOrders: pendingOrders,
  PSTNPendingOrders: pstnPendingOrders,
  GetRateLimited: getRateLimited,
  GetBlocked: getBlocked,
  GetBTFault: getBtFault,
  GetHeavyUsers: getHeavyUsers,
  LastRadiusLog: lastRadiusLog,
  ConnectionHistory: connectionHistory,
  GetNotes: getNotes,
  RequestMAC: requestMac,
  ADSLTopup: adslTopup,
  UsageHistory: usageHistory,
  UsageHistoryDetail: usageHistoryDetail,
  GetMaxReports: getMaxReports,
  GetOpenADSLFaults: getOpenAdslFaults,
  CeaseADSLOrder: ceaseAdslOrder,
  ModifyLineFeatures: modifyLineFeatures,
  UpdateADSLContact: updateAdslContact,
  UpdateADSLPrice: updateAdslPrice,
  CreateADSLOrder: createAdslOrder,
  CreateLLUOrder: createLluOrder,
  RequestAppointmentBook: requestAppointmentBook,
  RequestAppointmentSlot: requestAppointmentSlot,
  Poll: poll,
};
