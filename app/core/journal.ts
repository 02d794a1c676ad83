import { JournalEntrySchema, type JournalEntry } from '../shared/domain';
import { safeJsonParse } from './documents';
import type { DocumentStore } from './ports';

export const JOURNAL_DOCUMENT = 'journal.jsonl';

export interface ParsedJournal {
  entries: JournalEntry[];
  /** Lines that were torn or unreadable. */
  damagedLines: number;
}

/** One JSON record a line; a torn or foreign line is skipped without losing the records around it. */
export function parseJournal(text: string): ParsedJournal {
  const entries: JournalEntry[] = [];
  let damagedLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const json = safeJsonParse(line);
    const entry = json.ok ? JournalEntrySchema.safeParse(json.value) : undefined;
    if (entry?.success) entries.push(entry.data);
    else damagedLines += 1;
  }
  return { entries, damagedLines };
}

export function serializeJournal(entries: readonly JournalEntry[]): string {
  return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}

/**
 * The record of every prompt offered and what the user did with it.
 * Appends update memory at once; each write replaces the file atomically, one at a time.
 */
export class Journal {
  private readonly records: JournalEntry[];
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly store: DocumentStore,
    records: JournalEntry[],
  ) {
    this.records = records;
  }

  static async open(store: DocumentStore): Promise<{ journal: Journal; notice?: string }> {
    const text = await store.read(JOURNAL_DOCUMENT);
    if (text === undefined) return { journal: new Journal(store, []) };
    const { entries, damagedLines } = parseJournal(text);
    if (damagedLines === 0) return { journal: new Journal(store, entries) };
    // Keep the damaged original before the next write replaces it.
    const keptAs = await store.setAside(JOURNAL_DOCUMENT);
    const journal = new Journal(store, entries);
    await journal.persist();
    const lines = damagedLines === 1 ? '1 damaged line' : `${damagedLines} damaged lines`;
    return {
      journal,
      notice: `Your journal had ${lines}; the ${entries.length} readable records were kept. The original was saved as ${keptAs}.`,
    };
  }

  entries(): readonly JournalEntry[] {
    return this.records;
  }

  /** Resolves once the entry is durable on disk. */
  append(entry: JournalEntry): Promise<void> {
    this.records.push(JournalEntrySchema.parse(entry));
    return this.persist();
  }

  /** Resolves when every append so far is on disk. */
  flushed(): Promise<void> {
    return this.writing;
  }

  private persist(): Promise<void> {
    const write = this.writing.then(() => this.store.write(JOURNAL_DOCUMENT, serializeJournal(this.records)));
    // A failed write must not wedge later ones; the caller of this append still sees the failure.
    this.writing = write.catch(() => undefined);
    return write;
  }
}
