import type { Clock, Timers, TimerHandle } from './ports';

export const MAX_SLEEP_MS = 60_000;

export interface WatcherOptions {
  clock: Clock;
  timers: Timers;
  /** Does whatever is due at `now` and returns the next instant that matters, or null. */
  onWake: (now: number) => number | null;
  maxSleepMs?: number;
}

/**
 * Keeps exactly one timer armed: for the next deadline, or for the next whole minute of
 * wall-clock time if that comes first. Timers stop while a machine sleeps, so the cap is what
 * notices a missed deadline within a minute of waking; aligning the cap to the minute means
 * deadlines on whole minutes cost no extra wakeups.
 */
export class Watcher {
  private armed: { handle: TimerHandle } | null = null;
  private running = false;
  private waking = false;
  private wakeAgain = false;
  private wakeups = 0;

  constructor(private readonly options: WatcherOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.wake();
  }

  stop(): void {
    this.running = false;
    this.disarm();
  }

  /** Re-plan now: settings changed, the system resumed, the clock or zone moved. */
  replan(): void {
    if (this.running) this.wake();
  }

  get wakeCount(): number {
    return this.wakeups;
  }

  private wake(): void {
    // A re-plan asked for while waking (say, by something onWake started) runs once more after it.
    if (this.waking) {
      this.wakeAgain = true;
      return;
    }
    this.waking = true;
    try {
      let now: number;
      let deadline: number | null;
      do {
        this.wakeAgain = false;
        this.disarm();
        this.wakeups += 1;
        now = this.options.clock.now();
        deadline = this.options.onWake(now);
      } while (this.wakeAgain && this.running);
      if (this.running) this.arm(now, deadline);
    } finally {
      this.waking = false;
    }
  }

  private arm(now: number, deadline: number | null): void {
    const maxSleep = this.options.maxSleepMs ?? MAX_SLEEP_MS;
    const nextMinute = (Math.floor(now / maxSleep) + 1) * maxSleep;
    const target = deadline === null ? nextMinute : Math.min(Math.max(deadline, now), nextMinute);
    this.armed = {
      handle: this.options.timers.setTimeout(() => {
        this.armed = null;
        if (this.running) this.wake();
      }, target - now),
    };
  }

  private disarm(): void {
    if (this.armed) this.options.timers.clearTimeout(this.armed.handle);
    this.armed = null;
  }
}
