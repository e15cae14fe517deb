import { parseWhole, refOrUsername } from '../fields';
import type { SimOrder } from '../model';
import { formatCommitDate, formatRfc2822, formatUnixSeconds } from '../time';
import { CallContext, Reply, requireService } from './context';

const DAY_MS = 24 * 60 * 60 * 1000;
const commitText = (date: Date | undefined) => (date ? formatCommitDate(date) : '');

/** GetAdslInstall: the service's provisioning events, oldest first. */
export function getAdslInstall({ state, fields }: CallContext): Reply {
  const service = requireService(state, refOrUsername(fields));
  const returns = state.installReturns
    .filter((entry) => entry.ref === service.ref)
    .sort((a, b) => a.dateReceived.getTime() - b.dateReceived.getTime())
    .map((entry) => ({
      DateReceived: formatUnixSeconds(entry.dateReceived),
      OrderType: entry.orderType,
      LineItemSubstatus: entry.substatus,
      CommitDate: commitText(entry.commitDate),
    }));
  return { body: { InstallReturns: { InstallReturn: returns } } };
}

/** GetBTFeed: every order stage change in the last `Days` days, oldest first. */
export function getBtFeed({ state, fields, now }: CallContext): Reply {
  const days = parseWhole('Days', fields.require('Days'), 1, 365);
  const since = now.getTime() - days * DAY_MS;
  const records = state.feed
    .filter((record) => record.timestamp.getTime() >= since)
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime())
    .map((record) => ({
      Telephone: record.telephone,
      CustomerRef: record.customerRef,
      OrderType: record.orderType,
      SubStatus: record.subStatus,
      CommitDate: commitText(record.commitDate),
      Timestamp: formatRfc2822(record.timestamp),
    }));
  return { body: { Records: { Record: records } } };
}

/** PendingOrders: broadband orders not yet completed. */
export function pendingOrders({ state }: CallContext): Reply {
  return ordersReply(state.orders.filter((order) => order.kind !== 'pstn'));
}

/** PSTNPendingOrders: telephone line orders not yet completed. */
export function pstnPendingOrders({ state }: CallContext): Reply {
  return ordersReply(state.orders.filter((order) => order.kind === 'pstn'));
}

function ordersReply(orders: SimOrder[]): Reply {
  const open = orders
    .filter((order) => order.status === 'ACKNOWLEDGED' || order.status === 'COMMITTED')
    .sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime())
    .map((order) => ({
      OurRef: order.ourRef,
      Telephone: order.telephone,
      Username: order.username,
      Product: order.product,
      OrderType: order.orderType,
      Status: order.status,
      CustomerRef: order.customerRef,
      ProvisionDate: formatRfc2822(order.provisionDate),
      CommitDate: order.commitDate && formatCommitDate(order.commitDate),
    }));
  return { body: { Orders: { NumberOfOrders: open.length, Order: open } } };
}
