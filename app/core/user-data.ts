import type { Language } from '../shared/i18n/languages';
import type { ResponseOf } from '../shared/contract';
import { message, type Message } from '../shared/i18n/message';
import { localDateKey } from '../shared/local-date';
import { exportCsv, exportJson } from './export';
import type { History } from './history';
import type { DocumentStore, Shell } from './ports';

/** What the user types to confirm "Erase everything", in English. */
export const ERASE_WORD = 'erase';

/**
 * The same word in each language Interlude speaks, as settings.yourData.eraseWord shows it (a test
 * keeps the two alike). The window asks for its language's word; any of these is taken here, so a
 * change of language while the form is open, or a habit from English, never blocks a deliberate erase.
 */
export const ERASE_WORDS: Readonly<Record<Language, string>> = { en: ERASE_WORD, es: 'borrar', fr: 'effacer' };

/** The word as typed, in a form to compare: case, accents and spaces around it do not matter. */
const typedWord = (text: string) => text.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const ACCEPTED = new Set(Object.values(ERASE_WORDS).map(typedWord));

/** Whether the user typed the erase word, in English or in any language Interlude speaks. */
export function isEraseConfirmation(typed: string): boolean {
  return ACCEPTED.has(typedWord(typed));
}

/** The erase word as a message parameter: worded by the window, in the language it asks for it in. */
export const ERASE_WORD_SHOWN: Message = message('settings.yourData.eraseWord');

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
    language,
  }: { history: History; shell: Pick<Shell, 'saveExport'>; now: number; timeZone: string; language: Language },
): Promise<ResponseOf<'exportData'>> {
  try {
    const everything = await history.all();
    const contents =
      format === 'csv' ? exportCsv(everything, history.people) : exportJson(everything, history.people, now, timeZone);
    const fileName = `interlude-${localDateKey(now, timeZone)}.${format}`;
    const saved = await shell.saveExport(fileName, contents, language);
    if (saved === 'download') return { result: 'download', fileName, contents };
    return saved === 'saved' ? { result: 'saved', fileName } : { result: 'cancelled' };
  } catch (error) {
    return {
      result: 'failed',
      message: message('errors.exportFailed', { reason: error instanceof Error ? error.message : String(error) }),
    };
  }
}
