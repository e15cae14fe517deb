import { DateTime } from 'luxon';

import { isoDate, LONDON, toIso } from './dates';
import { WireFormatError } from './errors';

/** The two offsets the UK uses, in minutes east of UTC: BST first, then GMT. */
const UK_OFFSETS = [60, 0];

/**
 * Turns a day's `HH:MM` rows (UsageHistoryDetail for one day) into ISO end times with offsets.
 * Each row is the wall-clock end of a 10-minute interval, in time order. `00:00` ends the day,
 * so it belongs to the next date. On the autumn change the repeated hour appears twice: each row
 * takes the earliest instant with that wall time that comes after the previous row, which gives
 * BST to the first pass and GMT to the second.
 */
export function intervalEndsToIso(day: string, times: readonly string[]): string[] {
  const start = isoDate(day);
  let previousMs = start.toMillis();

  return times.map((time) => {
    const endMs = nextInstant({ start, time, afterMs: previousMs });
    previousMs = endMs;
    return toIso(DateTime.fromMillis(endMs, { zone: LONDON }));
  });
}

interface InstantQuery {
  start: DateTime;
  time: string;
  afterMs: number;
}

function nextInstant({ start, time, afterMs }: InstantQuery): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time.trim());
  if (!match) throw new WireFormatError('HH:MM time', time);

  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) throw new WireFormatError('HH:MM time', time);

  const date = hour === 0 && minute === 0 ? start.plus({ days: 1 }) : start;
  const found = wallClockInstants(date, hour, minute).find((ms) => ms > afterMs);
  if (found === undefined) throw new WireFormatError('time in order on that day', time);
  return found;
}

/** Every instant at which London clocks show this wall time on this date (0, 1 or 2). */
function wallClockInstants(date: DateTime, hour: number, minute: number): number[] {
  const wallAsUtcMs = Date.UTC(date.year, date.month - 1, date.day, hour, minute);

  return UK_OFFSETS.map((offset) => wallAsUtcMs - offset * 60_000)
    .filter((ms, index) => DateTime.fromMillis(ms, { zone: LONDON }).offset === UK_OFFSETS[index])
    .sort((a, b) => a - b);
}
