import { HOLD_CAUTIONS, type Exercise } from './types';

const pattern = {
  phases: [
    { kind: 'in', cue: 'Breathe in', seconds: 4, fullness: 1 },
    { kind: 'hold', cue: 'Hold', seconds: 4, fullness: 1 },
    { kind: 'out', cue: 'Breathe out', seconds: 4, fullness: 0 },
    { kind: 'hold', cue: 'Hold', seconds: 4, fullness: 0 },
  ],
} as const;

const instruction = 'Four counts each: in, hold, out, hold. Keep the breath soft.';

export const boxBreathing: Exercise = {
  id: 'box-breathing',
  name: 'Box breathing',
  purpose: 'Four even sides of a breath, to steady attention.',
  breathWork: true,
  cautions: HOLD_CAUTIONS,
  audio: 'cues',
  full: [{ id: 'box', title: 'Breathe in a square', instruction, seconds: 180, breath: pattern, fills: true }],
  short: [{ id: 'box', title: 'Breathe in a square', instruction, seconds: 60, breath: pattern, fills: true }],
};
