import { useEffect, useRef } from 'react';
import type { Exercise } from '../../../app/shared/exercises';
import { minutesAndSeconds } from '../format';
import type { ExerciseResult } from './ExercisePlayer';

export function ClosingView({
  result,
  exercise,
  onClose,
}: {
  result: ExerciseResult;
  exercise: Exercise;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="closing" aria-labelledby="closing-title">
      <h1 id="closing-title" ref={heading} tabIndex={-1}>
        {result.endedEarly ? 'A pause, however short, still counts.' : 'That time was for you.'}
      </h1>
      <p className="quiet">
        {result.endedEarly
          ? `${exercise.name}: ${minutesAndSeconds(result.secondsDone)}.`
          : 'Notice how you feel now, then carry a little of it into the next hour.'}
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onClose}>
          Close
        </button>
      </div>
    </main>
  );
}
