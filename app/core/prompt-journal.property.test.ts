import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER, DEFAULT_BEFORE } from '../shared/check-in';
import type { ExerciseId, JournalEntry } from '../shared/domain';
import { EXERCISES } from '../shared/exercises';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { Interlude } from './interlude';
import { templateSessionsBetween } from './schedule';
import { expectedWindows } from './testing/expected-prompts';
import { journalProblems } from './testing/journal-paths';
import { MemoryStore } from './testing/memory-store';
import { RecordingShell, silentLog } from './testing/recording-shell';
import { VirtualTime } from './testing/virtual-time';
import { journalOf } from './testing/journal-on-disk';

/**
 * Random users on random days, through the real core: every answer from every surface (the
 * window, the keyboard, a notification, the tray), stale ones too, interleaved with sleeps,
 * clock jumps both ways, restarts, zone changes and DST weeks. Whatever happens, each prompt's
 * journal must be a valid path of its lifecycle, and no prompt whose window was awake may be lost.
 */

const MINUTE = 60_000;
const ZONES = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'] as const;
/** A Monday, and two Fridays before a change of clocks (London leaves DST on 25 October, enters it on 29 March). */
const FIRST_DAYS = ['2026-11-23', '2026-10-23', '2026-03-27'] as const;

type WindowAction = 'start' | 'check-in' | 'snooze' | 'overrun' | 'skip' | 'dismiss';
type Action =
  | { kind: 'wait'; minutes: number }
  | { kind: 'next-morning' }
  | { kind: 'sleep'; minutes: number }
  | { kind: 'jump'; minutes: number }
  | { kind: 'restart' }
  | { kind: 'zone'; to: (typeof ZONES)[number] }
  | { kind: 'window'; action: WindowAction; exercise: ExerciseId | null; stale: boolean }
  | { kind: 'check-in'; answered: boolean; stale: boolean }
  | { kind: 'finish'; endedEarly: boolean }
  | { kind: 'close-window' }
  | { kind: 'notification'; response: 'open' | 'start' | 'snooze'; stale: boolean }
  | { kind: 'tray'; action: 'start-reset' | 'check-in-now'; exercise: ExerciseId | null };

const exercise = fc.constantFrom(...EXERCISES.map((e) => e.id));
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 90 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'next-morning' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('sleep' as const), minutes: fc.integer({ min: 1, max: 180 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('jump' as const),
      minutes: fc.integer({ min: -90, max: 90 }).filter((m) => m !== 0),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('zone' as const), to: fc.constantFrom(...ZONES) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('window' as const),
      action: fc.constantFrom<WindowAction>('start', 'check-in', 'snooze', 'overrun', 'skip', 'dismiss'),
      exercise: fc.option(exercise, { nil: null }),
      stale: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('check-in' as const), answered: fc.boolean(), stale: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('finish' as const), endedEarly: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'close-window' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('notification' as const),
      response: fc.constantFrom('open' as const, 'start' as const, 'snooze' as const),
      stale: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('tray' as const),
      action: fc.constantFrom('start-reset' as const, 'check-in-now' as const),
      exercise: fc.option(exercise, { nil: null }),
    }),
  },
);

interface Awake {
  from: number;
  to: number;
  zone: string;
}

