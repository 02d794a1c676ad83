import { english, french, spanish } from '../../app/shared/i18n/every-catalogue';
import { expect, type Frame, type Page } from '@playwright/test';
import type { Language } from '../../app/shared/i18n/languages';
import { flattenMessages } from '../../app/shared/i18n/translator';

const FLAT = {
  en: flattenMessages(english.messages),
  es: flattenMessages(spanish.messages),
  fr: flattenMessages(french.messages),
} satisfies Record<Language, Map<string, string>>;

/**
 * The words a test looks for, written in English and found in another language: the message
 * whose English is exactly this, in that language. The tests read as the English ones do, and
 * follow the catalogues whatever their keys are called.
 */
export function translationOf(language: Language, englishText: string): string {
  const keys = [...FLAT.en].filter(([, text]) => text === englishText).map(([key]) => key);
  if (keys.length === 0) throw new Error(`No English message reads "${englishText}".`);
  const translations = new Set(keys.map((key) => FLAT[language].get(key)));
  if (translations.size !== 1 || translations.has(undefined))
    throw new Error(
      `"${englishText}" has ${translations.size} translations in ${language}: ${[...translations].join(' | ')}`,
    );
  return [...translations][0]!;
}

/**
 * The English left on screen: every stretch of English message text (the words between its
 * placeholders, 8 characters or more) that the language translates differently, found in the
 * frame's visible text. Words the language keeps as they are (a product's name) are not English left over.
 */
export async function englishLeftIn(frame: Frame, language: Language): Promise<string[]> {
  const visible = await frame.locator('body').innerText();
  const found = new Set<string>();
  for (const [key, text] of FLAT.en) {
    const translated = FLAT[language].get(key) ?? '';
    for (const stretch of text.split(/\{\{[^}]*\}\}/)) {
      const needle = stretch.trim();
      if (needle.length < 8 || !/\s/.test(needle) || translated.includes(needle)) continue;
      if (visible.includes(needle)) found.add(needle);
    }
  }
  return [...found];
}

/** Checks every frame of the page for English left over, and that each speaks the language. */
export async function expectOnlyLanguage(page: Page, language: Language): Promise<void> {
  for (const frame of page.frames()) {
    if (frame.url() === 'about:blank') continue;
    expect(await englishLeftIn(frame, language), `English left in ${frame.url()}`).toEqual([]);
    expect(await frame.evaluate(() => document.documentElement.lang), `<html lang> of ${frame.url()}`).toBe(language);
  }
}
