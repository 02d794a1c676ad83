import { describe, expect, it, vi } from 'vitest';
import { ExportSchema } from './export';
import { Interlude } from './interlude';
import { englishWords } from './testing/english';
import { journalOf } from './testing/journal-on-disk';
import { MemoryStore } from './testing/memory-store';
import { RecordingShell, silentLog } from './testing/recording-shell';
import { writeSyntheticHistory } from './testing/synthetic-history';
import { VirtualTime } from './testing/virtual-time';
import type { DocumentStore } from './ports';

// Friday 27 November 2026; the default template works Monday to Friday, 9 to 5, in UTC.
const at = (local: string) => Date.parse(`${local}Z`);

async function boot(time: VirtualTime, store: DocumentStore = new MemoryStore()) {
  const shell = new RecordingShell();
  const core = new Interlude({ clock: time, timers: time, store, shell, log: silentLog });
  await core.start();
  return { core, shell, store };
}

const fridayWeek = '2026-11-23';

describe('the weekly reflection', () => {
  it('is due from 16:00 on the last working day, saves once, and is then no longer due', async () => {
    const time = new VirtualTime(at('2026-11-27T15:59:00'));
    const { core } = await boot(time);
    expect(core.snapshot().reflection).toEqual({ week: fridayWeek, due: false, saved: false });
    time.advanceTo(at('2026-11-27T16:00:00'));
    expect(core.snapshot().reflection).toEqual({ week: fridayWeek, due: true, saved: false });
    const answers = { week: fridayWeek, wornOut: 6, meaningful: 8, moment: 'Remembered why I chose this work.' };
    const [first, second] = await Promise.all([
      core.handlers.saveReflection(answers),
      core.handlers.saveReflection(answers),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(core.snapshot().reflection).toEqual({ week: fridayWeek, due: false, saved: true });
    const patterns = await core.handlers.getPatterns({ range: '1w' });
    expect(patterns.reflections).toEqual([{ week: fridayWeek, wornOut: 6, meaningful: 8 }]);
    expect(patterns.moments.map((moment) => moment.text)).toEqual(['Remembered why I chose this work.']);
    core.stop();
  });

  it('refuses a week that has ended, and can be skipped for the week', async () => {
    const time = new VirtualTime(at('2026-11-28T10:00:00'));
    const { core } = await boot(time);
    expect(
      await core.handlers.saveReflection({ week: '2026-11-16', wornOut: 5, meaningful: 5, moment: null }),
    ).toMatchObject({
      ok: false,
    });
    expect(
      await core.handlers.saveReflection({ week: fridayWeek, wornOut: null, meaningful: null, moment: null }),
    ).toEqual({
      ok: true,
    });
    expect(core.snapshot().reflection?.saved).toBe(true);
    core.stop();
  });
});

describe('"How do you feel now?"', () => {
  it('is saved once after a reset run to its end, and refused after a skip', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, store } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    const promptId = core.snapshot().activePrompt!.prompt.id;
    await core.handlers.respondToPrompt({ promptId, action: 'start', exercise: 'silence' });
    time.advanceTo(at('2026-11-25T09:53:00'));
    await core.handlers.finishExercise({ promptId, exercise: 'silence', secondsDone: 180, endedEarly: false });
    expect(await core.handlers.saveFeeling({ promptId, activation: 2 })).toEqual({ ok: true });
    expect(await core.handlers.saveFeeling({ promptId, activation: 1 })).toMatchObject({ ok: false });
    expect(journalOf(store as MemoryStore).filter((entry) => entry.event === 'felt')).toEqual([
      { at: at('2026-11-25T09:53:00'), promptId, kind: 'reset', event: 'felt', exercise: 'silence', activation: 2 },
    ]);
    time.advanceTo(at('2026-11-25T10:50:00'));
    const next = core.snapshot().activePrompt!.prompt.id;
    await core.handlers.respondToPrompt({ promptId: next, action: 'skip' });
    expect(await core.handlers.saveFeeling({ promptId: next, activation: 3 })).toMatchObject({ ok: false });
    core.stop();
  });
});

