import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER, DEFAULT_BEFORE } from '../shared/check-in';
import type { ScheduleSource } from './schedule-source';
import { Interlude } from './interlude';
import { journalOf } from './testing/journal-on-disk';
import { MemoryStore } from './testing/memory-store';
import { RecordingShell, silentLog } from './testing/recording-shell';
import { VirtualTime } from './testing/virtual-time';

/**
 * Every path off the happy one, each a defect seen in the preview: the words must stay true and
 * a request from the user must never destroy what the schedule offered.
 */
const at = (local: string) => Date.parse(`${local}Z`);
const MINUTE = 60_000;

async function boot(time: VirtualTime, options: { store?: MemoryStore; schedule?: ScheduleSource } = {}) {
  const shell = new RecordingShell();
  const store = options.store ?? new MemoryStore();
  const core = new Interlude({
    clock: time,
    timers: time,
    store,
    shell,
    log: silentLog,
    ...(options.schedule ? { schedule: options.schedule } : {}),
  });
  await core.start();
  return { core, shell, store };
}

const events = (store: MemoryStore) =>
  journalOf(store).map((entry) => `${entry.promptId.split('@')[0]}:${entry.event}`);

/** Sessions of the given local times (UTC here), as a fixed schedule. */
function sessions(...spans: [string, string][]): ScheduleSource {
  const list = spans.map(([start, end]) => ({ start: at(start), end: at(end), source: 'demo' as const }));
  return (from, to) => list.filter((session) => session.end > from && session.start < to);
}

describe('"Check in now"', () => {
  it('names the real next session, not now + 10 minutes (defect 1)', async () => {
    const time = new VirtualTime(at('2026-11-25T10:50:30'));
    const { core } = await boot(time, {
      schedule: sessions(['2026-11-25T10:00', '2026-11-25T10:50'], ['2026-11-25T11:04', '2026-11-25T11:54']),
    });
    await core.handlers.respondToPrompt({ promptId: core.snapshot().activePrompt!.prompt.id, action: 'skip' });
    await core.handleTrayAction({ type: 'check-in-now' });
    const asked = core.snapshot().activePrompt!.prompt;
    expect(asked).toMatchObject({ kind: 'check-in', requested: true });
    expect(asked.session?.start).toBe(at('2026-11-25T11:04'));
    core.stop();
  });

  it('with nothing left today, is a check-in about now that says so (defect 1)', async () => {
    const time = new VirtualTime(at('2026-11-25T20:27:00'));
    const { core } = await boot(time);
    await core.handleTrayAction({ type: 'check-in-now' });
    const asked = core.snapshot().activePrompt!.prompt;
    expect(asked).toMatchObject({ kind: 'check-out', requested: true, session: null });
    core.stop();
  });

  it('opens a waiting prompt instead of skipping it (defect 2)', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, shell, store } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    const waiting = core.snapshot().activePrompt!.prompt.id;
    await core.handleTrayAction({ type: 'check-in-now' });
    expect(core.snapshot().activePrompt?.prompt.id).toBe(waiting);
    expect(shell.calls).toContainEqual({ type: 'show-prompt', focus: true });
    await core.flushed();
    expect(events(store)).toEqual(['after:offered']);
    core.stop();
  });

  it('is not replaced by a prompt that comes due while the user answers it; that one waits its turn (defect 2)', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:45'));
    const { core, store } = await boot(time);
    await core.handleTrayAction({ type: 'check-in-now' });
    const asked = core.snapshot().activePrompt!.prompt.id;
    time.advanceTo(at('2026-11-25T09:50:00')); // the scheduled reset comes due
    expect(core.snapshot().activePrompt?.prompt.id).toBe(asked);
    expect(await core.handlers.saveCheckIn({ promptId: asked, answers: DEFAULT_BEFORE })).toEqual({ ok: true });
    // Finished: the reset offers itself now, its window still open.
    expect(core.snapshot().activePrompt?.prompt).toMatchObject({ kind: 'reset', id: 'after@2026-11-25T09:50:00.000Z' });
    await core.flushed();
    expect(events(store)).toEqual(['manual-check-in:offered', 'manual-check-in:checked-in', 'after:offered']);
    core.stop();
  });
});

