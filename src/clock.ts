/** The one source of "now" for code whose behaviour depends on the date. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that moves only when told: tests and the simulator use it to run days in
 * milliseconds.
 */
export class ManualClock implements Clock {
  private currentMs: number;

  constructor(start: Date) {
    this.currentMs = start.getTime();
  }

  now(): Date {
    return new Date(this.currentMs);
  }

  advance(ms: number): void {
    this.currentMs += ms;
  }

  set(to: Date): void {
    this.currentMs = to.getTime();
  }
}
