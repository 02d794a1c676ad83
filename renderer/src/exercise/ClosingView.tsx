import { useEffect, useRef } from 'react';
import { minutesAndSeconds } from '../format';
import type { ExerciseResult } from './ExerciseView';

export function ClosingView({ result, onClose }: { result: ExerciseResult; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="closing" aria-labelledby="closing-title">
      <h1 id="closing-title" ref={heading} tabIndex={-1}>
        {result.endedEarly ? 'A pause, however short, still counts.' : 'That was three minutes for you.'}
      </h1>
      <p className="quiet">
        {result.endedEarly
          ? `You breathed for ${minutesAndSeconds(result.secondsDone)}.`
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
