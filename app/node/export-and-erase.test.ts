import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AFTER } from '../shared/check-in';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { CSV_COLUMNS, ExportSchema } from '../core/export';
import { Interlude } from '../core/interlude';
import type { DocumentStore } from '../core/ports';
import { RecordingShell, silentLog } from '../core/testing/recording-shell';
import { syntheticHistory, writeSyntheticHistory } from '../core/testing/synthetic-history';
import { VirtualTime } from '../core/testing/virtual-time';
import { FileStore } from './file-store';

const at = (local: string) => Date.parse(`${local}Z`);

async function boot(time: VirtualTime, store: DocumentStore) {
  const core = new Interlude({ clock: time, timers: time, store, shell: new RecordingShell(), log: silentLog });
  await core.start();
  return { core };
}

describe('export and erase', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'interlude-erase-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('exports every record as versioned JSON and as guarded CSV, both readable back', async () => {
    const time = new VirtualTime(at('2026-11-25T12:10:00'));
    const store = new FileStore(directory);
    const seeded = syntheticHistory({ weeks: 3, end: time.now(), timeZone: 'UTC' });
    await writeSyntheticHistory(store, seeded, 'UTC');
    const { core } = await boot(time, store);
    await core.handlers.noteMoment({ text: '=HYPERLINK("https://example.com") and "quotes", commas' });
    const json = await core.handlers.exportData({ format: 'json' });
    expect(json).toMatchObject({ result: 'download', fileName: 'interlude-2026-11-25.json' });
    const exported = ExportSchema.parse(JSON.parse(json.result === 'download' ? json.contents : ''));
    // Then what the start itself recorded of this morning, which the seeded history does not reach.
    expect(exported.journal.slice(0, seeded.journal.length)).toEqual(seeded.journal);
    expect(exported.journal.slice(seeded.journal.length).every((entry) => entry.at >= at('2026-11-25T00:00:00'))).toBe(
      true,
    );
    // With the days since that the start caught up on from the template.
    expect(exported.days.slice(0, seeded.days.length)).toEqual(seeded.days);
    expect(exported.diary.slice(0, seeded.diary.length)).toEqual(seeded.diary);
    // The moment just noted, and any nudge the start showed.
    const added = exported.diary.slice(seeded.diary.length);
    expect(added.filter((record) => record.type !== 'nudge')).toEqual([expect.objectContaining({ type: 'moment' })]);
    expect(exported.people).toEqual(seeded.people);

    const csv = await core.handlers.exportData({ format: 'csv' });
    const text = csv.result === 'download' ? csv.contents : '';
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(rows).toHaveLength(exported.journal.length + exported.diary.length + exported.days.length);
    const moment = rows.find((row) => row.record === 'moment' && row.text?.includes('HYPERLINK'));
    expect(moment?.text).toBe('\'=HYPERLINK("https://example.com") and "quotes", commas');
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    core.stop();
  });

  it('erases nothing without the word, and with it leaves no file of the user’s data and a first-run app', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const store = new FileStore(directory);
    await writeSyntheticHistory(store, syntheticHistory({ weeks: 2, end: time.now(), timeZone: 'UTC' }), 'UTC');
    await store.write('journal.jsonl', '{"torn');
    await store.write('settings.damaged-2026-11-01T00-00-00-000Z.json', '{}');
    const booted = await boot(time, store);
    await booted.core.handlers.updateSettings({ ...DEFAULT_SETTINGS, resetMinutes: 5 });
    time.advanceTo(at('2026-11-25T09:50:00'));
    const promptId = booted.core.snapshot().activePrompt!.prompt.id;
    await booted.core.handlers.saveCheckIn({ promptId, answers: { ...DEFAULT_AFTER, mineAndTheirs: 'private line' } });
    await booted.core.handlers.respondToPrompt({ promptId, action: 'skip' });
    // In the next session, so a first-run app has nothing to offer.
    time.advanceTo(at('2026-11-25T10:30:00'));
    const before = (await readdir(directory)).length;
    expect(await booted.core.handlers.eraseEverything({ confirmation: 'delete' })).toMatchObject({ ok: false });
    expect((await readdir(directory)).length).toBe(before);

    expect(await booted.core.handlers.eraseEverything({ confirmation: ' Erase ' })).toEqual({ ok: true });
    // Only what a first start writes: the instant of this new first start (the new hashing key goes
    // to the secret store, in memory here), none of the user's data.
    expect(await readdir(directory)).toEqual(['first-start.json']);
    expect(JSON.parse((await store.read('first-start.json'))!)).toEqual({ at: time.now() });
    const state = booted.core.snapshot();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect([state.activePrompt, state.journalToday, state.people, state.notices]).toEqual([null, [], [], []]);
    expect((await booted.core.handlers.getPatterns({ range: '1y' })).answered).toEqual({ before: 0, after: 0 });
    booted.core.stop();
  });
});
