import { DateTime } from 'luxon';

import { BadUserInputError } from '../errors';

/** Enta's wall clock, and the one in which "today" is decided. */
export const LONDON_ZONE = 'Europe/London';

/**
 * The years a date from a caller may fall in. Enta's records start in the 2000s; anything far
 * outside this window is a typo, and refusing it early keeps day counts small.
 */
export const EARLIEST_YEAR = 1990;
export const LATEST_YEAR = 2100;

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True when the value is a real calendar date written `yyyy-mm-dd`. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_SHAPE.test(value) && calendarDay(value).isValid;
}

/**
 * Checks a caller's date: returns it unchanged when it is a real calendar date written
 * `yyyy-mm-dd` within the sane years; otherwise throws BadUserInputError naming the field.
 */
export function parseIsoDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ISO_DATE_SHAPE.test(value)) {
    throw new BadUserInputError(`${field} must be a date written yyyy-mm-dd`, field);
  }

  if (!calendarDay(value).isValid) {
    throw new BadUserInputError(`${field} is not a real calendar date: ${value}`, field);
  }

  const year = Number(value.slice(0, 4));
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    const window = `${EARLIEST_YEAR} to ${LATEST_YEAR}`;
    throw new BadUserInputError(`${field} must fall in the years ${window}`, field);
  }
  return value;
}

/**
 * Accepts a date as an ISO string or as a `Date` holding a calendar day at midnight UTC (the form
 * GraphQL date scalars produce), and returns the checked ISO date.
 */
export function toIsoDate(value: string | Date, field: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new BadUserInputError(`${field} is not a valid date`, field);
    }
    return parseIsoDate(value.toISOString().slice(0, 10), field);
  }
  return parseIsoDate(value, field);
}

/** The calendar date in London at the given instant, as `yyyy-mm-dd`. */
export function todayInLondon(now: Date): string {
  const today = DateTime.fromJSDate(now, { zone: LONDON_ZONE }).toISODate();
  if (today === null) {
    throw new RangeError('todayInLondon was given an invalid Date');
  }
  return today;
}

/** The ISO date a whole number of days after (or, when negative, before) the given one. */
export function addDays(isoDate: string, days: number): string {
  return toIso(requireDay(isoDate).plus({ days }));
}

/** Orders two ISO dates: negative when a is earlier, zero when equal, positive when later. */
export function compareIsoDates(a: string, b: string): number {
  return Math.sign(requireDay(a).toMillis() - requireDay(b).toMillis());
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(requireDay(to).diff(requireDay(from), 'days').days);
}

/** The day of the week of an ISO date: 1 is Monday, 7 is Sunday. */
export function weekdayOf(isoDate: string): number {
  return requireDay(isoDate).weekday;
}

/** Every date of the month (1-12) in order, as ISO dates. */
export function daysInMonth(year: number, month: number): string[] {
  const first = DateTime.utc(year, month, 1);
  if (!first.isValid || first.daysInMonth === undefined) {
    throw new RangeError(`daysInMonth was given an impossible month: ${year}-${month}`);
  }
  return Array.from({ length: first.daysInMonth }, (_, i) => toIso(first.plus({ days: i })));
}

// Calendar days are handled in UTC so that no clock change can add or lose an hour.
function calendarDay(isoDate: string): DateTime {
  return DateTime.fromISO(isoDate, { zone: 'utc' });
}

// Internal callers pass dates already checked; a bad one here is a programming error.
function requireDay(isoDate: string): DateTime {
  if (!isIsoDate(isoDate)) {
    throw new RangeError(`expected an ISO date, got ${JSON.stringify(isoDate)}`);
  }
  return calendarDay(isoDate);
}

function toIso(day: DateTime): string {
  return day.toFormat('yyyy-MM-dd');
}
