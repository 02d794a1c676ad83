import { Interlude } from '../app/core/interlude';
import { MemoryStore } from '../app/core/testing/memory-store';
import { RecordingShell, silentLog } from '../app/core/testing/recording-shell';
import { VirtualTime } from '../app/core/testing/virtual-time';
import { result, type BenchResult } from './results';

const HOUR = 3_600_000;

/** Runs the real core through a simulated 8-hour clinic day on virtual time and counts wakeups per hour. */
export async function measureWakeups(): Promise<BenchResult[]> {
  // Wednesday 09:00–17:00 in Los Angeles, with the default template.
  const time = new VirtualTime(Date.parse('2026-11-25T17:00:00Z'), 'America/Los_Angeles');
  const shell = new RecordingShell();
  const core = new Interlude({ clock: time, timers: time, store: new MemoryStore(), shell, log: silentLog });
  await core.start();
  const perHour: number[] = [];
  for (let hour = 0; hour < 8; hour++) {
    const before = core.wakeCount;
    time.advance(HOUR);
    perHour.push(core.wakeCount - before);
  }
  core.stop();
  const worst = Math.max(...perHour);
  const total = perHour.reduce((a, b) => a + b, 0);
  const prompts = shell.notifications.length;
  if (prompts === 0) throw new Error('The simulated day fired no prompts; the measurement would mean nothing.');
  return [
    result('watcher.wakeups_per_hour.max', worst, 'wakeups/h', 60),
    // How many times fewer wakeups than a 1 Hz ticker over the same day.
    result('watcher.fewer_wakeups_than_1hz_ticker', (8 * 3600) / total, '×', null),
    result('watcher.prompts_fired_in_day', prompts, 'prompts', null),
  ];
}
