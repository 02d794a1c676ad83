import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Language } from '../../../app/shared/i18n/languages';
import type { CatalogueParts } from '../../../app/shared/i18n/catalogues';
import { Translations } from '../../../app/shared/i18n/translations';
import type { Translator } from '../../../app/shared/i18n/translator';

const WordsContext = createContext<Translator | null>(null);

/** This window's words, in the language the core chose. Every component words itself through this. */
export function useWords(): Translator {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords() needs a <WordsProvider> above it.');
  return words;
}

const translations: Record<CatalogueParts, Translations> = {
  window: new Translations('window'),
  all: new Translations('all'),
};

/**
 * Loads the core's language (only that one) and words everything below it. On a change of
 * language the old words stay up until the new ones have loaded, so nothing flickers or blanks.
 */
export function WordsProvider({
  language,
  parts = 'all',
  children,
  initial,
}: {
  language: Language;
  /** The prompt window loads only what every window says ('window'); the dashboard everything. */
  parts?: CatalogueParts;
  children: ReactNode;
  /** Words already loaded (tests, and a window that loaded them before its first render). */
  initial?: Translator;
}) {
  const [loaded, setWords] = useState<Translator | null>(null);
  // Words handed in for this language need no load; otherwise the latest loaded (the old language until the new arrives).
  const words = initial?.language === language ? initial : loaded;
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (initial?.language === language) return;
    let current = true;
    translations[parts].translator(language).then(
      (loaded) => {
        if (current) setWords(loaded);
      },
      (error: unknown) => {
        if (current) setFailure(error);
      },
    );
    return () => {
      current = false;
    };
  }, [language, parts, initial]);
  useEffect(() => {
    if (words) document.documentElement.lang = words.language;
  }, [words]);
  if (!words) {
    if (failure) throw failure instanceof Error ? failure : new Error('The language could not be loaded.');
    return null;
  }
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}