describe('"Still in session" and snoozes say what will happen', () => {
  it('in a short gap, says it will skip, and the window confirms it (defect 3)', async () => {
    const time = new VirtualTime(at('2026-11-25T08:13:59'));
    const { core } = await boot(time, {
      schedule: sessions(['2026-11-25T08:00', '2026-11-25T08:14'], ['2026-11-25T08:20', '2026-11-25T08:50']),
    });
    time.advanceTo(at('2026-11-25T08:14:00'));
    const active = core.snapshot().activePrompt!;
    expect(active.choices.overrun).toBe('skips');
    await core.handlers.respondToPrompt({ promptId: active.prompt.id, action: 'overrun' });
    expect(core.snapshot().closing).toMatchObject({ word: { outcome: 'overrun-skipped' } });
    core.stop();
  });

  it('in a long gap, asks again in five minutes, and the window says when', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:59'));
    const { core } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    const active = core.snapshot().activePrompt!;
    expect(active.choices.overrun).toBe('in-five-minutes');
    await core.handlers.respondToPrompt({ promptId: active.prompt.id, action: 'overrun' });
    expect(core.snapshot().closing).toMatchObject({
      word: { outcome: 'snoozed', until: at('2026-11-25T09:55:00'), reason: 'overrun' },
    });
    core.stop();
  });

  it('a snooze capped by the next check-in names its time, and the tray shows it (defect 4)', async () => {
    const time = new VirtualTime(at('2026-11-25T08:20:59'));
    const { core, shell } = await boot(time, {
      schedule: sessions(['2026-11-25T08:00', '2026-11-25T08:21'], ['2026-11-25T08:27', '2026-11-25T09:00']),
    });
    time.advanceTo(at('2026-11-25T08:21:00'));
    const active = core.snapshot().activePrompt!;
    // The window closes at 08:25 (the check-in's lead), so a snooze can ask again only at 08:24.
    expect(active.choices.snooze).toEqual({ kind: 'at', at: at('2026-11-25T08:24:00') });
    await core.handlers.respondToPrompt({ promptId: active.prompt.id, action: 'snooze' });
    expect(core.snapshot().closing).toMatchObject({ word: { outcome: 'snoozed', until: at('2026-11-25T08:24:00') } });
    const labels = shell.lastTray!.items.flatMap((item) => ('text' in item ? [item.text] : []));
    expect(labels).toContain('Reset at 8:24 AM');
    core.stop();
  });
});

describe('every surface shows the same prompt', () => {
  it('answering in the window takes down its notification; a stale one opens what is current (defect 5)', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, shell } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    const first = core.snapshot().activePrompt!.prompt.id;
    await core.handlers.respondToPrompt({ promptId: first, action: 'snooze' });
    expect(shell.calls).toContainEqual({ type: 'close-notification', promptId: first });
    time.advanceTo(at('2026-11-25T09:55:00'));
    expect(core.snapshot().activePrompt?.prompt.id).toBe(first);
    const before = shell.calls.length;
    await core.respondToNotification('after@an-old-one', 'start');
    expect(shell.calls.slice(before)).toEqual([{ type: 'show-prompt', focus: true }]);
    expect(core.snapshot().activePrompt?.stage).toBe('offer');
    core.stop();
  });

  it('ending early is recorded and counted apart from finishing (defect 6)', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core } = await boot(time);
    await core.handleTrayAction({ type: 'start-reset', exercise: 'hand-on-heart' });
    const promptId = core.snapshot().activePrompt!.prompt.id;
    time.advance(12_000);
    await core.handlers.finishExercise({ promptId, exercise: 'hand-on-heart', secondsDone: 12, endedEarly: true });
    expect(core.snapshot().closing?.word).toEqual({
      outcome: 'ended-early',
      exercise: 'hand-on-heart',
      secondsDone: 12,
    });
    expect(core.snapshot().resetsToday).toEqual({ finished: 0, endedEarly: 1 });
    core.stop();
  });

  it('the tray says a reset started from it is under way, and for how long (defect 7)', async () => {
    const time = new VirtualTime(at('2026-11-25T10:10:00')); // inside the 10:00 session
    const { core, shell } = await boot(time);
    await core.handleTrayAction({ type: 'start-reset', exercise: 'silence' });
    expect(shell.lastTray).toMatchObject({ state: 'in-reset', tooltip: 'Interlude · Reset under way · 3 min left' });
    expect(shell.lastTray!.items[0]).toMatchObject({ text: 'Reset under way · 3 min left' });
    time.advance(61_000);
    expect(shell.lastTray!.tooltip).toBe('Interlude · Reset under way · 2 min left');
    core.stop();
  });

  it('a tray reset while a reset waits starts that reset, rather than throwing it away', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, store } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    await core.handleTrayAction({ type: 'start-reset', exercise: 'seated-stretch' });
    expect(core.snapshot().activePrompt).toMatchObject({
      stage: 'exercise',
      exercise: 'seated-stretch',
      prompt: { id: 'after@2026-11-25T09:50:00.000Z' },
    });
    await core.flushed();
    expect(events(store)).toEqual(['after:offered', 'after:started']);
    core.stop();
  });
});

