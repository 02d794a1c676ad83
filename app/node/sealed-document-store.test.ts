import { mkdtemp, readdir, readFile, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseLines, serializeLines } from '../core/monthly-log';
import { eraseDocuments } from '../core/user-data';
import { z } from 'zod';
import type { Cipher } from './cipher';
import { FileStore } from './file-store';
import { SEAL_PREFIX } from './line-seal';
import { DATA_KEY_DOCUMENT, SealedDocumentStore } from './sealed-document-store';
import { englishWords } from '../core/testing/english';
import { message } from '../shared/i18n/message';

/** A keychain stand-in: seals by XOR with its own secret byte, and refuses what another one sealed. */
function keychain(secret: number): Cipher {
  const tag = `keychain-${secret}:`;
  return {
    encrypt: (plain) => Promise.resolve(Buffer.from(Buffer.from(tag + plain, 'utf8').map((byte) => byte ^ secret))),
    decrypt: (sealed) => {
      const text = Buffer.from(sealed.map((byte) => byte ^ secret)).toString('utf8');
      return text.startsWith(tag) ? Promise.resolve(text.slice(tag.length)) : Promise.reject(new Error('wrong key'));
    },
    describe: () => ({ encrypted: true, note: message('calendar.storage.keychain') }),
  };
}

const Record = z.object({ at: z.number(), text: z.string() });
const SECRET_WORDS = 'Jane Doe talked about her father';

