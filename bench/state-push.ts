import { startedCore } from '../app/core/testing/started-core';
import { VirtualTime } from '../app/core/testing/virtual-time';
import type { AppState } from '../app/shared/domain';
import { result, type BenchResult } from './results';

const RUNS = 300;

/**
 * One wake's derive-and-push: the moment (sessions over the next 7 days, the plan, the tray
 * input), then the tray model and the full state sent to a listening window.
 */
export async function measureStatePush(): Promise<BenchResult[]> {
  const time = new VirtualTime(Date.parse('2026-11-25T15:10:00Z'), 'America/Chicago');
  const { core } = await startedCore(time);
  const pushed: AppState[] = [];
  core.onStateChanged((state) => pushed.push(state));
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    core.replan();
    runs.push(performance.now() - started);
  }
  if (pushed.length < RUNS) throw new Error(`Only ${pushed.length} of ${RUNS} re-plans pushed a state.`);
  core.stop();
  runs.sort((a, b) => a - b);
  return [
    result('core.state_push.median', runs[Math.floor(runs.length / 2)]!, 'ms', 2),
    result('core.state_push.p95', runs[Math.floor(runs.length * 0.95)]!, 'ms', null),
  ];
}
