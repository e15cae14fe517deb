import type { SimService } from '../model';
import { Rng } from '../random';
import { addDays, londonDay, startOfLondonDay } from '../time';

/** One RADIUS session; `end` is undefined while it is still up. */
export interface Session {
  start: Date;
  end?: Date;
  /** Bytes sent by the user (Enta's `Input`) and to the user (`Output`). */
  input: number;
  output: number;
  terminateCause: string;
}

const CAUSES = ['User-Request', 'Lost-Carrier', 'Idle-Timeout', 'Admin-Reset', 'Port-Error'];
const HISTORY_DAYS = 400;

/**
 * The service's sessions over the last 400 days. Each day decides from its own hash whether
 * the line reconnected that day and when, so the sessions never move between reads.
 */
export function sessionsOf(seed: number, service: SimService, now: Date): Session[] {
  if (!service.connects || !service.activatedAt) return [];
  const until = service.ceaseDate && service.ceaseDate < now ? service.ceaseDate : now;
  const oldest = startOfLondonDay(addDays(londonDay(now), -HISTORY_DAYS));
  const first = service.activatedAt > oldest ? service.activatedAt : oldest;
  if (first >= until) return [];

  const starts = [first];
  for (let day = londonDay(first); day <= londonDay(until); day = addDays(day, 1)) {
    const rng = Rng.from(seed, 'reconnect', service.ref, day);
    if (!rng.chance(0.3)) continue;
    const at = new Date(startOfLondonDay(day).getTime() + rng.int(0, 86_399) * 1000);
    if (at > first && at < until) starts.push(at);
  }

  return starts.map((start, index) => {
    const rng = Rng.from(seed, 'session', service.ref, start.getTime());
    const next = starts[index + 1];
    const closed = next !== undefined || until < now;
    // A dropped line comes back a few seconds to two minutes later.
    const redial = rng.int(5, 120) * 1000;
    const end = next ? new Date(next.getTime() - redial) : closed ? until : undefined;
    const seconds = ((end ?? now).getTime() - start.getTime()) / 1000;
    const output = Math.round((service.dailyDownBytes / 86_400) * seconds * rng.between(0.5, 1.5));
    return {
      start,
      end,
      output,
      input: Math.round(output * service.upShare),
      terminateCause: end ? rng.pick(CAUSES) : '',
    };
  });
}

/** `12.5 MB`: one decimal, powers of 1024, whole bytes below 1 KB. */
export function formatVolume(bytes: number): string {
  const units = ['KB', 'MB', 'GB', 'TB'];
  if (bytes < 1024) return `${bytes} B`;

  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
