import type { BtFeedRecord, PendingOrder } from '../src/enta';
import { provisioningEvents, type OrderEvent } from '../src/domain';

/**
 * What an `Order` field resolver starts from: its ref and whatever the place it came from
 * already told (a pending-order row knows its status; a fresh order does not).
 * Undefined means "not known here, ask"; null means "known to be empty".
 */
export interface OrderSource {
  ref: string;
  cli: string | null;
  orderType?: string | null;
  status?: string | null;
  commitDate?: string | null;
  /** A telephone line order: it has no broadband service and no install history. */
  pstn?: boolean;
}

export function fromPendingOrder(order: PendingOrder, pstn: boolean): OrderSource | null {
  if (!order.ourRef) return null;
  return {
    ref: order.ourRef,
    cli: order.cli,
    orderType: order.orderType,
    status: order.status,
    commitDate: order.commitDate,
    pstn,
  };
}

/**
 * A BT feed record as an order event, worded as the provisioning history words it, so that
 * the two lists read alike. Null for a record with no time, which cannot be placed in order.
 */
export function feedEvent(record: BtFeedRecord, orderRef: string): OrderEvent | null {
  if (!record.at) return null;
  const [event] = provisioningEvents([{
    dateReceived: record.at,
    orderType: record.orderType ?? '',
    lineItemSubstatus: record.substatus ?? '',
    commitDate: record.commitDate,
  }], orderRef);
  return event;
}

/** Feed records oldest first; Enta's order is kept for equal times and records without one. */
export function byTime<T extends { at: string | null }>(records: readonly T[]): T[] {
  const millis = (record: T) => (record.at ? Date.parse(record.at) : Number.POSITIVE_INFINITY);
  return [...records].sort((a, b) => millis(a) - millis(b));
}
