import { message } from '../i18n/message';
import { HOLD_CAUTIONS, type Exercise, type ExerciseStep } from './types';

const cycles = (count: number) =>
  ({
    phases: [
      { kind: 'in', cue: message('exercises.cues.inThroughTheNose'), seconds: 4, fullness: 1 },
      { kind: 'hold', cue: message('exercises.cues.hold'), seconds: 7, fullness: 1 },
      { kind: 'out', cue: message('exercises.cues.outThroughTheMouth'), seconds: 8, fullness: 0 },
    ],
    maxCycles: count,
  }) as const;

const exhale: ExerciseStep = {
  id: 'exhale',
  title: message('exercises.four-seven-eight.steps.exhale.title'),
  instruction: message('exercises.four-seven-eight.steps.exhale.instruction'),
  seconds: 6,
  breath: { phases: [{ kind: 'out', cue: message('exercises.cues.allTheWayOut'), seconds: 6, fullness: 0 }] },
};

const natural = (seconds: number): ExerciseStep => ({
  id: 'natural',
  title: message('exercises.four-seven-eight.steps.natural.title'),
  instruction: message('exercises.four-seven-eight.steps.natural.instruction'),
  seconds,
  fills: true,
});

export const fourSevenEight: Exercise = {
  id: 'four-seven-eight',
  name: message('exercises.four-seven-eight.name'),
  purpose: message('exercises.four-seven-eight.purpose'),
  breathWork: true,
  cautions: [...HOLD_CAUTIONS, message('exercises.four-seven-eight.cautions.lightheaded')],
  credit: message('exercises.four-seven-eight.credit'),
  audio: 'cues',
  // 6 + 4 × 19 = 82 s of pacing, at most four cycles; natural breathing for the rest.
  full: [
    exhale,
    {
      id: 'cycles',
      title: message('exercises.four-seven-eight.steps.cycles.title'),
      instruction: message('exercises.four-seven-eight.steps.cycles.instruction'),
      seconds: 76,
      breath: cycles(4),
    },
    natural(98),
  ],
  short: [
    exhale,
    {
      id: 'cycles',
      title: message('exercises.four-seven-eight.steps.cycles.title'),
      instruction: message('exercises.four-seven-eight.steps.cycles.shortInstruction'),
      seconds: 38,
      breath: cycles(2),
    },
    natural(16),
  ],
};
