import type { Clock, Timers } from '../ports';

interface PendingTimer {
  id: number;
  /** When it fires, in the virtual machine's monotonic time (which stops while "asleep"). */
  at: number;
  callback: () => void;
}

/**
 * A virtual wall clock and timer queue. Timers run on monotonic time, as real ones do, so
 * `sleep` and `jumpClock` move the wall clock without firing anything, just like a laptop lid
 * or an NTP correction.
 */
export class VirtualTime implements Clock, Timers {
  private wall: number;
  private monotonic = 0;
  private zone: string;
  private nextId = 1;
  private timers: PendingTimer[] = [];
  readonly delays: number[] = [];

  constructor(start: number, timeZone = 'UTC') {
    this.wall = start;
    this.zone = timeZone;
  }

  now(): number {
    return this.wall;
  }

  timeZone(): string {
    return this.zone;
  }

  setTimeZone(zone: string): void {
    this.zone = zone;
  }

  setTimeout(callback: () => void, delayMs: number): number {
    const id = this.nextId++;
    this.delays.push(delayMs);
    this.timers.push({ id, at: this.monotonic + Math.max(0, delayMs), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Lets time pass with the machine awake, firing timers in order. */
  advance(ms: number): void {
    const end = this.monotonic + ms;
    for (;;) {
      const next = this.timers.reduce<PendingTimer | undefined>(
        (soonest, timer) => (!soonest || timer.at < soonest.at ? timer : soonest),
        undefined,
      );
      if (!next || next.at > end) break;
      this.wall += next.at - this.monotonic;
      this.monotonic = next.at;
      this.timers = this.timers.filter((timer) => timer !== next);
      next.callback();
    }
    this.wall += end - this.monotonic;
    this.monotonic = end;
  }

  advanceTo(wallTime: number): void {
    this.advance(wallTime - this.wall);
  }

  /** The machine sleeps: wall time moves on, monotonic time and timers do not. */
  sleep(ms: number): void {
    this.wall += ms;
  }

  /** The wall clock is set forward or back without any time passing. */
  jumpClock(ms: number): void {
    this.wall += ms;
  }
}
