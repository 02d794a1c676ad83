import { message } from '../i18n/message';
import { HOLD_CAUTIONS, type Exercise } from './types';

const pattern = {
  phases: [
    { kind: 'in', cue: message('exercises.cues.breatheIn'), seconds: 4, fullness: 1 },
    { kind: 'hold', cue: message('exercises.cues.hold'), seconds: 4, fullness: 1 },
    { kind: 'out', cue: message('exercises.cues.breatheOut'), seconds: 4, fullness: 0 },
    { kind: 'hold', cue: message('exercises.cues.hold'), seconds: 4, fullness: 0 },
  ],
} as const;

const title = message('exercises.box-breathing.steps.box.title');
const instruction = message('exercises.box-breathing.steps.box.instruction');

export const boxBreathing: Exercise = {
  id: 'box-breathing',
  name: message('exercises.box-breathing.name'),
  purpose: message('exercises.box-breathing.purpose'),
  breathWork: true,
  cautions: HOLD_CAUTIONS,
  audio: 'cues',
  full: [{ id: 'box', title, instruction, seconds: 180, breath: pattern, fills: true }],
  short: [{ id: 'box', title, instruction, seconds: 60, breath: pattern, fills: true }],
};
