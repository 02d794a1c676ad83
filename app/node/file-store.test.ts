import { mkdtemp, readdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../shared/domain';
import { DEFAULT_SETTINGS, SettingsSchema } from '../shared/settings';
import { loadJsonDocument } from '../core/documents';
import { Journal, JOURNAL_DOCUMENT } from '../core/journal';
import { FileStore } from './file-store';

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

describe('FileStore and the journal on disk', () => {
  it('reads back every acknowledged record after reopening', async () => {
    const store = new FileStore(directory);
    const { journal } = await Journal.open(store);
    for (let i = 0; i < 5; i++) await journal.append(entry(i));
    const reopened = await Journal.open(new FileStore(directory));
    expect(reopened.journal.entries()).toEqual([0, 1, 2, 3, 4].map(entry));
    expect(reopened.notice).toBeUndefined();
    expect((await readdir(directory)).sort()).toEqual([JOURNAL_DOCUMENT]);
  });

  it('keeps earlier records when the last line was torn, and keeps the torn original', async () => {
    const store = new FileStore(directory, () => new Date('2026-11-25T10:00:00Z'));
    const { journal } = await Journal.open(store);
    await journal.append(entry(0));
    await journal.append(entry(1));
    await appendFile(join(directory, JOURNAL_DOCUMENT), '{"at":1764064200000,"promptId":"res');
    const reopened = await Journal.open(store);
    expect(reopened.journal.entries()).toEqual([entry(0), entry(1)]);
    expect(reopened.notice).toMatch(/1 damaged line; the 2 readable records were kept/);
    const files = (await readdir(directory)).sort();
    expect(files).toEqual(['journal.damaged-2026-11-25T10-00-00-000Z.jsonl', JOURNAL_DOCUMENT]);
    await reopened.journal.append(entry(2));
    expect((await Journal.open(store)).journal.entries()).toEqual([entry(0), entry(1), entry(2)]);
  });

  it('ignores a temporary file left by a write that never finished', async () => {
    const store = new FileStore(directory);
    const { journal } = await Journal.open(store);
    await journal.append(entry(0));
    await writeFile(join(directory, `${JOURNAL_DOCUMENT}.abc123.tmp`), '{"half":');
    expect((await Journal.open(store)).journal.entries()).toEqual([entry(0)]);
  });

  it('sets a corrupt settings file aside under a new name and falls back to defaults', async () => {
    const store = new FileStore(directory, () => new Date('2026-11-25T10:00:00Z'));
    await writeFile(join(directory, 'settings.json'), '{"version": 1, "template": {"days": "weekdays"}}');
    const loaded = await loadJsonDocument(store, 'settings.json', SettingsSchema, DEFAULT_SETTINGS, 'settings file');
    expect(loaded.value).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toContain('settings.damaged-2026-11-25T10-00-00-000Z.json');
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
