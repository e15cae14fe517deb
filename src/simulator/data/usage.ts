import { DateTime } from 'luxon';
import type { SimService } from '../model';
import { Rng } from '../random';
import { LONDON, addDays, london, londonDay, startOfLondonDay, weekdayOf } from '../time';

/**
 * Usage is computed, never stored: a day's figures come from a generator seeded by the
 * service and the date, so they never change between reads. A day's 10-minute rows are
 * cut from its totals by cumulative rounding, so they always add up to the day exactly.
 */

const INTERVAL_MS = 10 * 60 * 1000;
const PEAK_FROM_MINUTE = 8 * 60;
const PEAK_TO_MINUTE = 18 * 60;

export interface UsageRow {
  start: Date;
  end: Date;
  /** `HH:MM`, UK wall clock at the end of the interval (`00:00` ends the day). */
  time: string;
  down: number;
  up: number;
  /** Whether the interval starts within peak hours, 08:00 to 18:00 UK time. */
  peak: boolean;
}

export interface DayTotals {
  date: string;
  down: number;
  up: number;
  peakDown: number;
  peakUp: number;
}

/** The instants between which the service has usage: live, not ceased, last 13 months. */
export function usageWindow(service: SimService, now: Date): { from: Date; to: Date } | undefined {
  if (!service.activatedAt) return undefined;

  const oldest = startOfLondonDay(london(now).minus({ months: 13 }).toISODate() as string);
  const from = service.activatedAt > oldest ? service.activatedAt : oldest;
  const to = service.ceaseDate && service.ceaseDate < now ? service.ceaseDate : now;
  return from < to ? { from, to } : undefined;
}

/** The day's 10-minute rows that fall inside the usage window (none outside it). */
export function usageRows(seed: number, service: SimService, isoDate: string, now: Date) {
  const window = usageWindow(service, now);
  if (!window) return [];
  return fullDayRows(seed, service, isoDate).filter(
    (row) => row.start >= window.from && row.end <= window.to,
  );
}

/** The day's totals, or undefined when the service had no usage that day. */
export function dayTotals(seed: number, service: SimService, isoDate: string, now: Date) {
  const rows = usageRows(seed, service, isoDate, now);
  return rows.length === 0 ? undefined : sumRows(isoDate, rows);
}

export function sumRows(isoDate: string, rows: readonly UsageRow[]): DayTotals {
  const totals: DayTotals = { date: isoDate, down: 0, up: 0, peakDown: 0, peakUp: 0 };
  for (const row of rows) {
    totals.down += row.down;
    totals.up += row.up;
    if (row.peak) {
      totals.peakDown += row.down;
      totals.peakUp += row.up;
    }
  }
  return totals;
}

/** ISO dates from `first` to `last` inclusive. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Bytes down and up from the start of `fromDay` until now (heavy users, top-ups). */
export function recentUsage(seed: number, service: SimService, fromDay: string, now: Date) {
  let down = 0;
  let up = 0;
  const window = usageWindow(service, now);
  for (const day of daysBetween(fromDay, londonDay(now))) {
    // A whole day inside the window needs only its totals, not its 144 rows.
    const draws = dayDraws(seed, service, day);
    if (window && draws.start >= window.from.getTime() && draws.end <= window.to.getTime()) {
      down += draws.totalDown;
      up += draws.totalUp;
      continue;
    }
    const totals = dayTotals(seed, service, day, now);
    down += totals?.down ?? 0;
    up += totals?.up ?? 0;
  }
  return { down, up };
}

/** The day's span and totals; the generator is left ready to draw the row weights. */
function dayDraws(seed: number, service: SimService, isoDate: string) {
  const start = startOfLondonDay(isoDate).getTime();
  const end = startOfLondonDay(addDays(isoDate, 1)).getTime();
  const rng = Rng.from(seed, 'usage', service.ref, isoDate);

  const weekend = weekdayOf(isoDate) >= 6;
  const dayFactor = rng.between(0.35, 1.65) * (weekend ? 1.15 : 1);
  const totalDown = Math.round(service.dailyDownBytes * dayFactor);
  const totalUp = Math.round(totalDown * service.upShare * rng.between(0.7, 1.3));
  return { start, end, rng, totalDown, totalUp };
}

function fullDayRows(seed: number, service: SimService, isoDate: string): UsageRow[] {
  const { start, end, rng, totalDown, totalUp } = dayDraws(seed, service, isoDate);
  const count = Math.round((end - start) / INTERVAL_MS);
  const starts = [...Array(count).keys()].map((k) => start + k * INTERVAL_MS);
  const minutes = starts.map((at) => wallMinute(at, start, end));
  const downWeights = minutes.map((minute) => diurnal(minute) * rng.between(0.3, 1.7));
  const upWeights = minutes.map((minute) => diurnal(minute) * rng.between(0.3, 1.7));
  const downs = split(totalDown, downWeights);
  const ups = split(totalUp, upWeights);

  return starts.map((at, k) => ({
    start: new Date(at),
    end: new Date(at + INTERVAL_MS),
    time: k === count - 1 ? '00:00' : clockLabel(wallMinute(at + INTERVAL_MS, start, end)),
    down: downs[k],
    up: ups[k],
    peak: minutes[k] >= PEAK_FROM_MINUTE && minutes[k] < PEAK_TO_MINUTE,
  }));
}

/** Minutes since UK midnight on the wall clock; cheap unless the day has a clock change. */
function wallMinute(at: number, dayStart: number, dayEnd: number): number {
  if (dayEnd - dayStart === 24 * 60 * 60 * 1000) return (at - dayStart) / 60_000;
  const t = DateTime.fromMillis(at, { zone: LONDON });
  return t.hour * 60 + t.minute;
}

function clockLabel(minute: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}`;
}

/** A household's day: quiet at night, busy in the evening. */
function diurnal(minute: number): number {
  const hour = minute / 60;
  if (hour < 1) return 0.6;
  if (hour < 7) return 0.12;
  if (hour < 17) return 0.55;
  if (hour < 23) return 1.4;
  return 0.9;
}

/** Splits a total by weights into whole numbers that add up to it exactly. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let running = 0;
  let given = 0;
  return weights.map((weight, k) => {
    running += weight;
    const upTo = k === weights.length - 1 ? total : Math.round((total * running) / sum);
    const share = upTo - given;
    given = upTo;
    return share;
  });
}