describe('progress is core state', () => {
  it('a saved check-in is not asked again after a reload or a restart, and a skip after it skips only the reset (defect 8)', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const first = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    const promptId = first.core.snapshot().activePrompt!.prompt.id;
    await first.core.handlers.respondToPrompt({ promptId, action: 'check-in' });
    expect(first.core.snapshot().activePrompt?.step).toBe('check-in');
    await first.core.handlers.saveCheckIn({ promptId, answers: { ...DEFAULT_AFTER, need: 'movement' } });
    // A reload asks the core again: it is at the choice, with the suggestion made from the answers.
    expect(first.core.snapshot().activePrompt).toMatchObject({
      step: 'choose',
      suggestion: { exercise: 'seated-stretch' },
    });
    await first.core.flushed();
    first.core.stop();

    const second = await boot(time, { store: first.store });
    expect(second.core.snapshot().activePrompt).toMatchObject({ prompt: { id: promptId }, step: 'choose' });
    expect(await second.core.handlers.saveCheckIn({ promptId, answers: DEFAULT_AFTER })).toMatchObject({ ok: false });
    await second.core.handlers.respondToPrompt({ promptId, action: 'skip' });
    await second.core.flushed();
    expect(events(second.store)).toEqual(['after:offered', 'after:checked-in', 'after:skipped']);
    second.core.stop();
  });
});

describe('suggestions follow the moment', () => {
  it('after dark in December, stepping outside is offered as a window (defect 10)', async () => {
    const time = new VirtualTime(at('2026-12-01T20:23:59'), 'UTC');
    time.setTimeZone('Europe/London');
    const { core } = await boot(time, {
      schedule: sessions(['2026-12-01T19:30', '2026-12-01T20:24'], ['2026-12-01T20:40', '2026-12-01T21:30']),
    });
    time.advanceTo(at('2026-12-01T20:24:00'));
    const { id } = core.snapshot().activePrompt!.prompt;
    await core.handlers.saveCheckIn({ promptId: id, answers: { ...DEFAULT_AFTER, feelings: ['drained'] } });
    expect(core.snapshot().activePrompt?.suggestion).toMatchObject({ exercise: 'step-outside', toAWindow: true });
    core.stop();
  });

  it('follows a city the user chose for daylight, and refuses one that is not on the list', async () => {
    // 16:30 in Los Angeles in December: still light there, long dark in London.
    const time = new VirtualTime(at('2026-12-01T16:29:59'), 'UTC');
    time.setTimeZone('America/Los_Angeles');
    const { core } = await boot(time, {
      schedule: sessions(['2026-12-02T00:00', '2026-12-02T00:30'], ['2026-12-02T00:45', '2026-12-02T01:30']),
    });
    const settings = core.snapshot().settings;
    expect(
      await core.handlers.updateSettings({
        ...settings,
        exercises: { ...settings.exercises, daylightCity: 'Atlantis/Capital' },
      }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'exercises.daylightCity', message: { key: 'settings.errors.chooseCity' } }],
    });
    await core.handlers.updateSettings({
      ...settings,
      exercises: { ...settings.exercises, daylightCity: 'Europe/London' },
    });
    time.advanceTo(at('2026-12-02T00:30:00')); // 16:30 in Los Angeles, 00:30 in London
    const { id } = core.snapshot().activePrompt!.prompt;
    await core.handlers.saveCheckIn({ promptId: id, answers: { ...DEFAULT_AFTER, feelings: ['drained'] } });
    expect(core.snapshot().activePrompt?.suggestion).toMatchObject({ exercise: 'step-outside', toAWindow: true });
    core.stop();
  });

  it('a notification’s Start begins the very exercise the window suggests', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, shell } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    const suggested = core.snapshot().activePrompt!.suggestion!.exercise;
    await core.respondToNotification(shell.notifications[0]!.promptId, 'start');
    expect(core.snapshot().activePrompt).toMatchObject({ stage: 'exercise', exercise: suggested });
    core.stop();
  });
});

