import type { Clock } from '../clock';

/** A clock that can be moved forward: another clock plus an offset. */
export class ShiftableClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly base: Clock) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** Whether a clock can be moved by the `/_sim/clock/advance` endpoint. */
export function isAdvanceable(clock: Clock): clock is Clock & { advance(ms: number): void } {
  return typeof (clock as { advance?: unknown }).advance === 'function';
}
