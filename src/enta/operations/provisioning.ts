import { BadUserInputError } from '../../errors';
import { dashDateToIso, rfc2822ToIso, unixSecondsToIso } from '../dates';
import { OperationName } from '../catalogue';
import { EntaNode } from '../reply-tree';
import { Transport } from '../transport';
import { BtFeedRecord, InstallEvent, ServiceId } from '../types';
import { PendingOrder, PendingOrders } from '../types-orders';
import { parseInteger } from '../units';
import { child, list, optional, required, requireText, text } from './reading';
import { refOrUsernameFields } from './service-lookup';

/** GetAdslInstall: the provisioning events of a service's order, as BT reported them. */
export async function getAdslInstall(
  transport: Transport,
  id: ServiceId,
): Promise<InstallEvent[]> {
  const reply = await transport.get('GetAdslInstall', await refOrUsernameFields(transport, id));

  return list(child(reply.body, 'InstallReturns'), 'InstallReturn').map((node) => ({
    receivedAt: required(node, 'DateReceived', unixSecondsToIso),
    orderType: requireText(node, 'OrderType'),
    substatus: requireText(node, 'LineItemSubstatus'),
    commitDate: optional(node, 'CommitDate', dashDateToIso),
  }));
}

/** GetBTFeed: BT's order updates over the last `days` days, across all services. */
export async function getBtFeed(
  transport: Transport,
  args: { days: number },
): Promise<BtFeedRecord[]> {
  if (!Number.isInteger(args.days) || args.days < 1) {
    throw new BadUserInputError('days must be a whole number of at least 1', 'days');
  }

  const reply = await transport.get('GetBTFeed', { Days: String(args.days) });
  return list(child(reply.body, 'Records'), 'Record').map((node) => ({
    cli: text(node, 'Telephone'),
    customerRef: text(node, 'CustomerRef'),
    orderType: text(node, 'OrderType'),
    substatus: text(node, 'SubStatus'),
    commitDate: optional(node, 'CommitDate', dashDateToIso),
    at: optional(node, 'Timestamp', rfc2822ToIso),
  }));
}

/** PendingOrders: broadband orders not yet complete. */
export function pendingOrders(transport: Transport): Promise<PendingOrders> {
  return readPendingOrders(transport, 'PendingOrders');
}

/** PSTNPendingOrders: telephone line orders not yet complete. */
export function pstnPendingOrders(transport: Transport): Promise<PendingOrders> {
  return readPendingOrders(transport, 'PSTNPendingOrders');
}

async function readPendingOrders(
  transport: Transport,
  operation: OperationName,
): Promise<PendingOrders> {
  const reply = await transport.get(operation, {});
  const group = child(reply.body, 'Orders');
  const orders = list(group, 'Order').map(pendingOrderFrom);

  return {
    numberOfOrders: optional(group, 'NumberOfOrders', parseInteger) ?? orders.length,
    orders,
  };
}

function pendingOrderFrom(node: EntaNode): PendingOrder {
  return {
    ourRef: text(node, 'OurRef'),
    cli: text(node, 'Telephone'),
    username: text(node, 'Username'),
    product: text(node, 'Product'),
    orderType: text(node, 'OrderType'),
    status: text(node, 'Status'),
    customerRef: text(node, 'CustomerRef'),
    provisionDate: optional(node, 'ProvisionDate', rfc2822ToIso),
    commitDate: optional(node, 'CommitDate', dashDateToIso),
  };
}
