import type { ReactNode } from 'react';
import type { Exercise } from '../../../app/shared/exercises';
import { minutesAndSeconds } from '../format';
import { useWords } from '../i18n/words';
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
  const words = useWords();
  return result.endedEarly ? (
    <ClosingFrame
      title={words.t('exercises.closing.endedEarly')}
      body={words.t('exercises.closing.timeDone', {
        exercise: exercise.name,
        time: minutesAndSeconds(result.secondsDone),
      })}
      onClose={onClose}
    >
      {children}
    </ClosingFrame>
  ) : (
    <ClosingFrame
      title={words.t('exercises.closing.completed')}
      body={words.t('exercises.closing.completedBody')}
      onClose={onClose}
    >
      {children}
    </ClosingFrame>
  );
}
