import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../shared/domain';
import { Journal, MIGRATION_MARKER, SINGLE_FILE_JOURNAL } from './journal';
import { serializeLines } from './monthly-log';
import { englishWords } from './testing/english';
import { MemoryStore } from './testing/memory-store';

const offered = (iso: string, n = 0): JournalEntry => ({
  at: Date.parse(iso),
  promptId: `reset@${iso}#${n}`,
  kind: 'reset',
  event: 'offered',
});

const open = (store: MemoryStore, timeZone = 'America/New_York', nowIso = '2026-11-25T15:00:00Z') =>
  Journal.open(store, { timeZone: () => timeZone, now: () => Date.parse(nowIso) });

/** A store that counts reads, to show what opening touches. */
class CountingStore extends MemoryStore {
  readonly reads: string[] = [];
  override read(name: string) {
    this.reads.push(name);
    return super.read(name);
  }
}

describe('the journal in monthly files', () => {
  it("files a record by its month in the user's zone, across the end of daylight saving time", async () => {
    const store = new MemoryStore();
    const { journal } = await open(store);
    // 23:30 EDT on 31 October is already November in UTC.
    await journal.append(offered('2026-11-01T03:30:00Z'));
    // 01:30 on 1 November happens twice in New York; both are November.
    await journal.append(offered('2026-11-01T05:30:00Z'));
    await journal.append(offered('2026-11-01T06:30:00Z'));
    expect([...store.documents.keys()].sort()).toEqual(['journal-2026-10.jsonl', 'journal-2026-11.jsonl']);
    expect(store.documents.get('journal-2026-10.jsonl')?.trim().split('\n')).toHaveLength(1);
    expect(store.documents.get('journal-2026-11.jsonl')?.trim().split('\n')).toHaveLength(2);
  });

  it("files by the zone's own month when summer time starts at the month's end (London, March)", async () => {
    const store = new MemoryStore();
    const { journal } = await open(store, 'Europe/London', '2026-04-01T10:00:00Z');
    await journal.append(offered('2026-03-31T22:30:00Z')); // 23:30 BST, still March
    await journal.append(offered('2026-03-31T23:30:00Z')); // 00:30 BST, April
    expect([...store.documents.keys()].sort()).toEqual(['journal-2026-03.jsonl', 'journal-2026-04.jsonl']);
  });

  it('opens with only the current and previous month, and reads older months when asked', async () => {
    const store = new CountingStore();
    for (const month of ['2026-08', '2026-09', '2026-10', '2026-11']) {
      store.documents.set(`journal-${month}.jsonl`, serializeLines([offered(`${month}-15T15:00:00Z`)]));
    }
    const { journal } = await open(store);
    expect(journal.entries().map((entry) => entry.at)).toEqual([
      Date.parse('2026-10-15T15:00:00Z'),
      Date.parse('2026-11-15T15:00:00Z'),
    ]);
    expect(store.reads.filter((name) => name.startsWith('journal-'))).toEqual([
      'journal-2026-10.jsonl',
      'journal-2026-11.jsonl',
    ]);
    const august = await journal.between(Date.parse('2026-08-01T04:00:00Z'), Date.parse('2026-09-01T04:00:00Z'));
    expect(august.map((entry) => entry.at)).toEqual([Date.parse('2026-08-15T15:00:00Z')]);
  });

  it('asks the store to consolidate the closed months it reads, and never the month still appended to', async () => {
    const store = new (class extends MemoryStore {
      readonly consolidated: string[] = [];
      consolidate(name: string) {
        this.consolidated.push(name);
        return Promise.resolve();
      }
    })();
    for (const month of ['2026-08', '2026-10', '2026-11']) {
      store.documents.set(`journal-${month}.jsonl`, serializeLines([offered(`${month}-15T15:00:00Z`)]));
    }
    const { journal } = await open(store);
    await journal.between(Date.parse('2026-08-01T04:00:00Z'), Date.parse('2026-12-01T05:00:00Z'));
    await journal.flushed();
    expect(store.consolidated.sort()).toEqual(['journal-2026-08.jsonl', 'journal-2026-10.jsonl']);
  });

  it('includes a record just appended in a read of history', async () => {
    const store = new MemoryStore();
    const { journal } = await open(store);
    void journal.append(offered('2026-11-25T14:00:00Z'));
    const found = await journal.between(Date.parse('2026-11-25T00:00:00Z'), Date.parse('2026-11-26T00:00:00Z'));
    expect(found).toHaveLength(1);
  });

  it('rejects an append the disk refused, and the next one still goes through', async () => {
    const store = new MemoryStore();
    const { journal } = await open(store);
    store.failWrites = new Error('ENOSPC: no space left on device');
    await expect(journal.append(offered('2026-11-25T14:00:00Z', 1))).rejects.toThrow('ENOSPC');
    store.failWrites = null;
    await journal.append(offered('2026-11-25T14:00:00Z', 2));
    const reopened = await open(store);
    expect(reopened.journal.entries().map((entry) => entry.promptId)).toEqual(['reset@2026-11-25T14:00:00Z#2']);
  });

  it('repairs a torn month before appending to it, even one first opened by the append', async () => {
    const store = new MemoryStore();
    store.documents.set('journal-2026-09.jsonl', `${serializeLines([offered('2026-09-20T15:00:00Z')])}{"at":17`);
    const { journal } = await open(store);
    expect(journal.entries()).toEqual([]);
    // The clock was set back into September.
    await journal.append(offered('2026-09-20T16:00:00Z'));
    const text = store.documents.get('journal-2026-09.jsonl') ?? '';
    expect(
      text
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as JournalEntry).at),
    ).toEqual([Date.parse('2026-09-20T15:00:00Z'), Date.parse('2026-09-20T16:00:00Z')]);
    expect(store.documents.get('journal-2026-09.jsonl.damaged-1')).toContain('{"at":17');
  });
});

