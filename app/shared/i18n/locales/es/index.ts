import { es } from 'date-fns/locale/es';
import type { CatalogueWindowPart } from '../../translator';
import checkIn from './checkIn.json' with { type: 'json' };
import common from './common.json' with { type: 'json' };
import errors from './errors.json' with { type: 'json' };
import exercises from './exercises.json' with { type: 'json' };
import prompt from './prompt.json' with { type: 'json' };
import time from './time.json' with { type: 'json' };

/** What every window needs, the prompt window's whole vocabulary: loaded first, on its own. */
const part: CatalogueWindowPart = {
  language: 'es',
  dateLocale: es,
  messages: { checkIn, common, errors, exercises, prompt, time },
};
export default part;
