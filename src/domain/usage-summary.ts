import { BadUserInputError } from '../errors';
import { daysInMonth, EARLIEST_YEAR, LATEST_YEAR } from './iso-date';

/** One day of UsageHistoryDetail, volumes in bytes. */
export interface UsageDayRecord {
  /** ISO date */
  date: string;
  totalDown: number;
  totalUp: number;
  peakDown: number;
  peakUp: number;
}

/** Volumes summed over a run of days, in bytes, and how many day records went in. */
export interface UsageSummary {
  totalDown: number;
  totalUp: number;
  peakDown: number;
  peakUp: number;
  days: number;
}

const VOLUMES = ['totalDown', 'totalUp', 'peakDown', 'peakUp'] as const;

/**
 * Sums the daily volumes (usage_summary). Each volume must be a non-negative whole number of
 * bytes and every sum must stay a safe integer, so totals are exact; a RangeError reports
 * anything else, since such figures can only come from a fault upstream or in the client.
 */
export function summariseUsage(days: readonly UsageDayRecord[]): UsageSummary {
  const sums = { totalDown: 0, totalUp: 0, peakDown: 0, peakUp: 0 };

  for (const day of days) {
    for (const volume of VOLUMES) {
      const bytes = day[volume];
      if (!Number.isSafeInteger(bytes) || bytes < 0) {
        throw new RangeError(`usage ${volume} on ${day.date} is not a whole number of bytes`);
      }

      const sum = sums[volume] + bytes;
      if (!Number.isSafeInteger(sum)) {
        throw new RangeError(`usage ${volume} summed to ${day.date} exceeds a safe integer`);
      }
      sums[volume] = sum;
    }
  }
  return { ...sums, days: days.length };
}

/**
 * The first and last ISO dates of a month (1-12), both inclusive. Throws BadUserInputError
 * naming `year` or `month` when either is not a whole number in range.
 */
export function monthRange(year: number, month: number): { from: string; to: string } {
  if (!Number.isInteger(year) || year < EARLIEST_YEAR || year > LATEST_YEAR) {
    const window = `${EARLIEST_YEAR} to ${LATEST_YEAR}`;
    throw new BadUserInputError(`year must be a whole number from ${window}`, 'year');
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new BadUserInputError('month must be a whole number from 1 to 12', 'month');
  }

  const days = daysInMonth(year, month);
  return { from: days[0], to: days[days.length - 1] };
}
