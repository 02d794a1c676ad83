import { BREATH_CAUTION, type Exercise } from './types';

const pattern = {
  phases: [
    { kind: 'in', cue: 'In through the nose', seconds: 2, fullness: 0.8 },
    { kind: 'top-up', cue: 'A little more', seconds: 1, fullness: 1 },
    { kind: 'out', cue: 'Slowly out through the mouth', seconds: 6, fullness: 0 },
  ],
} as const;

const instruction = 'A double breath in through the nose, then a long, unhurried sigh out through the mouth.';

export const cyclicSighing: Exercise = {
  id: 'cyclic-sighing',
  name: 'Cyclic sighing',
  purpose: 'A double inhale and a long exhale: the quickest way to let the body come down.',
  breathWork: true,
  cautions: [BREATH_CAUTION, 'Stop and breathe normally if you feel dizzy or tingly.'],
  credit: 'Adapted from the cyclic sighing practice studied by Balban and colleagues (2023).',
  audio: 'cues',
  full: [{ id: 'sigh', title: 'Sigh it out', instruction, seconds: 180, breath: pattern, fills: true }],
  short: [{ id: 'sigh', title: 'Sigh it out', instruction, seconds: 60, breath: pattern, fills: true }],
};
