import { DateTime } from 'luxon';

/** One GetAdslInstall InstallReturn, as the Enta client reads it. */
export interface InstallReturn {
  /** ISO 8601 date-time with offset (Enta sends Unix seconds). */
  dateReceived: string;
  orderType: string;
  lineItemSubstatus: string;
  /** ISO date, present once the order is committed. */
  commitDate: string | null;
}

/** One step in an order's life, as the GraphQL `OrderEvent` shows it. */
export interface OrderEvent {
  orderRef: string;
  /** ISO 8601 date-time */
  at: string;
  name: string;
  value: string;
}

const COMMITTED = 'COMMITTED';

/**
 * The provisioning history of a service (getadslinstall): one event per InstallReturn, oldest
 * first. Enta's text "OrderType LineItemSubstatus" is split so that a client can group by kind
 * of order: `name` is the OrderType (`Provide`), `value` the substatus (`ACKNOWLEDGED`), and for
 * a COMMITTED substatus with a commit date, `COMMITTED (commit date 2026-03-30)`. Events at the
 * same instant keep Enta's order. A dateReceived that is not ISO 8601 throws a RangeError: the
 * client converts it, so a bad one is a fault there.
 */
export function provisioningEvents(
  returns: readonly InstallReturn[],
  orderRef: string,
): OrderEvent[] {
  const timed = returns.map((entry) => ({
    millis: instantOf(entry.dateReceived),
    event: {
      orderRef,
      at: entry.dateReceived,
      name: entry.orderType.trim(),
      value: statusText(entry),
    },
  }));

  // Array.prototype.sort is stable, so equal instants stay in the order Enta listed them.
  timed.sort((a, b) => a.millis - b.millis);
  return timed.map(({ event }) => event);
}

function statusText(entry: InstallReturn): string {
  const substatus = entry.lineItemSubstatus.trim();
  const commitDate = entry.commitDate?.trim() ?? '';

  if (substatus.toUpperCase() === COMMITTED && commitDate !== '') {
    return `${substatus} (commit date ${commitDate})`;
  }
  return substatus;
}

function instantOf(isoDateTime: string): number {
  const instant = DateTime.fromISO(isoDateTime, { setZone: true });
  if (!instant.isValid) {
    throw new RangeError(`install return dateReceived is not ISO 8601: ${isoDateTime}`);
  }
  return instant.toMillis();
}
