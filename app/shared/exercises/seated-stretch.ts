import type { Exercise, ExerciseStep } from './types';

const gently = 'Gently, never into pain.';

const step = (
  id: string,
  title: string,
  instruction: string,
  seconds: number,
  illustration: ExerciseStep['illustration'],
): ExerciseStep => ({
  id,
  title,
  instruction: `${instruction} ${gently}`,
  seconds,
  illustration,
});

export const seatedStretch: Exercise = {
  id: 'seated-stretch',
  name: 'Seated stretch',
  purpose: 'Loosen the neck, shoulders, arms and hands that held still for an hour.',
  breathWork: false,
  cautions: [
    'Move slowly and stay within what feels comfortable.',
    'Skip any step that hurts, or that an injury or your clinician advises against.',
  ],
  audio: 'cues',
  full: [
    step(
      'neck-left',
      'Neck: tilt to the left',
      'Let your left ear drop toward your left shoulder. Keep the shoulders low.',
      15,
      'stretch-neck-tilt',
    ),
    {
      ...step(
        'neck-right',
        'Neck: tilt to the right',
        'Now the right ear toward the right shoulder.',
        15,
        'stretch-neck-tilt',
      ),
      mirrored: true,
    },
    step(
      'chin-tucks',
      'Chin tucks',
      'Draw your chin straight back, hold a moment, release. Repeat slowly.',
      20,
      'stretch-chin-tuck',
    ),
    step(
      'shoulder-rolls',
      'Shoulder rolls',
      'Roll both shoulders up, back and down, ten times.',
      20,
      'stretch-shoulder-rolls',
    ),
    step(
      'arm-left',
      'Left arm across',
      'Bring your left arm across your chest and hold it with the right forearm.',
      15,
      'stretch-arm-across',
    ),
    {
      ...step('arm-right', 'Right arm across', 'Now the right arm across, held by the left.', 15, 'stretch-arm-across'),
      mirrored: true,
    },
    step(
      'wrist-flexor',
      'Wrist: palm up',
      'Arm out, palm up; with the other hand ease the fingers back. Then switch.',
      15,
      'stretch-wrist-flexor',
    ),
    step(
      'wrist-extensor',
      'Wrist: palm down',
      'Arm out, palm down; with the other hand ease the back of the hand down. Then switch.',
      15,
      'stretch-wrist-extensor',
    ),
    step(
      'finger-spread',
      'Finger spread',
      'Spread your fingers wide, hold, then let them soften. Repeat.',
      15,
      'stretch-finger-spread',
    ),
    {
      id: 'settle',
      title: 'Settle',
      instruction: 'Sit back, feet on the floor, and notice what feels looser.',
      seconds: 35,
      fills: true,
    },
  ],
  short: [
    step(
      'neck-left',
      'Neck: tilt to the left',
      'Let your left ear drop toward your left shoulder.',
      10,
      'stretch-neck-tilt',
    ),
    {
      ...step(
        'neck-right',
        'Neck: tilt to the right',
        'Now the right ear toward the right shoulder.',
        10,
        'stretch-neck-tilt',
      ),
      mirrored: true,
    },
    step('shoulder-rolls', 'Shoulder rolls', 'Roll both shoulders up, back and down.', 15, 'stretch-shoulder-rolls'),
    step(
      'wrist-flexor',
      'Wrist: palm up',
      'Arm out, palm up; ease the fingers back. Then switch.',
      10,
      'stretch-wrist-flexor',
    ),
    step(
      'wrist-extensor',
      'Wrist: palm down',
      'Arm out, palm down; ease the hand down. Then switch.',
      10,
      'stretch-wrist-extensor',
    ),
    {
      ...step(
        'finger-spread',
        'Finger spread',
        'Spread your fingers wide, then let them soften.',
        5,
        'stretch-finger-spread',
      ),
      fills: true,
    },
  ],
};
