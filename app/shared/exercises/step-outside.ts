import type { Exercise } from './types';

export const stepOutside: Exercise = {
  id: 'step-outside',
  name: 'Step outside',
  purpose: 'Daylight, distance and green: rest the eyes and the mind away from the room.',
  breathWork: false,
  cautions: ['A chime calls you back before your next session; the screen shows how long is left.'],
  credit: 'About forty seconds of looking at greenery restored attention in a study by Lee and colleagues (2015).',
  audio: 'cues',
  full: [
    {
      id: 'stand',
      title: 'Stand up',
      instruction: 'Stand, stretch tall, and leave the chair behind.',
      seconds: 15,
      illustration: 'step-outside',
    },
    {
      id: 'go-out',
      title: 'Go outside, or to a window',
      instruction: 'Step out of the door, or to the nearest window.',
      seconds: 30,
      illustration: 'step-outside',
    },
    {
      id: 'green',
      title: 'Rest your eyes on green or sky',
      instruction: 'Let your gaze go far: trees, clouds, the horizon. At least forty seconds.',
      seconds: 60,
      illustration: 'step-outside',
    },
    {
      id: 'walk',
      title: 'Walk slowly back',
      instruction: 'Unhurried steps. Feel your feet on the ground.',
      seconds: 75,
      fills: true,
      illustration: 'step-outside',
    },
  ],
  short: [
    {
      id: 'go-out',
      title: 'Go to a window',
      instruction: 'Stand and go to the nearest window or door.',
      seconds: 15,
      illustration: 'step-outside',
    },
    {
      id: 'green',
      title: 'Rest your eyes on green or sky',
      instruction: 'Let your gaze go far, for at least forty seconds.',
      seconds: 40,
      illustration: 'step-outside',
    },
    {
      id: 'back',
      title: 'Come back',
      instruction: 'Walk slowly back to your seat.',
      seconds: 5,
      fills: true,
      illustration: 'step-outside',
    },
  ],
};
