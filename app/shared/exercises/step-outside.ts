import { message } from '../i18n/message';
import type { Exercise } from './types';

const green = message('exercises.step-outside.steps.green.title');

export const stepOutside: Exercise = {
  id: 'step-outside',
  name: message('exercises.step-outside.name'),
  purpose: message('exercises.step-outside.purpose'),
  breathWork: false,
  cautions: [message('exercises.step-outside.cautions.chimeCallsBack')],
  credit: message('exercises.step-outside.credit'),
  audio: 'cues',
  full: [
    {
      id: 'stand',
      title: message('exercises.step-outside.steps.stand.title'),
      instruction: message('exercises.step-outside.steps.stand.instruction'),
      seconds: 15,
      illustration: 'step-outside',
    },
    {
      id: 'go-out',
      title: message('exercises.step-outside.steps.go-out.title'),
      instruction: message('exercises.step-outside.steps.go-out.instruction'),
      seconds: 30,
      illustration: 'step-outside',
    },
    {
      id: 'green',
      title: green,
      instruction: message('exercises.step-outside.steps.green.instruction'),
      seconds: 60,
      illustration: 'step-outside',
    },
    {
      id: 'walk',
      title: message('exercises.step-outside.steps.walk.title'),
      instruction: message('exercises.step-outside.steps.walk.instruction'),
      seconds: 75,
      fills: true,
      illustration: 'step-outside',
    },
  ],
  short: [
    {
      id: 'go-out',
      title: message('exercises.step-outside.steps.go-out.shortTitle'),
      instruction: message('exercises.step-outside.steps.go-out.shortInstruction'),
      seconds: 15,
      illustration: 'step-outside',
    },
    {
      id: 'green',
      title: green,
      instruction: message('exercises.step-outside.steps.green.shortInstruction'),
      seconds: 40,
      illustration: 'step-outside',
    },
    {
      id: 'back',
      title: message('exercises.step-outside.steps.back.title'),
      instruction: message('exercises.step-outside.steps.back.instruction'),
      seconds: 5,
      fills: true,
      illustration: 'step-outside',
    },
  ],
};