describe('moments, people and nudges', () => {
  it('notes a moment from the tray’s form, and records support only for someone on the list', async () => {
    const time = new VirtualTime(at('2026-11-25T12:10:00'));
    const { core, shell } = await boot(time);
    await core.handleTrayAction({ type: 'open-dashboard', view: 'note-moment' });
    expect(core.snapshot().navigation).toEqual({ view: 'note-moment', request: 1, at: time.now() });
    expect(shell.calls.at(-1)).toEqual({ type: 'show-dashboard' });
    expect(await core.handlers.noteMoment({ text: 'A long piece of work moved.' })).toEqual({ ok: true });
    expect(await core.handlers.recordSupport({ personId: 'ana', how: 'consultation' })).toMatchObject({ ok: false });
    await core.handlers.savePeople({ people: [{ id: 'ana', name: 'Supervision with Ana', everyDays: 14 }] });
    expect(core.snapshot().people).toEqual([{ id: 'ana', name: 'Supervision with Ana', everyDays: 14 }]);
    expect(await core.handlers.recordSupport({ personId: 'ana', how: 'consultation' })).toEqual({ ok: true });
    const patterns = await core.handlers.getPatterns({ range: '4w' });
    expect(patterns.moments.map((moment) => moment.text)).toEqual(['A long piece of work moved.']);
    expect(patterns.support).toEqual([
      { personId: 'ana', name: 'Supervision with Ana', everyDays: 14, lastAt: time.now(), times: 1 },
    ]);
    core.stop();
  });

  it('says it could not save rather than acknowledging a moment the disk refused', async () => {
    const time = new VirtualTime(at('2026-11-25T12:10:00'));
    const store = new MemoryStore();
    const { core } = await boot(time, store);
    store.failWrites = new Error('ENOSPC: no space left on device');
    expect(await core.handlers.noteMoment({ text: 'Kept?' })).toMatchObject({ ok: false });
    store.failWrites = null;
    expect((await core.handlers.getPatterns({ range: '1w' })).moments).toEqual([]);
    core.stop();
  });

  it('shows a nudge when the records say so, records its appearance, and "Don\'t show this kind again" keeps it away', async () => {
    const time = new VirtualTime(at('2026-11-27T17:30:00'));
    const store = new MemoryStore();
    // Sessions every day for three weeks, weekends too: no day off in the records.
    const days = Array.from({ length: 21 }, (_, back) => {
      const start = at('2026-11-27T00:00:00') - (back + 1) * 86_400_000;
      const date = new Date(start).toISOString().slice(0, 10);
      return {
        type: 'day' as const,
        at: start,
        date,
        sessions: [[start + 9 * 3_600_000, start + 10 * 3_600_000]] as [number, number][],
      };
    });
    await writeSyntheticHistory(store, { journal: [], diary: [], days, people: { version: 1, people: [] } }, 'UTC');
    const { core } = await boot(time, store);
    await core.flushed();
    await vi.waitFor(() => expect(core.snapshot().nudge?.kind).toBe('day-off'));
    expect(englishWords.say(core.snapshot().nudge!.text)).toMatch(
      /^Every day of the 22 Interlude has on record has had sessions\./,
    );
    expect(await core.handlers.answerNudge({ kind: 'day-off', answer: 'never' })).toEqual({ ok: true });
    expect(core.snapshot().settings.reflection.hiddenNudges).toEqual(['day-off']);
    expect(core.snapshot().nudge).toBeNull();
    const exported = await core.handlers.exportData({ format: 'json' });
    const diary = ExportSchema.parse(JSON.parse(exported.result === 'download' ? exported.contents : '')).diary;
    expect(diary.map((record) => (record.type === 'nudge' ? record.answer : record.type))).toEqual(['shown', 'never']);
    core.stop();
  });
});
