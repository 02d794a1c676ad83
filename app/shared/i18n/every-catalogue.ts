import type { Language } from './languages';
import { joinParts } from './catalogues';
import englishWindow from './locales/en/index';
import englishViews from './locales/en/views';
import spanishWindow from './locales/es/index';
import spanishViews from './locales/es/views';
import frenchWindow from './locales/fr/index';
import frenchViews from './locales/fr/views';
import type { Catalogue } from './translator';

/**
 * Every language, whole and at once: for tests and the command line only. Windows and the main
 * process load one language through catalogues.ts (lint keeps this file out of them).
 */
export const english: Catalogue = joinParts(englishWindow, englishViews);
export const spanish: Catalogue = joinParts(spanishWindow, spanishViews);
export const french: Catalogue = joinParts(frenchWindow, frenchViews);

export const EVERY_CATALOGUE: Record<Language, Catalogue> = { en: english, es: spanish, fr: french };
