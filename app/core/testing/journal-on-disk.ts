import { JOURNAL_NAME, parseJournal } from '../journal';
import { monthDocument, monthsIn } from '../monthly-log';
import type { MemoryStore } from './memory-store';

/** Every journal record the store holds, month by month, as a fresh start would read them. */
export function journalOf(store: MemoryStore) {
  const months = monthsIn([...store.documents.keys()], JOURNAL_NAME);
  return months.flatMap((month) => parseJournal(store.documents.get(monthDocument(JOURNAL_NAME, month)) ?? '').entries);
}
