import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { LONDON, addDays, london } from './time';

// England and Wales bank holidays: the ones BT engineers and Enta's order desk do not work.
const holidays = new Holidays('GB', 'ENG');
const bankHolidayCache = new Map<number, Set<string>>();

function bankHolidays(year: number): Set<string> {
  let days = bankHolidayCache.get(year);
  if (!days) {
    days = new Set(
      holidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    bankHolidayCache.set(year, days);
  }
  return days;
}

/** Monday to Friday and not an England and Wales bank holiday. */
export function isWorkingDay(isoDate: string): boolean {
  const day = DateTime.fromISO(isoDate, { zone: LONDON });
  return day.weekday <= 5 && !bankHolidays(day.year).has(isoDate);
}

/** The first working day strictly after the given ISO date. */
export function nextWorkingDay(isoDate: string): string {
  let day = addDays(isoDate, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The same UK wall-clock time on the next working day after the instant's date. */
export function oneWorkingDayLater(at: Date): Date {
  const t = london(at);
  const next = DateTime.fromISO(nextWorkingDay(t.toISODate() as string), { zone: LONDON });
  return next.set({ hour: t.hour, minute: t.minute, second: t.second }).toJSDate();
}

/** The first `count` working days on or after the given ISO date. */
export function workingDaysFrom(isoDate: string, count: number): string[] {
  const days: string[] = [];
  let day = isoDate;
  while (days.length < count) {
    if (isWorkingDay(day)) days.push(day);
    day = addDays(day, 1);
  }
  return days;
}
