import { z } from 'zod';

/** The languages Interlude is written in. English is the source the others are translated from. */
export const LANGUAGES = ['en', 'es', 'fr'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** The Language setting: the system's choice, or one the user picked. */
export const LanguageChoiceSchema = z.union([z.literal('system'), LanguageSchema]);
export type LanguageChoice = z.infer<typeof LanguageChoiceSchema>;

/** Each language named in itself, as a language menu lists them. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', fr: 'Français' };

/**
 * The language to speak: the user's pick, or else the first of the system's preferred languages
 * ("es-MX", "fr-CA", …) that Interlude is written in, or else English. The one place this is decided.
 */
export function resolveLanguage(choice: LanguageChoice, systemLanguages: readonly string[]): Language {
  if (choice !== 'system') return choice;
  for (const tag of systemLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const match = LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return 'en';
}
