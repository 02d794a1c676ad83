import { message, type MessageKey } from '../i18n/message';
import type { Exercise, ExerciseStep } from './types';

type StretchId =
  | 'neck-left'
  | 'neck-right'
  | 'chin-tucks'
  | 'shoulder-rolls'
  | 'arm-left'
  | 'arm-right'
  | 'wrist-flexor'
  | 'wrist-extensor'
  | 'finger-spread';

/** Each stretch's instruction ends "Gently, never into pain." */
const step = (
  id: StretchId,
  instruction: MessageKey,
  seconds: number,
  illustration: ExerciseStep['illustration'],
): ExerciseStep => ({
  id,
  title: message(`exercises.seated-stretch.steps.${id}.title`),
  instruction: message('exercises.seated-stretch.gently', { instruction: message(instruction) }),
  seconds,
  illustration,
});

export const seatedStretch: Exercise = {
  id: 'seated-stretch',
  name: message('exercises.seated-stretch.name'),
  purpose: message('exercises.seated-stretch.purpose'),
  breathWork: false,
  cautions: [
    message('exercises.seated-stretch.cautions.slowly'),
    message('exercises.seated-stretch.cautions.skipWhatHurts'),
  ],
  audio: 'cues',
  full: [
    step('neck-left', 'exercises.seated-stretch.steps.neck-left.instruction', 15, 'stretch-neck-tilt'),
    {
      ...step('neck-right', 'exercises.seated-stretch.steps.neck-right.instruction', 15, 'stretch-neck-tilt'),
      mirrored: true,
    },
    step('chin-tucks', 'exercises.seated-stretch.steps.chin-tucks.instruction', 20, 'stretch-chin-tuck'),
    step('shoulder-rolls', 'exercises.seated-stretch.steps.shoulder-rolls.instruction', 20, 'stretch-shoulder-rolls'),
    step('arm-left', 'exercises.seated-stretch.steps.arm-left.instruction', 15, 'stretch-arm-across'),
    {
      ...step('arm-right', 'exercises.seated-stretch.steps.arm-right.instruction', 15, 'stretch-arm-across'),
      mirrored: true,
    },
    step('wrist-flexor', 'exercises.seated-stretch.steps.wrist-flexor.instruction', 15, 'stretch-wrist-flexor'),
    step('wrist-extensor', 'exercises.seated-stretch.steps.wrist-extensor.instruction', 15, 'stretch-wrist-extensor'),
    step('finger-spread', 'exercises.seated-stretch.steps.finger-spread.instruction', 15, 'stretch-finger-spread'),
    {
      id: 'settle',
      title: message('exercises.seated-stretch.steps.settle.title'),
      instruction: message('exercises.seated-stretch.steps.settle.instruction'),
      seconds: 35,
      fills: true,
    },
  ],
  short: [
    step('neck-left', 'exercises.seated-stretch.steps.neck-left.shortInstruction', 10, 'stretch-neck-tilt'),
    {
      ...step('neck-right', 'exercises.seated-stretch.steps.neck-right.instruction', 10, 'stretch-neck-tilt'),
      mirrored: true,
    },
    step(
      'shoulder-rolls',
      'exercises.seated-stretch.steps.shoulder-rolls.shortInstruction',
      15,
      'stretch-shoulder-rolls',
    ),
    step('wrist-flexor', 'exercises.seated-stretch.steps.wrist-flexor.shortInstruction', 10, 'stretch-wrist-flexor'),
    step(
      'wrist-extensor',
      'exercises.seated-stretch.steps.wrist-extensor.shortInstruction',
      10,
      'stretch-wrist-extensor',
    ),
    {
      ...step(
        'finger-spread',
        'exercises.seated-stretch.steps.finger-spread.shortInstruction',
        5,
        'stretch-finger-spread',
      ),
      fills: true,
    },
  ],
};
