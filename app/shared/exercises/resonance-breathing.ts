import { message } from '../i18n/message';
import type { Exercise } from './types';

const pattern = {
  phases: [
    { kind: 'in', cue: message('exercises.cues.breatheIn'), seconds: 4.5, fullness: 1 },
    { kind: 'out', cue: message('exercises.cues.breatheOut'), seconds: 6.5, fullness: 0 },
  ],
} as const;

const title = message('exercises.resonance-breathing.steps.breathe.title');
const instruction = message('exercises.resonance-breathing.steps.breathe.instruction');

/** About 5.5 breaths a minute, light rather than deep. */
export const resonanceBreathing: Exercise = {
  id: 'resonance-breathing',
  name: message('exercises.resonance-breathing.name'),
  purpose: message('exercises.resonance-breathing.purpose'),
  breathWork: true,
  cautions: [
    message('exercises.resonance-breathing.cautions.lightly'),
    message('exercises.resonance-breathing.cautions.dizzy'),
  ],
  credit: message('exercises.resonance-breathing.credit'),
  audio: 'cues',
  full: [{ id: 'breathe', title, instruction, seconds: 180, breath: pattern, fills: true }],
  short: [{ id: 'breathe', title, instruction, seconds: 60, breath: pattern, fills: true }],
};
