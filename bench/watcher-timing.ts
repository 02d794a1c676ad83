import { Interlude } from '../app/core/interlude';
import { planPrompts } from '../app/core/planner';
import { SystemClock, systemTimers } from '../app/core/ports';
import { templateSessionsBetween } from '../app/core/schedule';
import { localDateKey } from '../app/shared/local-date';
import { MemoryStore } from '../app/core/testing/memory-store';
import { RecordingShell, silentLog } from '../app/core/testing/recording-shell';
import type { JournalEntry, Session } from '../app/shared/domain';
import { DEFAULT_SETTINGS } from '../app/shared/settings';
import { result, type BenchResult } from './results';

const PROMPTS = 50;
const SPACING_MS = 150;

/** 50 prompts due 150 ms apart, fired by the real watcher on real timers: how late is each? */
export async function measureLateness(): Promise<BenchResult[]> {
  const start = Date.now() + 1_000;
  // Sessions 100 ms long with 50 ms gaps: each end is a (one-tap) prompt, due on the instant.
  const sessions: Session[] = Array.from({ length: PROMPTS + 1 }, (_, i) => ({
    start: start + i * SPACING_MS - 100,
    end: start + i * SPACING_MS,
    source: 'demo',
  }));
  const settings = { ...DEFAULT_SETTINGS, checkInLeadMinutes: 0 };
  const lateness: number[] = [];
  const shell = new RecordingShell();
  const store = new MemoryStore();
  await store.write('settings.json', JSON.stringify(settings));
  const core = new Interlude({
    clock: new SystemClock(),
    timers: systemTimers,
    store,
    shell,
    log: silentLog,
    schedule: (from, to) => sessions.filter((s) => s.end > from && s.start < to),
  });
  shell.notify = () => {
    const active = core.snapshot().activePrompt;
    if (!active) return;
    lateness.push(Date.now() - active.prompt.dueAt);
    void core.handlers.saveCheckIn({ promptId: active.prompt.id, answers: null });
  };
  await core.start();
  await new Promise((resolve) => setTimeout(resolve, 1_000 + PROMPTS * SPACING_MS + 500));
  core.stop();
  if (lateness.length < PROMPTS) throw new Error(`Only ${lateness.length} of ${PROMPTS} prompts fired.`);
  lateness.sort((a, b) => a - b);
  const percentile = (p: number) =>
    lateness[Math.min(lateness.length - 1, Math.ceil((p / 100) * lateness.length) - 1)]!;
  return [
    result('watcher.real_timer_lateness.p50', percentile(50), 'ms', null),
    result('watcher.real_timer_lateness.p99', percentile(99), 'ms', 50),
  ];
}

/** One re-plan over a 12-week template schedule with a journal of 12 weeks' answers. */
export function measurePlanning(): BenchResult[] {
  const timeZone = 'America/Chicago';
  const from = Date.parse('2026-09-07T05:00:00Z');
  const sessions = templateSessionsBetween(DEFAULT_SETTINGS.template, from, from + 84 * 86_400_000, timeZone);
  const journal: JournalEntry[] = sessions.flatMap((session) => [
    {
      at: session.end,
      promptId: `after@${new Date(session.end).toISOString()}`,
      kind: 'reset' as const,
      event: 'offered' as const,
    },
    {
      at: session.end + 1_000,
      promptId: `after@${new Date(session.end).toISOString()}`,
      kind: 'reset' as const,
      event: 'skipped' as const,
    },
  ]);
  const sameDay = (a: number, b: number) => localDateKey(a, timeZone) === localDateKey(b, timeZone);
  const runs: number[] = [];
  for (let i = 0; i < 50; i++) {
    const started = performance.now();
    planPrompts({
      sessions,
      settings: DEFAULT_SETTINGS,
      journal,
      pause: null,
      now: from + i * 3_600_000 * 24,
      sameDay,
    });
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return [
    result('planner.replan_12_weeks.median', runs[Math.floor(runs.length / 2)]!, 'ms', 5),
    result('planner.sessions_in_12_weeks', sessions.length, 'sessions', null),
  ];
}
