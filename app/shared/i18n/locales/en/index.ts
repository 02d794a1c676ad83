import { enUS } from 'date-fns/locale/en-US';
import type { CatalogueWindowPart } from '../../translator';
import checkIn from './checkIn.json' with { type: 'json' };
import common from './common.json' with { type: 'json' };
import errors from './errors.json' with { type: 'json' };
import exercises from './exercises.json' with { type: 'json' };
import prompt from './prompt.json' with { type: 'json' };
import time from './time.json' with { type: 'json' };

/** What every window needs, the prompt window's whole vocabulary: loaded first, on its own. */
// `satisfies`, not a type: the English messages' own shape is where MessageKey comes from.
const part = {
  language: 'en',
  dateLocale: enUS,
  messages: { checkIn, common, errors, exercises, prompt, time },
} satisfies CatalogueWindowPart;
export default part;
