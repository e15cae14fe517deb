import { daysBetween, dayTotals, usageRows } from '../data/usage';
import { badDate, badField } from '../errors';
import { parseDay, serviceId } from '../fields';
import { addDays, london } from '../time';
import { CallContext, Reply, requireService } from './context';

/**
 * UsageHistoryDetail: `day` gives that day's 10-minute rows; `startday`+`endday` give one
 * `Day` per day with usage. Days outside the service's life (or the last 13 months) are left
 * out rather than sent as zeros.
 */
export function usageHistoryDetail({ state, fields, now, today }: CallContext): Reply {
  const service = requireService(state, serviceId(fields));
  const day = fields.get('day');
  const startText = fields.get('startday');
  const endText = fields.get('endday');

  if (day !== undefined) {
    if (startText !== undefined || endText !== undefined) {
      throw badField('day', 'cannot be combined with startday and endday');
    }
    const rows = usageRows(state.seed, service, parseDay('day', day), now);
    const usage = rows.map((row) => ({ Time: row.time, Down: row.down, Up: row.up }));
    return { body: { Detail: { Usage: usage } } };
  }

  const first = parseDay('startday', fields.require('startday'));
  const last = parseDay('endday', fields.require('endday'));
  if (last < first) throw badDate('endday', 'is before startday');

  const oldest = addDays(london(now).minus({ months: 13 }).toISODate() as string, -1);
  const days = daysBetween(first < oldest ? oldest : first, last > today ? today : last)
    .map((date) => dayTotals(state.seed, service, date, now))
    .filter((totals) => totals !== undefined)
    .map((totals) => ({
      Date: totals.date,
      Total: { Up: totals.up, Down: totals.down },
      Peak: { Up: totals.peakUp, Down: totals.peakDown },
    }));
  return { body: { Day: days } };
}
