import { Interlude } from '../app/core/interlude';
import { MemoryStore } from '../app/core/testing/memory-store';
import { RecordingShell, silentLog } from '../app/core/testing/recording-shell';
import { VirtualTime } from '../app/core/testing/virtual-time';
import { result, type BenchResult } from './results';

const HOUR = 3_600_000;

/** Counts the core's wakeups (times it looks at its plan) in each virtual hour from `from`. */
async function wakeupsPerHour(
  from: string,
  hours: number,
): Promise<{ perHour: number[]; timerCallbacks: number; prompts: number }> {
  const time = new VirtualTime(Date.parse(from), 'America/Los_Angeles');
  const shell = new RecordingShell();
  const core = new Interlude({ clock: time, timers: time, store: new MemoryStore(), shell, log: silentLog });
  await core.start();
  const perHour: number[] = [];
  for (let hour = 0; hour < hours; hour++) {
    const before = core.wakeCount;
    time.advance(HOUR);
    perHour.push(core.wakeCount - before);
  }
  core.stop();
  return { perHour, timerCallbacks: core.timerCount, prompts: shell.notifications.length };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Runs the real core on virtual time through a clinic day (Wednesday 09:00–17:00 in Los Angeles,
 * default template) and the night after it (18:00–07:00), and counts wakeups per hour.
 */
export async function measureWakeups(): Promise<BenchResult[]> {
  const day = await wakeupsPerHour('2026-11-25T17:00:00Z', 8);
  if (day.prompts === 0) throw new Error('The simulated day fired no prompts; the measurement would mean nothing.');
  const night = await wakeupsPerHour('2026-11-26T02:00:00Z', 13);
  const dayHours = day.perHour.length;
  const nightHours = night.perHour.length;
  return [
    result('watcher.wakeups_per_hour.max', Math.max(...day.perHour), 'wakeups/h', 60),
    // How many times fewer wakeups than a 1 Hz ticker over the same day.
    result('watcher.fewer_wakeups_than_1hz_ticker', (dayHours * 3600) / sum(day.perHour), '×', null),
    result('watcher.prompts_fired_in_day', day.prompts, 'prompts', null),
    result('watcher.overnight_wakeups_per_hour.max', Math.max(...night.perHour), 'wakeups/h', 1),
    result(
      'watcher.overnight_fewer_wakeups_than_1hz_ticker',
      (nightHours * 3600) / Math.max(1, sum(night.perHour)),
      '×',
      null,
    ),
    // The once-a-minute timers that only compare the clock (the 60 s cap on any one timer); they do no planning.
    result('watcher.overnight_clock_checks_per_hour', night.timerCallbacks / nightHours, 'timers/h', 60),
  ];
}
