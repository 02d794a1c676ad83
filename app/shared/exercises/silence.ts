import { message } from '../i18n/message';
import type { Exercise } from './types';

const title = message('exercises.silence.steps.quiet.title');

export const silence: Exercise = {
  id: 'silence',
  name: message('exercises.silence.name'),
  purpose: message('exercises.silence.purpose'),
  breathWork: false,
  cautions: [],
  credit: message('exercises.silence.credit'),
  audio: 'closing-chime-only',
  full: [
    {
      id: 'quiet',
      title,
      instruction: message('exercises.silence.steps.quiet.instruction'),
      seconds: 180,
      fills: true,
    },
  ],
  short: [
    {
      id: 'quiet',
      title,
      instruction: message('exercises.silence.steps.quiet.shortInstruction'),
      seconds: 60,
      fills: true,
    },
  ],
};
