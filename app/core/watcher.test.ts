import { describe, expect, it } from 'vitest';
import { VirtualTime } from './testing/virtual-time';
import { MAX_SLEEP_MS, Watcher, type WakeCause } from './watcher';

const HOUR = 3_600_000;
const start = Date.parse('2026-11-25T18:00:30Z');

function watch(deadlines: (now: number) => number | null) {
  const time = new VirtualTime(start, 'America/Los_Angeles');
  const wakes: { at: number; cause: WakeCause }[] = [];
  const watcher = new Watcher({
    clock: time,
    timers: time,
    onWake: (now, cause) => {
      wakes.push({ at: now, cause });
      return deadlines(now);
    },
  });
  watcher.start();
  return { time, wakes, watcher };
}

describe('the watcher', () => {
  it('never arms a timer longer than a minute, yet wakes the core only at its deadlines', () => {
    const deadline = start + 3 * HOUR + 17_000;
    const { time, wakes, watcher } = watch((now) => (now < deadline ? deadline : null));
    time.advance(10 * HOUR);
    expect(Math.max(...time.delays)).toBeLessThanOrEqual(MAX_SLEEP_MS);
    expect(wakes).toEqual([
      { at: start, cause: 'start' },
      { at: deadline, cause: 'deadline' },
    ]);
    // The minute timers only looked at the clock: 600 of them in ten hours.
    expect(watcher.timerCount).toBeGreaterThanOrEqual(600);
    expect(time.pendingTimers).toBe(1);
  });

  it('notices a sleep within a minute of waking, even with no deadline and no system event', () => {
    const { time, wakes } = watch(() => null);
    time.advance(5 * 60_000);
    time.sleep(2 * HOUR);
    time.advance(MAX_SLEEP_MS);
    expect(wakes.map((wake) => wake.cause)).toEqual(['start', 'clock-jump']);
    expect(wakes[1]!.at - (start + 2 * HOUR + 5 * 60_000)).toBeLessThanOrEqual(MAX_SLEEP_MS);
  });

  it('notices the clock set back or forward, and a change of time zone', () => {
    const { time, wakes } = watch(() => null);
    time.advance(90_000);
    time.jumpClock(-HOUR);
    time.advance(MAX_SLEEP_MS);
    time.jumpClock(30 * 60_000);
    time.advance(MAX_SLEEP_MS);
    time.setTimeZone('America/New_York');
    time.advance(MAX_SLEEP_MS);
    expect(wakes.map((wake) => wake.cause)).toEqual(['start', 'clock-jump', 'clock-jump', 'zone-change']);
  });

  it('wakes at a deadline that a clock jump brought closer, without waiting for the old one', () => {
    const deadline = start + HOUR;
    const { time, wakes } = watch((now) => (now < deadline ? deadline : null));
    time.jumpClock(HOUR + 5 * 60_000);
    time.advance(MAX_SLEEP_MS);
    expect(wakes.map((wake) => wake.cause)).toEqual(['start', 'clock-jump']);
    expect(wakes[1]!.at).toBeGreaterThan(deadline);
  });

  it('runs a re-plan asked for during a wake once more, and keeps one timer', () => {
    const time = new VirtualTime(start);
    let asked = false;
    const causes: WakeCause[] = [];
    const watcher: Watcher = new Watcher({
      clock: time,
      timers: time,
      onWake: (_now, cause) => {
        causes.push(cause);
        if (!asked) {
          asked = true;
          watcher.replan();
        }
        return null;
      },
    });
    watcher.start();
    expect(causes).toEqual(['start', 'replan']);
    expect(time.pendingTimers).toBe(1);
    watcher.stop();
    expect(time.pendingTimers).toBe(0);
  });
});
