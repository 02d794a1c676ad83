import type { Exercise } from './types';

export const silence: Exercise = {
  id: 'silence',
  name: 'Silence',
  purpose: 'Nothing to do and nothing to follow: a soft gaze and quiet.',
  breathWork: false,
  cautions: [],
  credit:
    'A two-minute silent pause lowered heart rate and blood pressure in a study by Bernardi and colleagues (2006).',
  audio: 'closing-chime-only',
  full: [
    {
      id: 'quiet',
      title: 'Soft gaze',
      instruction: 'Let your eyes rest on a point below eye level. A chime will say when it is time.',
      seconds: 180,
      fills: true,
    },
  ],
  short: [
    {
      id: 'quiet',
      title: 'Soft gaze',
      instruction: 'Let your eyes rest. A chime will say when it is time.',
      seconds: 60,
      fills: true,
    },
  ],
};