describe('the sealed document store', () => {
  let directory: string;
  let disk: FileStore;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'interlude-sealed-'));
    disk = new FileStore(directory);
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  const rawFile = (name: string) => readFile(join(directory, name), 'utf8');

  it('gives back exactly what was written and appended, while the disk holds only sealed lines', async () => {
    const { store, notices } = await SealedDocumentStore.open(disk, keychain(7));
    expect(notices).toEqual([]);
    await store.write('settings.json', JSON.stringify({ keyword: 'Maria Gonzalez' }));
    await store.append('journal-2026-12.jsonl', serializeLines([{ at: 1, text: SECRET_WORDS }]));
    await store.append('journal-2026-12.jsonl', serializeLines([{ at: 2, text: 'ünïcode ✓' }]));
    expect(await store.read('settings.json')).toBe('{"keyword":"Maria Gonzalez"}');
    expect(parseLines((await store.read('journal-2026-12.jsonl'))!, Record)).toEqual({
      records: [
        { at: 1, text: SECRET_WORDS },
        { at: 2, text: 'ünïcode ✓' },
      ],
      damagedLines: 0,
    });
    for (const name of await readdir(directory)) {
      const raw = await rawFile(name);
      expect(raw).not.toContain('Maria');
      expect(raw).not.toContain('Jane');
      if (name !== DATA_KEY_DOCUMENT)
        expect(
          raw
            .split('\n')
            .filter(Boolean)
            .every((line) => line.startsWith(SEAL_PREFIX)),
        ).toBe(true);
    }
    // Reopened with the same keychain, it reads the same.
    const reopened = await SealedDocumentStore.open(disk, keychain(7));
    expect(reopened.notices).toEqual([]);
    expect(await reopened.store.read('settings.json')).toBe('{"keyword":"Maria Gonzalez"}');
  });

  it('reads a line torn by a crash as one damaged, unterminated line, and keeps a line appended after it', async () => {
    const { store } = await SealedDocumentStore.open(disk, keychain(7));
    const month = 'journal-2026-12.jsonl';
    await store.append(month, serializeLines([{ at: 1, text: 'kept' }]));
    await store.append(month, serializeLines([{ at: 2, text: 'torn' }]));
    await truncate(join(directory, month), (await rawFile(month)).length - 9);
    const torn = (await store.read(month))!;
    expect(torn.endsWith('\n')).toBe(false);
    expect(parseLines(torn, Record)).toEqual({ records: [{ at: 1, text: 'kept' }], damagedLines: 1 });
    // Without a repair first, the next line runs on from the torn one, and still reads.
    await store.append(month, serializeLines([{ at: 3, text: 'after' }]));
    expect(parseLines((await store.read(month))!, Record)).toEqual({
      records: [
        { at: 1, text: 'kept' },
        { at: 3, text: 'after' },
      ],
      damagedLines: 1,
    });
  });

  it('seals documents written before encryption began, keeping what they said', async () => {
    await disk.write('people.json', '{"version":1,"people":[{"id":"a","name":"Supervision with Ana","everyDays":14}]}');
    await disk.append('journal-2026-11.jsonl', serializeLines([{ at: 1, text: SECRET_WORDS }]));
    const { store, notices } = await SealedDocumentStore.open(disk, keychain(7));
    expect(notices).toEqual([]);
    expect(await rawFile('people.json')).not.toContain('Ana');
    expect(await rawFile('journal-2026-11.jsonl')).not.toContain('Jane');
    expect(JSON.parse((await store.read('people.json'))!)).toMatchObject({
      people: [{ name: 'Supervision with Ana' }],
    });
    expect(parseLines((await store.read('journal-2026-11.jsonl'))!, Record).records).toEqual([
      { at: 1, text: SECRET_WORDS },
    ]);
  });

  it('when the keychain no longer opens the key, sets everything aside, deletes nothing and starts afresh', async () => {
    const first = await SealedDocumentStore.open(disk, keychain(7));
    await first.store.write('settings.json', '{"a":1}');
    await first.store.append('journal-2026-12.jsonl', serializeLines([{ at: 1, text: SECRET_WORDS }]));
    const before = await readdir(directory);

    const second = await SealedDocumentStore.open(disk, keychain(9));
    expect(second.notices.map((notice) => englishWords.say(notice))).toEqual([
      `Interlude could not unlock your saved data (the system keychain would not open its key; it may have been reset), so it has started a fresh record. Nothing was deleted: 2 files were kept, still encrypted, with ".locked-" in their names, in Interlude's data folder.`,
    ]);
    const after = await readdir(directory);
    expect(after).toHaveLength(before.length);
    expect(after.filter((name) => name.includes('.locked-'))).toHaveLength(3);
    expect(after).not.toContain('settings.json');
    // The set-aside key still opens its own files with the old keychain.
    const lockedKey = after.find((name) => name.startsWith('data-key.locked-'))!;
    expect(JSON.parse(await rawFile(lockedKey))).toMatchObject({ protection: 'keychain' });
    // The fresh start works, under a new key.
    await second.store.write('settings.json', '{"b":2}');
    expect(await second.store.read('settings.json')).toBe('{"b":2}');
    expect((await SealedDocumentStore.open(disk, keychain(9))).notices).toEqual([]);
  });

  it('treats a missing key with sealed documents left, and a damaged key file, the same way', async () => {
    const first = await SealedDocumentStore.open(disk, keychain(7));
    await first.store.write('settings.json', '{"a":1}');
    await disk.remove(DATA_KEY_DOCUMENT);
    const missing = await SealedDocumentStore.open(disk, keychain(7));
    expect(missing.notices.map((notice) => englishWords.say(notice))).toEqual([
      `The key to your saved Interlude data is missing, so it has started a fresh record. Nothing was deleted: 1 file was kept, still encrypted, with ".locked-" in its name, in Interlude's data folder.`,
    ]);
    expect((await readdir(directory)).some((name) => name.startsWith('settings.locked-'))).toBe(true);

    await missing.store.write('settings.json', '{"b":2}');
    await disk.write(DATA_KEY_DOCUMENT, '{"version":1,');
    const damaged = await SealedDocumentStore.open(disk, keychain(7));
    expect(damaged.notices.map((notice) => englishWords.say(notice))).toEqual([
      expect.stringContaining(
        'Interlude could not unlock your saved data (its key file is damaged), so it has started',
      ),
    ]);
  });

  it('makes one key for writes that race at first use, and a new one after the key is erased', async () => {
    const { store } = await SealedDocumentStore.open(disk, keychain(7));
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => store.write(`settings-${name}.json`, name)));
    expect(await Promise.all(['a', 'b', 'c', 'd'].map((name) => store.read(`settings-${name}.json`)))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    const oldKey = await rawFile(DATA_KEY_DOCUMENT);
    expect(await eraseDocuments(store)).toBe(5);
    expect(await readdir(directory)).toEqual([]);
    await store.write('settings.json', '{}');
    expect(await rawFile(DATA_KEY_DOCUMENT)).not.toBe(oldKey);
    expect((await SealedDocumentStore.open(disk, keychain(7))).notices).toEqual([]);
  });

  it('still encrypts when the machine has no keychain, keeping the key plainly rather than not starting', async () => {
    const none: Cipher = { ...keychain(7), encrypt: () => Promise.reject(new Error('no keychain')) };
    const { store } = await SealedDocumentStore.open(disk, none);
    await store.write('settings.json', '{"keyword":"Maria Gonzalez"}');
    expect(await rawFile('settings.json')).not.toContain('Maria');
    expect(JSON.parse(await rawFile(DATA_KEY_DOCUMENT))).toMatchObject({ protection: 'none' });
    const reopened = await SealedDocumentStore.open(disk, none);
    expect(await reopened.store.read('settings.json')).toBe('{"keyword":"Maria Gonzalez"}');
  });

  it('consolidates a document appended line by line into one sealed line that reads the same, and leaves a torn one alone', async () => {
    const { store } = await SealedDocumentStore.open(disk, keychain(7));
    const records = [1, 2, 3].map((at) => ({ at, text: SECRET_WORDS }));
    for (const record of records) await store.append('journal-2026-10.jsonl', serializeLines([record]));
    const appended = await rawFile('journal-2026-10.jsonl');
    expect(appended.split(SEAL_PREFIX)).toHaveLength(4);
    await store.consolidate('journal-2026-10.jsonl');
    const consolidated = await rawFile('journal-2026-10.jsonl');
    expect(consolidated.split(SEAL_PREFIX)).toHaveLength(2);
    expect(consolidated).not.toContain('Jane');
    expect(await store.read('journal-2026-10.jsonl')).toBe(serializeLines(records));

    await store.append('journal-2026-11.jsonl', serializeLines([records[0]]));
    await store.append('journal-2026-11.jsonl', serializeLines([records[1]]));
    await truncate(join(directory, 'journal-2026-11.jsonl'), (await rawFile('journal-2026-11.jsonl')).length - 9);
    const torn = await rawFile('journal-2026-11.jsonl');
    await store.consolidate('journal-2026-11.jsonl');
    expect(await rawFile('journal-2026-11.jsonl')).toBe(torn);
  });
});
