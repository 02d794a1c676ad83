import type { Clock, Timers, TimerHandle } from './ports';

export const MAX_SLEEP_MS = 60_000;
/** A timer that fires this far from when it was due means the wall clock moved (a sleep, or a change of time). */
export const CLOCK_JUMP_TOLERANCE_MS = 2_000;

/** Why the core is asked to look at its plan. */
export type WakeCause = 'start' | 'deadline' | 'replan' | 'clock-jump' | 'zone-change';

export interface WatcherOptions {
  clock: Clock;
  timers: Timers;
  /** Does whatever is due at `now` and returns the next instant that matters, or null. */
  onWake: (now: number, cause: WakeCause) => number | null;
  maxSleepMs?: number;
}

/**
 * Keeps exactly one timer armed, never for more than a minute of wall-clock time, aligned to the
 * minute. Most of those timers only check the clock: the core is woken (and re-plans) when a
 * deadline arrives, when asked to, or when the clock or time zone turns out to have moved, which
 * is how a sleep or a changed clock is noticed within a minute even if no system event says so.
 * Deadlines are wall-clock instants, never accumulated durations.
 */
export class Watcher {
  private armed: { handle: TimerHandle; dueAt: number } | null = null;
  private deadline: number | null = null;
  private zone = '';
  private running = false;
  private waking = false;
  private wakeAgain: WakeCause | null = null;
  private wakeups = 0;
  private timerCallbacks = 0;

  constructor(private readonly options: WatcherOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.wake('start');
  }

  stop(): void {
    this.running = false;
    this.disarm();
  }

  /** Re-plan now: settings changed, the system resumed, the clock or zone moved. */
  replan(cause: WakeCause = 'replan'): void {
    if (this.running) this.wake(cause);
  }

  /** Times the core looked at its plan. */
  get wakeCount(): number {
    return this.wakeups;
  }

  /** Times a timer fired, including those that only checked the clock. */
  get timerCount(): number {
    return this.timerCallbacks;
  }

  private wake(cause: WakeCause): void {
    // A re-plan asked for while waking (say, by something onWake started) runs once more after it.
    if (this.waking) {
      this.wakeAgain ??= cause;
      return;
    }
    this.waking = true;
    try {
      let next: WakeCause | null = cause;
      let now = this.options.clock.now();
      while (next !== null && this.running) {
        this.wakeAgain = null;
        this.disarm();
        this.wakeups += 1;
        now = this.options.clock.now();
        this.zone = this.options.clock.timeZone();
        this.deadline = this.options.onWake(now, next);
        next = this.wakeAgain;
      }
      if (this.running) this.arm(now);
    } finally {
      this.waking = false;
    }
  }

  private onTimer(dueAt: number): void {
    this.armed = null;
    if (!this.running) return;
    this.timerCallbacks += 1;
    const now = this.options.clock.now();
    if (Math.abs(now - dueAt) > CLOCK_JUMP_TOLERANCE_MS) this.wake('clock-jump');
    else if (this.options.clock.timeZone() !== this.zone) this.wake('zone-change');
    else if (this.deadline !== null && now >= this.deadline) this.wake('deadline');
    else this.arm(now);
  }

  private arm(now: number): void {
    const maxSleep = this.options.maxSleepMs ?? MAX_SLEEP_MS;
    const nextMinute = (Math.floor(now / maxSleep) + 1) * maxSleep;
    const dueAt = this.deadline === null ? nextMinute : Math.min(Math.max(this.deadline, now), nextMinute);
    this.armed = { dueAt, handle: this.options.timers.setTimeout(() => this.onTimer(dueAt), dueAt - now) };
  }

  private disarm(): void {
    if (this.armed) this.options.timers.clearTimeout(this.armed.handle);
    this.armed = null;
  }
}
