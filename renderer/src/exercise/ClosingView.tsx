import type { ReactNode } from 'react';
import type { Exercise } from '../../../app/shared/exercises';
import { minutesAndSeconds } from '../format';
import { ClosingFrame } from './ClosingFrame';
import type { ExerciseResult } from './ExercisePlayer';

/** After an exercise: run to its end, or ended early (which is said, and not counted as finished). */
export function ClosingView({
  result,
  exercise,
  onClose,
  children,
}: {
  result: ExerciseResult;
  exercise: Exercise;
  onClose: () => void;
  /** Offered after the word: "How do you feel now?", the weekly reflection. */
  children?: ReactNode;
}) {
  return result.endedEarly ? (
    <ClosingFrame
      title="A pause, however short, still counts."
      body={`${exercise.name}: ${minutesAndSeconds(result.secondsDone)}.`}
      onClose={onClose}
    >
      {children}
    </ClosingFrame>
  ) : (
    <ClosingFrame
      title="That time was for you."
      body="Notice how you feel now, then carry a little of it into the next hour."
      onClose={onClose}
    >
      {children}
    </ClosingFrame>
  );
}
