import type { Exercise } from './types';

const pattern = {
  phases: [
    { kind: 'in', cue: 'Breathe in', seconds: 4.5, fullness: 1 },
    { kind: 'out', cue: 'Breathe out', seconds: 6.5, fullness: 0 },
  ],
} as const;

/** About 5.5 breaths a minute, light rather than deep. */
export const resonanceBreathing: Exercise = {
  id: 'resonance-breathing',
  name: 'Resonance breathing',
  purpose: 'Slow, light breathing, about five and a half breaths a minute, to settle the body.',
  breathWork: true,
  cautions: [
    'Breathe lightly through the nose; slow is what matters, not deep.',
    'Stop and breathe normally if you feel dizzy.',
  ],
  credit: 'Resonance-frequency breathing, as studied in heart-rate-variability biofeedback.',
  audio: 'cues',
  full: [
    {
      id: 'breathe',
      title: 'Breathe with the circle',
      instruction: 'In as it grows, out as it shrinks. Let the out-breath be a little longer.',
      seconds: 180,
      breath: pattern,
      fills: true,
    },
  ],
  short: [
    {
      id: 'breathe',
      title: 'Breathe with the circle',
      instruction: 'In as it grows, out as it shrinks. Let the out-breath be a little longer.',
      seconds: 60,
      breath: pattern,
      fills: true,
    },
  ],
};
