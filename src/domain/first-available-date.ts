import Holidays from 'date-holidays';

import { BadUserInputError } from '../errors';
import {
  addDays,
  compareIsoDates,
  isIsoDate,
  todayInLondon,
  toIsoDate,
  weekdayOf,
} from './iso-date';

/** Calendar days between today and the earliest customer-required date, before skipping. */
export const LEAD_DAYS = 7;

// England and Wales share one list; Scotland and Northern Ireland have other bank holidays.
const englandAndWales = new Holidays('GB', 'ENG');

// The holiday list of a year never changes, so each year is worked out once.
const publicHolidaysByYear = new Map<number, ReadonlySet<string>>();

/**
 * True when the ISO date is an England and Wales public bank holiday, substitute days (when a
 * holiday falls at a weekend) included. Observances such as Mother's Day do not count.
 */
export function isBankHoliday(isoDate: string): boolean {
  if (!isIsoDate(isoDate)) {
    throw new RangeError(`isBankHoliday expected an ISO date, got ${JSON.stringify(isoDate)}`);
  }
  return publicHolidaysOf(Number(isoDate.slice(0, 4))).has(isoDate);
}

/** True when the ISO date is a Monday to Friday that is not a bank holiday. */
export function isWorkingDay(isoDate: string): boolean {
  return weekdayOf(isoDate) <= 5 && !isBankHoliday(isoDate);
}

/**
 * The earliest customer-required date (first CRD) at the instant `now`: today in London plus
 * seven days, then forward to the first working day.
 */
export function firstAvailableDate(now: Date): string {
  let candidate = addDays(todayInLondon(now), LEAD_DAYS);
  while (!isWorkingDay(candidate)) {
    candidate = addDays(candidate, 1);
  }
  return candidate;
}

/**
 * Checks a requested date (order, cease, appointment search), given as an ISO string or a
 * date scalar's `Date`, against the first CRD. Returns the ISO date when allowed; otherwise
 * throws BadUserInputError naming the field and the first date that would be accepted.
 * Non-working days after the first CRD are left for Enta to judge.
 */
export function assertNotBeforeFirstAvailable(
  date: string | Date,
  now: Date,
  field: string,
): string {
  const requested = toIsoDate(date, field);
  const first = firstAvailableDate(now);

  if (compareIsoDates(requested, first) < 0) {
    throw new BadUserInputError(
      `${field} must not be before ${first}, the first available date (asked for ${requested})`,
      field,
    );
  }
  return requested;
}

/**
 * A date an order, cease or engineer visit may be asked for: not before the first available
 * date, and a working day (BT does not provision at weekends or on bank holidays).
 */
export function assertOrderableDate(date: string | Date, now: Date, field: string): string {
  const requested = assertNotBeforeFirstAvailable(date, now, field);

  if (!isWorkingDay(requested)) {
    throw new BadUserInputError(
      `${field} must be a working day; ${requested} is a weekend or an England and Wales ` +
        'bank holiday',
      field,
    );
  }
  return requested;
}

function publicHolidaysOf(year: number): ReadonlySet<string> {
  let holidays = publicHolidaysByYear.get(year);
  if (holidays === undefined) {
    // `date` is local to the region, "yyyy-mm-dd hh:mm:ss"; its day part is the holiday.
    const days = englandAndWales
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10));
    holidays = new Set(days);
    publicHolidaysByYear.set(year, holidays);
  }
  return holidays;
}
