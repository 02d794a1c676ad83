import { english } from '../../shared/i18n/every-catalogue';
import { createTranslator } from '../../shared/i18n/translator';

/** The core's messages in English, for tests that read what the user would be told. */
export const englishWords = createTranslator(english);