describe('a prompt on screen is withdrawn once a session is under way again', () => {
  it('when the clock is set back into the session', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, store } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:30'));
    expect(core.snapshot().activePrompt?.prompt.kind).toBe('reset');
    time.jumpClock(-10 * MINUTE); // 09:40: the session again
    time.advance(MINUTE);
    expect(core.snapshot().activePrompt).toBeNull();
    await core.flushed();
    expect(events(store)).toEqual(['after:offered', 'after:expired']);
    core.stop();
  });

  it('a window jumped over while awake is recorded as a change of clock, not a sleep', async () => {
    const time = new VirtualTime(at('2026-11-25T09:30:00'));
    const { core, store } = await boot(time, {
      schedule: sessions(['2026-11-25T09:00', '2026-11-25T09:50'], ['2026-11-25T09:53', '2026-11-25T10:40']),
    });
    time.jumpClock(20 * MINUTE);
    time.advance(MINUTE);
    await core.flushed();
    expect(journalOf(store).find((entry) => entry.event === 'missed')).toMatchObject({
      promptId: 'after@2026-11-25T09:50:00.000Z',
      reason: 'clock-change',
    });
    core.stop();
  });

  it('a prompt left open by a restart, whose session was removed, is closed in the journal', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const first = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    await first.core.flushed();
    first.core.stop();
    const second = await boot(time, { store: first.store, schedule: sessions() });
    await second.core.flushed();
    expect(events(second.store)).toEqual(['after:offered', 'after:expired']);
    expect(second.core.snapshot().activePrompt).toBeNull();
    second.core.stop();
  });

  it('when a refresh lengthens the session its reset is on screen for', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    let end = at('2026-11-25T09:50');
    const lengthening: ScheduleSource = (from, to) =>
      [{ start: at('2026-11-25T09:00'), end, source: 'calendar' as const }].filter((s) => s.end > from && s.start < to);
    const { core, store } = await boot(time, { schedule: lengthening });
    time.advanceTo(at('2026-11-25T09:50:00'));
    expect(core.snapshot().activePrompt?.prompt.kind).toBe('wind-down');
    end = at('2026-11-25T10:26'); // the calendar now says the session runs 36 minutes longer
    core.replan();
    expect(core.snapshot().activePrompt).toBeNull();
    await core.flushed();
    expect(events(store)).toEqual(['after:offered', 'after:expired']);
    core.stop();
  });

  it('a window recorded as slept through is offered after all when the clock is set back into it (a dual-boot clock)', async () => {
    const time = new VirtualTime(at('2026-11-25T09:45:00'));
    const { core, shell, store } = await boot(time);
    // Asleep for ten minutes, but the hardware clock wakes an hour fast: 10:55 instead of 09:55.
    time.sleep(70 * MINUTE);
    core.replan('resume');
    await core.flushed();
    expect(
      journalOf(store)
        .filter((e) => e.event === 'missed')
        .map((e) => e.promptId),
    ).toContain('after@2026-11-25T09:50:00.000Z');
    // Time sync sets it right: 09:55, inside the 09:50 reset's window (to 09:58).
    time.jumpClock(-60 * MINUTE);
    time.advance(MINUTE);
    expect(core.snapshot().activePrompt?.prompt.id).toBe('after@2026-11-25T09:50:00.000Z');
    time.advanceTo(at('2026-11-25T09:58:00'));
    expect(shell.notifications.map((n) => n.promptId)).toContain('check-in@2026-11-25T10:00:00.000Z');
    core.stop();
  });

  it('a prompt that waits for the user to finish another, and whose window closes meanwhile, is recorded', async () => {
    const time = new VirtualTime(at('2026-11-25T09:48:00'));
    const { core, store } = await boot(time);
    await core.handleTrayAction({ type: 'start-reset', exercise: 'silence' });
    time.advanceTo(at('2026-11-25T09:59:00')); // the 09:50 reset waited out its window
    const promptId = core.snapshot().activePrompt!.prompt.id;
    await core.handlers.finishExercise({ promptId, exercise: 'silence', secondsDone: 180, endedEarly: false });
    await core.flushed();
    expect(journalOf(store).find((e) => e.promptId === 'after@2026-11-25T09:50:00.000Z')).toMatchObject({
      event: 'missed',
      reason: 'busy',
    });
    core.stop();
  });
});

