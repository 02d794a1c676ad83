import type { ResponseOf } from '../shared/contract';
import { localDateKey } from '../shared/local-date';
import { exportCsv, exportJson } from './export';
import type { History } from './history';
import type { DocumentStore, Shell } from './ports';

/** What the user types to confirm "Erase everything". */
export const ERASE_WORD = 'erase';

/**
 * Every document Interlude writes, and every copy it set aside: settings, pause, the journal and
 * its migration marker, the diary, the working days, the people list, calendar caches, the
 * stored feed addresses, the date of the first start and the key that encrypts them all. In Electron the folder also holds Chromium's own files, which are not ours.
 */
const OURS = /^(settings|pause|people|journal|diary|days|calendar|first-start|data-key)([-.].*)?$/;

export function isInterludeDocument(name: string): boolean {
  return OURS.test(name);
}

/** Removes every document of the user's data; returns how many. */
export async function eraseDocuments(store: DocumentStore): Promise<number> {
  const ours = (await store.list()).filter(isInterludeDocument);
  for (const name of ours) await store.remove(name);
  return ours.length;
}

/** The whole history as CSV or JSON, saved where the user chooses (Electron) or handed back to download (the preview). */
export async function exportHistory(
  format: 'csv' | 'json',
  {
    history,
    shell,
    now,
    timeZone,
  }: { history: History; shell: Pick<Shell, 'saveExport'>; now: number; timeZone: string },
): Promise<ResponseOf<'exportData'>> {
  try {
    const everything = await history.all();
    const contents =
      format === 'csv' ? exportCsv(everything, history.people) : exportJson(everything, history.people, now, timeZone);
    const fileName = `interlude-${localDateKey(now, timeZone)}.${format}`;
    const saved = await shell.saveExport(fileName, contents);
    if (saved === 'download') return { result: 'download', fileName, contents };
    return saved === 'saved' ? { result: 'saved', fileName } : { result: 'cancelled' };
  } catch (error) {
    return {
      result: 'failed',
      message: `Interlude could not export: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
