import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AFTER } from '../shared/check-in';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { ExportSchema } from '../core/export';
import { offline, startedCore } from '../core/testing/started-core';
import { VirtualTime } from '../core/testing/virtual-time';
import { plainTextCipher } from './cipher';
import { FileSecretStore } from './file-secret-store';
import { FileStore } from './file-store';
import { SealedDocumentStore } from './sealed-document-store';
import { englishWords } from '../core/testing/english';

const at = (local: string) => Date.parse(`${local}Z`);
/** Words a clinician might type despite being told not to: none may reach the disk as they are. */
const MARKERS = ['JaneDoeCheckIn', 'ReflectionMarker', 'MariaGonzalezKeyword', 'SupervisionMarker', 'FeedLabelMarker'];

async function boot(directory: string, time: VirtualTime) {
  const { store, notices } = await SealedDocumentStore.open(new FileStore(directory), plainTextCipher);
  const calendar = { fetchFeed: offline, secrets: new FileSecretStore(store, plainTextCipher) };
  return (await startedCore(time, store, calendar, notices)).core;
}

describe('the clinician’s words at rest', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'interlude-at-rest-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('are in no data file after a check-in, a reflection, a moment, a keyword, a person and a feed label are saved, and export reads them back', async () => {
    // Friday 27 November 2026, after the 9:00 session of the default template, in UTC.
    const time = new VirtualTime(at('2026-11-27T09:49:00'), 'UTC');
    const core = await boot(directory, time);
    time.advanceTo(at('2026-11-27T09:50:00'));
    const promptId = core.snapshot().activePrompt!.prompt.id;
    expect(
      await core.handlers.saveCheckIn({
        promptId,
        answers: { ...DEFAULT_AFTER, mineAndTheirs: 'JaneDoeCheckIn talked' },
      }),
    ).toEqual({ ok: true });
    time.advanceTo(at('2026-11-27T16:05:00'));
    expect(
      await core.handlers.saveReflection({ week: '2026-11-23', wornOut: 4, meaningful: 7, moment: 'ReflectionMarker' }),
    ).toEqual({ ok: true });
    expect(await core.handlers.noteMoment({ text: 'A moment, ReflectionMarker too' })).toEqual({ ok: true });
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.calendar.rule.excludeKeywords = ['MariaGonzalezKeyword'];
    expect(await core.handlers.updateSettings(settings)).toMatchObject({ ok: true });
    expect(
      await core.handlers.savePeople({ people: [{ id: 'sup', name: 'SupervisionMarker', everyDays: 14 }] }),
    ).toEqual({ ok: true });
    await core.handlers.subscribeCalendar({ url: 'https://ehr.example/feed.ics', label: 'FeedLabelMarker' });
    expect(core.snapshot().calendar.sources.map((source) => englishWords.say(source.label))).toEqual([
      'FeedLabelMarker',
    ]);
    await core.flushed();

    const files = await readdir(directory);
    expect(files.length).toBeGreaterThan(4);
    for (const name of files) {
      const raw = await readFile(join(directory, name), 'utf8');
      for (const marker of MARKERS) expect(raw, `${marker} in ${name}`).not.toContain(marker);
    }

    const exported = await core.handlers.exportData({ format: 'json' });
    const contents = exported.result === 'download' ? exported.contents : '';
    for (const marker of ['JaneDoeCheckIn', 'ReflectionMarker', 'SupervisionMarker'])
      expect(contents).toContain(marker);
    ExportSchema.parse(JSON.parse(contents));
    core.stop();

    // And the next start reads them all.
    const again = await boot(directory, time);
    expect(again.snapshot().notices).toEqual([]);
    expect(again.snapshot().settings.calendar.rule.excludeKeywords).toEqual(['MariaGonzalezKeyword']);
    expect(again.snapshot().people.map((person) => person.name)).toEqual(['SupervisionMarker']);
    expect(again.snapshot().calendar.sources.map((source) => englishWords.say(source.label))).toEqual([
      'FeedLabelMarker',
    ]);
    again.stop();
  });
});