describe('found in review', () => {
  it('after a restart at the choice of exercise, the suggestion is back and the check-in cannot be asked again', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const first = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    const promptId = first.core.snapshot().activePrompt!.prompt.id;
    await first.core.handlers.saveCheckIn({ promptId, answers: { ...DEFAULT_AFTER, carrying: 'a-lot' } });
    await first.core.flushed();
    first.core.stop();
    const second = await boot(time, { store: first.store });
    expect(second.core.snapshot().activePrompt).toMatchObject({
      step: 'choose',
      suggestion: { exercise: 'hand-on-heart' },
    });
    expect(await second.core.handlers.respondToPrompt({ promptId, action: 'check-in' })).toMatchObject({ ok: false });
    second.core.stop();
  });

  it('a snooze that could not come back, because prompts were paused, is closed when its window ends', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, store } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    await core.handlers.respondToPrompt({ promptId: core.snapshot().activePrompt!.prompt.id, action: 'snooze' });
    await core.handleTrayAction({ type: 'pause', for: 'hour' });
    time.advanceTo(at('2026-11-25T10:30:00'));
    await core.flushed();
    expect(events(store).filter((event) => event.startsWith('after:'))).toEqual([
      'after:offered',
      'after:snoozed',
      'after:expired',
    ]);
    core.stop();
  });

  it('"still in session" asks again only if a minute of the window is left then', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core } = await boot(time);
    time.advanceTo(at('2026-11-25T09:52:30')); // the window closes at 09:58: 09:57:30 would leave half a minute
    expect(core.snapshot().activePrompt?.choices.overrun).toBe('skips');
    core.stop();
  });

  it('a reset left running long past its time is closed as expired, and the window goes', async () => {
    const time = new VirtualTime(at('2026-11-25T10:52:00'));
    const { core, shell, store } = await boot(time);
    // The 10:50 reset is waiting, so the tray's reset starts it.
    await core.handleTrayAction({ type: 'start-reset', exercise: 'silence' });
    time.advance(19 * MINUTE); // three minutes of reset, then fifteen more, and a minute: walked away from
    expect(core.snapshot().activePrompt).toBeNull();
    expect(shell.calls.some((call) => call.type === 'hide-prompt')).toBe(true);
    await core.flushed();
    expect(events(store).filter((event) => event.startsWith('after:'))).toEqual([
      'after:offered',
      'after:started',
      'after:expired',
    ]);
    core.stop();
  });

  it('a notification’s snooze button says when it will ask again, or is not offered', async () => {
    const time = new VirtualTime(at('2026-11-25T08:20:59'));
    const { core, shell } = await boot(time, {
      schedule: sessions(['2026-11-25T08:00', '2026-11-25T08:21'], ['2026-11-25T08:27', '2026-11-25T09:00']),
    });
    time.advanceTo(at('2026-11-25T08:21:00'));
    expect(shell.notifications.at(-1)?.actions.map((action) => action.text)).toEqual(['Start', 'Ask again at 8:24 AM']);
    core.stop();
  });
});
