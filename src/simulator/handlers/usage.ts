import { daysBetween, dayTotals, usageRows } from '../data/usage';
import { badDate, badField } from '../errors';
import { Fields, parseDay, parseDayTime, parseWhole, serviceId } from '../fields';
import { addDays, formatUkLong, london, londonDay } from '../time';
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

/**
 * UsageHistory: bytes over a range of UK times (`StartDateTime`/`EndDateTime`) or Unix
 * seconds (`StartTimestamp`/`EndTimestamp`), counting the 10-minute rows wholly inside it.
 */
export function usageHistory({ state, fields, now }: CallContext): Reply {
  const service = requireService(state, serviceId(fields));
  const raw = fields.get('RawDisplay');
  if (raw !== undefined && raw !== '1') throw badField('RawDisplay', 'must be 1');
  const { from, to } = usageRange(fields);
  if (to <= from) throw badDate('EndDateTime', 'is not after StartDateTime');

  const totals = { down: 0, up: 0, peakDown: 0, peakUp: 0 };
  const lastDay = londonDay(to < now ? to : now);
  for (const day of daysBetween(londonDay(from), lastDay)) {
    for (const row of usageRows(state.seed, service, day, now)) {
      if (row.start < from || row.end > to) continue;
      totals.down += row.down;
      totals.up += row.up;
      if (row.peak) {
        totals.peakDown += row.down;
        totals.peakUp += row.up;
      }
    }
  }
  return {
    body: {
      StartDateTime: formatUkLong(from),
      EndDateTime: formatUkLong(to),
      Download: totals.down,
      Upload: totals.up,
      PeakDownload: totals.peakDown,
      PeakUpload: totals.peakUp,
    },
  };
}

function usageRange(fields: Fields): { from: Date; to: Date } {
  const startStamp = fields.get('StartTimestamp');
  const endStamp = fields.get('EndTimestamp');
  if (startStamp !== undefined || endStamp !== undefined) {
    const seconds = (name: string, text: string | undefined) =>
      new Date(parseWhole(name, text ?? '', 0, 4_102_444_800) * 1000);
    return { from: seconds('StartTimestamp', startStamp), to: seconds('EndTimestamp', endStamp) };
  }
  return {
    from: parseDayTime('StartDateTime', fields.require('StartDateTime')),
    to: parseDayTime('EndDateTime', fields.require('EndDateTime')),
  };
}
