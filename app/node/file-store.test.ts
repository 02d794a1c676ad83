import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../shared/domain';
import { DEFAULT_SETTINGS, SettingsSchema } from '../shared/settings';
import { loadJsonDocument } from '../core/documents';
import { Journal } from '../core/journal';
import { FileStore } from './file-store';
import { englishWords } from '../core/testing/english';
import { message } from '../shared/i18n/message';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'interlude-store-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const entry = (minute: number): JournalEntry => ({
  at: Date.parse('2026-11-25T09:50:00Z') + minute * 60_000,
  promptId: `reset@${minute}`,
  kind: 'reset',
  event: 'offered',
});

const openJournal = (store: FileStore, timeZone = 'UTC') =>
  Journal.open(store, { timeZone: () => timeZone, now: () => Date.parse('2026-11-25T10:00:00Z') });

describe('FileStore and the journal on disk', () => {
  it("reads back every acknowledged record after reopening, from the month's own file", async () => {
    const store = new FileStore(directory);
    const { journal } = await openJournal(store);
    for (let i = 0; i < 5; i++) await journal.append(entry(i));
    const reopened = await openJournal(new FileStore(directory));
    expect(reopened.journal.entries()).toEqual([0, 1, 2, 3, 4].map(entry));
    expect(reopened.notices).toEqual([]);
    expect((await readdir(directory)).sort()).toEqual(['journal-2026-11.jsonl']);
  });

  it('appends a record without rewriting the file', async () => {
    const store = new FileStore(directory);
    const { journal } = await openJournal(store);
    await journal.append(entry(0));
    const before = await stat(join(directory, 'journal-2026-11.jsonl'));
    await journal.append(entry(1));
    const after = await stat(join(directory, 'journal-2026-11.jsonl'));
    // Same file, grown: a rewrite would go through a temporary file and a new inode.
    expect(after.ino).toBe(before.ino);
    expect(after.size).toBeGreaterThan(before.size);
  });

  it('keeps earlier records when the last line was torn, copying the torn original aside before repairing', async () => {
    const store = new FileStore(directory, () => new Date('2026-11-25T10:00:00Z'));
    const { journal } = await openJournal(store);
    await journal.append(entry(0));
    await journal.append(entry(1));
    const torn = `${await readFile(join(directory, 'journal-2026-11.jsonl'), 'utf8')}{"at":1764064200000,"promptId":"res`;
    await writeFile(join(directory, 'journal-2026-11.jsonl'), torn);
    const reopened = await openJournal(store);
    expect(reopened.journal.entries()).toEqual([entry(0), entry(1)]);
    expect(reopened.notices.map((notice) => englishWords.say(notice))).toEqual([
      'Your journal for 2026-11 had 1 damaged line; the 2 readable records were kept. The original was saved as journal-2026-11.damaged-2026-11-25T10-00-00-000Z.jsonl.',
    ]);
    expect((await readdir(directory)).sort()).toEqual([
      'journal-2026-11.damaged-2026-11-25T10-00-00-000Z.jsonl',
      'journal-2026-11.jsonl',
    ]);
    expect(await readFile(join(directory, 'journal-2026-11.damaged-2026-11-25T10-00-00-000Z.jsonl'), 'utf8')).toBe(
      torn,
    );
    await reopened.journal.append(entry(2));
    expect((await openJournal(store)).journal.entries()).toEqual([entry(0), entry(1), entry(2)]);
  });

  it('clears temporary files a killed write left behind, and nothing else', async () => {
    const store = new FileStore(directory);
    await store.write('settings.json', '{}');
    await writeFile(join(directory, 'settings.json.0123456789ab.tmp'), '{"half":');
    await writeFile(join(directory, 'journal-2026-11.jsonl.ba9876543210.tmp'), '');
    expect(await store.sweepTemporaryFiles()).toBe(2);
    expect(await readdir(directory)).toEqual(['settings.json']);
  });

  it('lists and removes documents, and refuses to remove anything outside the folder', async () => {
    const store = new FileStore(directory);
    await store.write('a.json', '{}');
    await store.append('b.jsonl', '{}\n');
    expect((await store.list()).sort()).toEqual(['a.json', 'b.jsonl']);
    await store.remove('a.json');
    await store.remove('a.json');
    expect(await store.list()).toEqual(['b.jsonl']);
    await expect(store.remove('../b.jsonl')).rejects.toThrow('Not a document name');
  });

  it('sets a corrupt settings file aside under a new name and falls back to defaults', async () => {
    const store = new FileStore(directory, () => new Date('2026-11-25T10:00:00Z'));
    await writeFile(join(directory, 'settings.json'), '{"version": 1, "template": {"days": "weekdays"}}');
    const loaded = await loadJsonDocument(
      store,
      'settings.json',
      SettingsSchema,
      DEFAULT_SETTINGS,
      message('notices.documents.settings'),
    );
    expect(loaded.value).toEqual(DEFAULT_SETTINGS);
    expect(englishWords.say(loaded.notice!)).toBe(
      'Your settings file could not be read, so Interlude is using its defaults. The old file was kept as settings.damaged-2026-11-25T10-00-00-000Z.json.',
    );
    expect(await readFile(join(directory, 'settings.damaged-2026-11-25T10-00-00-000Z.json'), 'utf8')).toContain(
      'weekdays',
    );
    expect(await readdir(directory)).not.toContain('settings.json');
  });

  it('refuses document names that could escape the folder', async () => {
    const store = new FileStore(directory);
    await expect(store.write('../escape.json', '{}')).rejects.toThrow('Not a document name');
  });
});
