import { DateTime } from 'luxon';

import { WireFormatError } from './errors';

/**
 * Conversions between Enta's wire date formats (WIRE.md, "Formats") and ISO 8601. Wall-clock
 * times are UK local time; every ISO date-time we produce carries the London offset in force.
 * Impossible dates (31/02) throw WireFormatError instead of rolling over to the next month.
 */
export const LONDON = 'Europe/London';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** `Mon, 22 Feb 2010 10:00:00 +0000` → `2010-02-22T10:00:00+00:00`. */
export function rfc2822ToIso(value: string): string {
  const parsed = DateTime.fromRFC2822(value.trim(), { setZone: true });
  if (!parsed.isValid) throw new WireFormatError('RFC 2822 date-time', value);
  return toIso(parsed);
}

/** `22 Feb 2010 10:00:00` (UK local) → `2010-02-22T10:00:00+00:00`. */
export function ukDateTimeToIso(value: string): string {
  const match = /^(\d{1,2}) ([A-Za-z]{3,4}) (\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) throw new WireFormatError('dd Mon yyyy HH:MM:SS date-time', value);

  const [, day, monthName, year, hour, minute, second] = match;
  const month = monthNumber(monthName, value);
  return toIso(londonTime({ ...numbers({ year, day, hour, minute, second }), month }, value));
}

/** `22/02/2010 10:00:00` (UK local) → `2010-02-22T10:00:00+00:00`. */
export function slashDateTimeToIso(value: string): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) throw new WireFormatError('dd/mm/yyyy HH:MM:SS date-time', value);

  const [, day, month, year, hour, minute, second] = match;
  return toIso(londonTime(numbers({ year, month, day, hour, minute, second }), value));
}

/** An ISO date-time (UK local when it has no offset) → `dd/mm/yyyy HH:MM:SS` in UK local time. */
export function isoToSlashDateTime(value: string): string {
  const parsed = DateTime.fromISO(value, { zone: LONDON });
  if (!parsed.isValid) throw new WireFormatError('ISO 8601 date-time', value);
  return parsed.setZone(LONDON).toFormat('dd/MM/yyyy HH:mm:ss');
}

/** `1266832800` → `2010-02-22T10:00:00+00:00`. */
export function unixSecondsToIso(value: string): string {
  if (!/^\d{1,12}$/.test(value.trim())) throw new WireFormatError('Unix time in seconds', value);
  return toIso(DateTime.fromSeconds(Number(value.trim()), { zone: LONDON }));
}

/** `05-Mar-2010` → `2010-03-05`. */
export function dashDateToIso(value: string): string {
  const match = /^(\d{1,2})-([A-Za-z]{3,4})-(\d{4})$/.exec(value.trim());
  if (!match) throw new WireFormatError('dd-Mon-yyyy date', value);

  const [, day, monthName, year] = match;
  const month = monthNumber(monthName, value);
  return toIsoDate(londonTime({ ...numbers({ year, day }), month }, value));
}

/** `01/02/10` → `2010-02-01`; two-digit years are this century. */
export function shortSlashDateToIso(value: string): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(value.trim());
  if (!match) throw new WireFormatError('dd/mm/yy date', value);

  const [, day, month, year] = match;
  return toIsoDate(londonTime(numbers({ year: `20${year}`, month, day }), value));
}

/** `2010-02-01` → `01/02/10`; only years 2000 to 2099 can be written so. */
export function isoDateToShortSlash(value: string): string {
  const date = isoDate(value);
  if (date.year < 2000 || date.year > 2099) {
    throw new WireFormatError('date from 2000 to 2099', value);
  }
  return date.toFormat('dd/MM/yy');
}

/** `2010-02-01` → `01/02/2010`. */
export function isoDateToSlash(value: string): string {
  return isoDate(value).toFormat('dd/MM/yyyy');
}

/** `01/02/2010` → `2010-02-01`. */
export function slashDateToIso(value: string): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
  if (!match) throw new WireFormatError('dd/mm/yyyy date', value);

  const [, day, month, year] = match;
  return toIsoDate(londonTime(numbers({ year, month, day }), value));
}

/** Checks a `yyyy-mm-dd` date and returns it unchanged. */
export function checkIsoDate(value: string): string {
  return toIsoDate(isoDate(value));
}

/** Midnight at the start of a `yyyy-mm-dd` day in London. */
export function isoDate(value: string): DateTime {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new WireFormatError('yyyy-mm-dd date', value);

  const [, year, month, day] = match;
  return londonTime(numbers({ year, month, day }), value);
}

/** The same instant as ISO 8601 with the London offset, without milliseconds. */
export function toIso(time: DateTime): string {
  return time.setZone(LONDON).toISO({ suppressMilliseconds: true }) as string;
}

function toIsoDate(time: DateTime): string {
  return time.toISODate() as string;
}

function londonTime(wall: WallClock, original: string): DateTime {
  const time = DateTime.fromObject(wall, { zone: LONDON });

  // Luxon accepts hour 24 as the next midnight; neither it nor a 31/02 may roll over.
  const isInRange = (wall.hour ?? 0) < 24 && (wall.minute ?? 0) < 60 && (wall.second ?? 0) < 60;
  const isSameDay = time.year === wall.year && time.month === wall.month && time.day === wall.day;
  if (!time.isValid || !isInRange || !isSameDay) {
    throw new WireFormatError('possible calendar date', original);
  }
  return time;
}

function monthNumber(name: string, original: string): number {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  const isKnown = index >= 0 && (name.length === 3 || name.toLowerCase() === 'sept');
  if (!isKnown) throw new WireFormatError('month name', original);
  return index + 1;
}

function numbers<K extends string>(parts: Record<K, string>): Record<K, number> {
  const result = {} as Record<K, number>;
  for (const key of Object.keys(parts) as K[]) result[key] = Number(parts[key]);
  return result;
}
