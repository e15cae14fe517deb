import { DateTime } from 'luxon';

/** Every wall-clock time on the wire is UK local time. */
export const LONDON = 'Europe/London';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** An instant seen on the UK wall clock. */
export function london(at: Date): DateTime {
  return DateTime.fromJSDate(at, { zone: LONDON });
}

/** The UK calendar date of an instant, as ISO `yyyy-mm-dd`. */
export function londonDay(at: Date): string {
  return london(at).toISODate() as string;
}

/** A UK calendar day: where it starts, its weekday (1 = Monday) and the next day. */
interface DayInfo {
  startMs: number;
  weekday: number;
  next: string;
}

// Time-zone arithmetic is the slow part of usage sums over many days and services; a day's
// facts never change, so they are kept (and the store emptied if it ever grows large).
const dayCache = new Map<string, DayInfo>();

function dayInfo(isoDate: string): DayInfo {
  let info = dayCache.get(isoDate);
  if (!info) {
    const day = DateTime.fromISO(isoDate, { zone: LONDON }).startOf('day');
    info = {
      startMs: day.toMillis(),
      weekday: day.weekday,
      next: day.plus({ days: 1 }).toISODate() as string,
    };
    if (dayCache.size > 20_000) dayCache.clear();
    dayCache.set(isoDate, info);
  }
  return info;
}

/** Midnight UK time at the start of an ISO date. */
export function startOfLondonDay(isoDate: string): Date {
  return new Date(dayInfo(isoDate).startMs);
}

/** The weekday of an ISO date, 1 (Monday) to 7 (Sunday). */
export function weekdayOf(isoDate: string): number {
  return dayInfo(isoDate).weekday;
}

/** ISO date `days` after (or before, when negative) the given ISO date. */
export function addDays(isoDate: string, days: number): string {
  if (days === 1) return dayInfo(isoDate).next;
  return DateTime.fromISO(isoDate, { zone: LONDON }).plus({ days }).toISODate() as string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const clock = (t: DateTime) => `${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;

// Month and day names are written out here rather than taken from Intl: ICU's en-GB spells
// September "Sept", which is not what the wire carries.

/** `Mon, 22 Feb 2010 10:00:00 +0000`, UK local time with its offset. */
export function formatRfc2822(at: Date): string {
  const t = london(at);
  const sign = t.offset < 0 ? '-' : '+';
  const offset = Math.abs(t.offset);
  const zone = `${sign}${pad(Math.floor(offset / 60))}${pad(offset % 60)}`;
  const day = `${DAYS[t.weekday - 1]}, ${pad(t.day)} ${MONTHS[t.month - 1]} ${t.year}`;
  return `${day} ${clock(t)} ${zone}`;
}

/** `22 Feb 2010 10:00:00`, UK local time. */
export function formatUkLong(at: Date): string {
  const t = london(at);
  return `${pad(t.day)} ${MONTHS[t.month - 1]} ${t.year} ${clock(t)}`;
}

/** `22/02/2010 10:00:00`, UK local time (MAX reports). */
export function formatSlashed(at: Date): string {
  const t = london(at);
  return `${pad(t.day)}/${pad(t.month)}/${t.year} ${clock(t)}`;
}

/** `05-Mar-2010` (commit dates). */
export function formatCommitDate(at: Date): string {
  const t = london(at);
  return `${pad(t.day)}-${MONTHS[t.month - 1]}-${t.year}`;
}

/** `dd/mm/yy` (appointments). */
export function formatShortDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year.slice(2)}`;
}

/** Unix seconds. */
export function formatUnixSeconds(at: Date): string {
  return String(Math.floor(at.getTime() / 1000));
}

/** English month names, short and long, for messages written in prose. */
export const MONTH_NAMES = {
  short: MONTHS,
  long: [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ],
};
