import { HOLD_CAUTIONS, type Exercise, type ExerciseStep } from './types';

const cycles = (count: number) =>
  ({
    phases: [
      { kind: 'in', cue: 'In through the nose', seconds: 4, fullness: 1 },
      { kind: 'hold', cue: 'Hold', seconds: 7, fullness: 1 },
      { kind: 'out', cue: 'Out through the mouth', seconds: 8, fullness: 0 },
    ],
    maxCycles: count,
  }) as const;

const exhale: ExerciseStep = {
  id: 'exhale',
  title: 'Empty out',
  instruction: 'One full, easy breath out through the mouth.',
  seconds: 6,
  breath: { phases: [{ kind: 'out', cue: 'All the way out', seconds: 6, fullness: 0 }] },
};

const natural = (seconds: number): ExerciseStep => ({
  id: 'natural',
  title: 'Breathe naturally',
  instruction: 'Let the breath find its own pace. Nothing to do.',
  seconds,
  fills: true,
});

export const fourSevenEight: Exercise = {
  id: 'four-seven-eight',
  name: '4-7-8 breathing',
  purpose: 'A long hold and a longer exhale, then easy breathing, to slow down.',
  breathWork: true,
  cautions: [
    ...HOLD_CAUTIONS,
    'Feeling a little lightheaded is common at first. Four rounds at most; then breathe naturally.',
  ],
  credit: 'Adapted from the 4-7-8 breath taught by Andrew Weil.',
  audio: 'cues',
  // 6 + 4 × 19 = 82 s of pacing, at most four cycles; natural breathing for the rest.
  full: [
    exhale,
    {
      id: 'cycles',
      title: 'In 4, hold 7, out 8',
      instruction: 'Follow the circle for four rounds.',
      seconds: 76,
      breath: cycles(4),
    },
    natural(98),
  ],
  short: [
    exhale,
    {
      id: 'cycles',
      title: 'In 4, hold 7, out 8',
      instruction: 'Follow the circle for two rounds.',
      seconds: 38,
      breath: cycles(2),
    },
    natural(16),
  ],
};
