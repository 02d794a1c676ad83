import { english } from '../../../app/shared/i18n/every-catalogue';
import { createTranslator } from '../../../app/shared/i18n/translator';

/** The English words, loaded at once: for component tests, which render without waiting on a load. */
export const englishWords = createTranslator(english);
