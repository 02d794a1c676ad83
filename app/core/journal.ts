import { JournalEntrySchema, type JournalEntry } from '../shared/domain';
import { message, type Message } from '../shared/i18n/message';
import { monthDocument, monthOf, MonthlyLog, monthsIn, parseLines, serializeLines } from './monthly-log';
import type { DocumentStore } from './ports';

/** The single file every record went to before the journal was split by month. Kept after migration, never deleted. */
export const SINGLE_FILE_JOURNAL = 'journal.jsonl';
/** Written once the single file's records are all in monthly files. */
export const MIGRATION_MARKER = 'journal-migrated.json';
export const JOURNAL_NAME = 'journal';

export function parseJournal(text: string): { entries: JournalEntry[]; damagedLines: number } {
  const { records, damagedLines } = parseLines(text, JournalEntrySchema);
  return { entries: records, damagedLines };
}

export interface JournalOptions {
  timeZone: () => string;
  now: () => number;
}

/**
 * The record of every prompt offered and what the user did with it, a file per month.
 * Planning reads the recent months held in memory; patterns read history on demand.
 */
export class Journal {
  private constructor(private readonly log: MonthlyLog<JournalEntry>) {}

  static async open(store: DocumentStore, options: JournalOptions): Promise<{ journal: Journal; notices: Message[] }> {
    const migration = await migrateSingleFile(store, options.timeZone());
    const { log, notices } = await MonthlyLog.open(store, {
      name: JOURNAL_NAME,
      schema: JournalEntrySchema,
      describe: message('notices.documents.journal'),
      ...options,
    });
    return { journal: new Journal(log), notices: migration ? [migration, ...notices] : notices };
  }

  /** The current and previous month, and everything since: what planning and today need. */
  entries(): readonly JournalEntry[] {
    return this.log.recent();
  }

  between(from: number, to: number): Promise<JournalEntry[]> {
    return this.log.between(from, to);
  }

  all(): Promise<JournalEntry[]> {
    return this.log.all();
  }

  earliest(): Promise<JournalEntry | undefined> {
    return this.log.earliest();
  }

  /** Resolves once the entry is durable on disk; rejects if it could not be written. */
  append(entry: JournalEntry): Promise<void> {
    return this.log.append(entry);
  }

  /** Resolves when every append so far has been tried. */
  flushed(): Promise<void> {
    return this.log.flushed();
  }
}

/**
 * Moves a single-file journal into monthly files. Each month is written whole as the union of
 * what it already holds and the single file's records, so an interrupted or failed run is simply
 * run again; the marker is written last, and the single file is never changed.
 * Returns a notice when there is something to tell.
 */
async function migrateSingleFile(store: DocumentStore, timeZone: string): Promise<Message | undefined> {
  const text = await store.read(SINGLE_FILE_JOURNAL);
  if (text === undefined || (await store.read(MIGRATION_MARKER)) !== undefined) return undefined;
  const { entries, damagedLines } = parseJournal(text);
  const byMonth = new Map<string, JournalEntry[]>();
  for (const entry of entries) {
    const month = monthOf(entry.at, timeZone);
    byMonth.set(month, [...(byMonth.get(month) ?? []), entry]);
  }
  const existing = new Set(monthsIn(await store.list(), JOURNAL_NAME));
  try {
    for (const [month, moved] of byMonth) {
      const document = monthDocument(JOURNAL_NAME, month);
      const already = existing.has(month) ? parseJournal((await store.read(document)) ?? '').entries : [];
      await store.write(document, serializeLines(union(already, moved)));
    }
    await store.write(MIGRATION_MARKER, JSON.stringify({ from: SINGLE_FILE_JOURNAL, records: entries.length }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return message('notices.journalMigrationFailed', { reason, file: SINGLE_FILE_JOURNAL });
  }
  if (damagedLines === 0) return undefined;
  return message('notices.journalMigrationDamaged', { count: damagedLines, file: SINGLE_FILE_JOURNAL });
}

/** Records in time order, each once: a record moved by an interrupted run is not moved twice. */
function union(already: readonly JournalEntry[], moved: readonly JournalEntry[]): JournalEntry[] {
  const seen = new Set(already.map((entry) => JSON.stringify(entry)));
  const added = moved.filter((entry) => !seen.has(JSON.stringify(entry)));
  return [...already, ...added].sort((a, b) => a.at - b.at);
}