async function run(firstDay: string, zone: string, actions: readonly Action[]) {
  const [year, month, day] = firstDay.split('-').map(Number) as [number, number, number];
  const time = new VirtualTime(new TZDate(year, month - 1, day, 8, 30, zone).getTime(), zone);
  const store = new MemoryStore();
  const shell = new RecordingShell();
  const awake: Awake[] = [];
  let segmentStart = time.now();
  let core!: Interlude;
  const boot = async () => {
    core = new Interlude({ clock: time, timers: time, store, shell, log: silentLog });
    await core.start();
  };
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  const wait = async (ms: number) => {
    const end = time.now() + ms;
    while (time.now() < end) {
      time.advance(Math.min(10 * MINUTE, end - time.now()));
      await settle();
    }
  };
  const cut = () => {
    if (time.now() > segmentStart) awake.push({ from: segmentStart, to: time.now(), zone: time.timeZone() });
  };
  const onScreenId = (stale: boolean) => {
    const state = core.snapshot();
    return stale ? 'after@2020-01-01T00:00:00.000Z' : (state.activePrompt?.prompt.id ?? state.closing?.prompt.id);
  };

  await boot();
  for (const step of actions) {
    switch (step.kind) {
      case 'wait':
        await wait(step.minutes * MINUTE);
        break;
      case 'next-morning': {
        const local = new TZDate(time.now(), time.timeZone());
        await wait(
          new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, 8, 30, time.timeZone()).getTime() -
            time.now(),
        );
        break;
      }
      case 'sleep':
        cut();
        time.sleep(step.minutes * MINUTE);
        core.replan('resume');
        segmentStart = time.now();
        break;
      case 'jump':
        cut();
        time.jumpClock(step.minutes * MINUTE);
        segmentStart = time.now();
        break;
      case 'restart':
        core.stop();
        await core.flushed();
        await boot();
        break;
      case 'zone':
        cut();
        time.setTimeZone(step.to);
        core.replan();
        segmentStart = time.now();
        break;
      case 'window': {
        const promptId = onScreenId(step.stale);
        if (promptId)
          await core.handlers.respondToPrompt({
            promptId,
            action: step.action,
            ...(step.exercise && step.action === 'start' ? { exercise: step.exercise } : {}),
          });
        break;
      }
      case 'check-in': {
        const state = core.snapshot();
        const promptId = onScreenId(step.stale);
        const before = state.activePrompt?.prompt.kind === 'check-in';
        if (promptId)
          await core.handlers.saveCheckIn({
            promptId,
            answers: step.answered ? (before ? DEFAULT_BEFORE : DEFAULT_AFTER) : null,
          });
        break;
      }
      case 'finish': {
        const active = core.snapshot().activePrompt;
        if (active?.stage === 'exercise')
          await core.handlers.finishExercise({
            promptId: active.prompt.id,
            exercise: active.exercise!,
            secondsDone: Math.round((time.now() - (active.startedAt ?? time.now())) / 1000) % 3600,
            endedEarly: step.endedEarly,
          });
        break;
      }
      case 'close-window':
        await core.handlers.closeWindow(undefined);
        break;
      case 'notification': {
        const promptId = onScreenId(step.stale);
        if (promptId) await core.respondToNotification(promptId, step.response);
        break;
      }
      case 'tray':
        await core.handleTrayAction(
          step.action === 'start-reset'
            ? { type: 'start-reset', ...(step.exercise ? { exercise: step.exercise } : {}) }
            : { type: 'check-in-now' },
        );
        break;
    }
    await settle();
  }
  // Long enough for anything still waiting to be offered, or recorded as missed.
  await wait(3 * 60 * MINUTE);
  cut();
  core.stop();
  await core.flushed();
  return { journal: journalOf(store), awake };
}

/**
 * A scheduled prompt whose window was awake for a second or more has something in the journal,
 * once that window has closed (one still open at the end may yet be offered).
 */
function lostPrompts(journal: readonly JournalEntry[], awake: readonly Awake[]): string[] {
  const recorded = new Set(journal.map((entry) => entry.promptId));
  const end = Math.max(...awake.map((segment) => segment.to));
  const lost = new Set<string>();
  for (const segment of awake) {
    const sessions = templateSessionsBetween(
      DEFAULT_SETTINGS.template,
      segment.from - 86_400_000,
      segment.to + 86_400_000,
      segment.zone,
    );
    for (const window of expectedWindows(sessions, DEFAULT_SETTINGS, segment.zone)) {
      const overlap = Math.min(window.to, segment.to) - Math.max(window.from, segment.from);
      if (overlap >= 1_000 && window.to <= end && !recorded.has(window.id))
        lost.add(`${window.id} (awake ${segment.zone})`);
    }
  }
  return [...lost];
}

describe('the journal under random users, surfaces and clocks (property-based)', () => {
  it('is a valid path for every prompt, and loses no prompt whose window was awake', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIRST_DAYS),
        fc.constantFrom(...ZONES),
        fc.array(action, { minLength: 5, maxLength: 30 }),
        async (firstDay, zone, actions) => {
          const { journal, awake } = await run(firstDay, zone, actions);
          expect(journalProblems(journal)).toEqual([]);
          expect(lostPrompts(journal, awake)).toEqual([]);
        },
      ),
      { numRuns: 30, seed: 20261201 },
    );
  }, 300_000);

  it('the path check itself catches a broken path', () => {
    const entry = (event: JournalEntry['event'], at = 0) =>
      ({ at, promptId: 'p', kind: 'reset', event }) as JournalEntry;
    expect(journalProblems([entry('offered'), entry('skipped'), entry('offered')])).toEqual([
      'p: offered after it ended (skipped)',
    ]);
    expect(
      journalProblems([
        entry('offered'),
        {
          ...entry('completed'),
          exercise: 'silence',
          secondsDone: 1,
          plannedSeconds: 1,
          endedEarly: true,
        } as JournalEntry,
      ]),
    ).toEqual(['p: completed without a start']);
    expect(
      journalProblems([{ ...entry('missed', 10), reason: 'asleep' } as JournalEntry, entry('offered', 5)]),
    ).toEqual([]);
  });
});
