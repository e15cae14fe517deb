import { BadUserInputError } from '../../errors';
import { checkIsoDate, isoToSlashDateTime, ukDateTimeToIso } from '../dates';
import { intervalEndsToIso } from '../interval-times';
import { EntaNode } from '../reply-tree';
import { Transport } from '../transport';
import { ServiceId, UsageDayRecord, UsageIntervalRecord, UsageTotals } from '../types';
import { parseByteCount } from '../units';
import { child, fromWire, list, required, requireChild, toWire } from './reading';
import { serviceIdFields } from './service-id';
import { isoDateArg, slashDateArg } from './values';

export interface DayRange {
  /** First day, ISO. */
  from: string;
  /** Last day, ISO, included. */
  to: string;
}

/** UsageHistoryDetail over a range of days: one record per day, in bytes. */
export async function usageHistoryDetailRange(
  transport: Transport,
  id: ServiceId,
  range: DayRange,
): Promise<UsageDayRecord[]> {
  const from = isoDateArg(range.from, 'from');
  const to = isoDateArg(range.to, 'to');
  if (from > to) throw new BadUserInputError('from must not be after to', 'from');

  const reply = await transport.get('UsageHistoryDetail', {
    ...serviceIdFields(id),
    startday: slashDateArg(from, 'from'),
    endday: slashDateArg(to, 'to'),
  });

  return list(reply.body, 'Day').map(dayRecordFrom);
}

function dayRecordFrom(node: EntaNode): UsageDayRecord {
  const total = requireChild(node, 'Total');
  const peak = requireChild(node, 'Peak');

  return {
    date: required(node, 'Date', checkIsoDate),
    totalDown: required(total, 'Down', parseByteCount),
    totalUp: required(total, 'Up', parseByteCount),
    peakDown: required(peak, 'Down', parseByteCount),
    peakUp: required(peak, 'Up', parseByteCount),
  };
}

/**
 * UsageHistoryDetail for one day: one record per 10-minute interval, stamped with the end of
 * the interval as an ISO date-time with the offset then in force.
 */
export async function usageHistoryDetailDay(
  transport: Transport,
  id: ServiceId,
  day: string,
): Promise<UsageIntervalRecord[]> {
  const isoDay = isoDateArg(day, 'day');
  const reply = await transport.get('UsageHistoryDetail', {
    ...serviceIdFields(id),
    day: slashDateArg(isoDay, 'day'),
  });

  const rows = list(child(reply.body, 'Detail'), 'Usage');
  const times = rows.map((row) => required(row, 'Time', (value) => value));
  const endsAt = fromWire(isoDay, (value) => intervalEndsToIso(value, times), 'Time');

  return rows.map((row, index) => ({
    endsAt: endsAt[index],
    down: required(row, 'Down', parseByteCount),
    up: required(row, 'Up', parseByteCount),
  }));
}

/**
 * UsageHistory: totals between two instants (ISO date-times; without an offset they are UK
 * local time). `RawDisplay=1` asks Enta for bytes rather than rounded units.
 */
export async function usageHistory(
  transport: Transport,
  id: ServiceId,
  range: { from: string; to: string },
): Promise<UsageTotals> {
  const reply = await transport.get('UsageHistory', {
    ...serviceIdFields(id),
    StartDateTime: toWire(range.from, isoToSlashDateTime, 'from'),
    EndDateTime: toWire(range.to, isoToSlashDateTime, 'to'),
    RawDisplay: '1',
  });
  const body = reply.body;

  return {
    startsAt: required(body, 'StartDateTime', ukDateTimeToIso),
    endsAt: required(body, 'EndDateTime', ukDateTimeToIso),
    download: required(body, 'Download', parseByteCount),
    upload: required(body, 'Upload', parseByteCount),
    peakDownload: required(body, 'PeakDownload', parseByteCount),
    peakUpload: required(body, 'PeakUpload', parseByteCount),
  };
}
