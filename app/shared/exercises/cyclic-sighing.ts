import { message } from '../i18n/message';
import { BREATH_CAUTION, type Exercise } from './types';

const pattern = {
  phases: [
    { kind: 'in', cue: message('exercises.cues.inThroughTheNose'), seconds: 2, fullness: 0.8 },
    { kind: 'top-up', cue: message('exercises.cues.aLittleMore'), seconds: 1, fullness: 1 },
    { kind: 'out', cue: message('exercises.cues.slowlyOutThroughTheMouth'), seconds: 6, fullness: 0 },
  ],
} as const;

const title = message('exercises.cyclic-sighing.steps.sigh.title');
const instruction = message('exercises.cyclic-sighing.steps.sigh.instruction');

export const cyclicSighing: Exercise = {
  id: 'cyclic-sighing',
  name: message('exercises.cyclic-sighing.name'),
  purpose: message('exercises.cyclic-sighing.purpose'),
  breathWork: true,
  cautions: [BREATH_CAUTION, message('exercises.cautions.dizzyOrTingly')],
  credit: message('exercises.cyclic-sighing.credit'),
  audio: 'cues',
  full: [{ id: 'sigh', title, instruction, seconds: 180, breath: pattern, fills: true }],
  short: [{ id: 'sigh', title, instruction, seconds: 60, breath: pattern, fills: true }],
};