describe('moving a single-file journal into monthly files', () => {
  const history = [
    offered('2026-10-31T20:00:00Z'),
    offered('2026-11-01T03:30:00Z'), // still 31 October in New York
    offered('2026-11-02T15:00:00Z'),
  ];

  it('splits it by month, keeps the original untouched, and does it once', async () => {
    const store = new MemoryStore();
    const original = serializeLines(history);
    store.documents.set(SINGLE_FILE_JOURNAL, original);
    const { journal, notices } = await open(store);
    expect(notices).toEqual([]);
    expect(journal.entries()).toEqual(history);
    expect(store.documents.get(SINGLE_FILE_JOURNAL)).toBe(original);
    expect(store.documents.get('journal-2026-10.jsonl')).toBe(serializeLines(history.slice(0, 2)));
    expect(store.documents.get('journal-2026-11.jsonl')).toBe(serializeLines(history.slice(2)));
    expect(store.documents.has(MIGRATION_MARKER)).toBe(true);
    await journal.append(offered('2026-11-25T15:00:00Z'));
    const again = await open(store);
    expect(again.journal.entries()).toHaveLength(4);
  });

  it('finishes an interrupted move without doubling what the first attempt wrote', async () => {
    const store = new MemoryStore();
    store.documents.set(SINGLE_FILE_JOURNAL, serializeLines(history));
    // The first run wrote October, then was killed before November and the marker.
    store.documents.set('journal-2026-10.jsonl', serializeLines(history.slice(0, 2)));
    const { journal } = await open(store);
    expect(journal.entries()).toEqual(history);
  });

  it('loses nothing when the move fails, and says so; the next start moves it', async () => {
    const store = new MemoryStore();
    store.documents.set(SINGLE_FILE_JOURNAL, serializeLines(history));
    store.failWrites = new Error('ENOSPC: no space left on device');
    const failed = await open(store);
    expect(failed.notices.map((notice) => englishWords.say(notice))).toEqual([
      'Interlude could not move your journal into monthly files (ENOSPC: no space left on device). journal.jsonl is unchanged, and it will try again next time.',
    ]);
    expect(store.documents.get(SINGLE_FILE_JOURNAL)).toBe(serializeLines(history));
    store.failWrites = null;
    const { journal } = await open(store);
    expect(journal.entries()).toEqual(history);
  });

  it('keeps damaged lines in the original and says they were not moved', async () => {
    const store = new MemoryStore();
    store.documents.set(SINGLE_FILE_JOURNAL, `${serializeLines(history)}{"torn`);
    const { journal, notices } = await open(store);
    expect(journal.entries()).toEqual(history);
    expect(notices.map((notice) => englishWords.say(notice))).toEqual([
      'Your journal had 1 damaged line, which could not be moved into monthly files. journal.jsonl is kept as it was.',
    ]);
  });
});
