import { useEffect, useRef } from 'react';
import { minutesAndSeconds } from '../format';
import { useReducedMotion } from '../use-reduced-motion';
import { RESONANCE_BREATHING } from './breathing';
import { Pacer } from './Pacer';
import { PhaseTone } from './phase-tone';
import { useExerciseClock } from './use-exercise-clock';

export interface ExerciseResult {
  secondsDone: number;
  endedEarly: boolean;
}

interface ExerciseViewProps {
  totalSeconds: number;
  toneOn: boolean;
  onToneChange: (on: boolean) => void;
  onFinished: (result: ExerciseResult) => void;
}

export function ExerciseView({ totalSeconds, toneOn, onToneChange, onFinished }: ExerciseViewProps) {
  const totalMs = totalSeconds * 1000;
  const { state, elapsedMs, position, pause, resume, end } = useExerciseClock(totalMs, RESONANCE_BREATHING);
  const reducedMotion = useReducedMotion();
  const tone = useRef<PhaseTone | null>(null);
  const reported = useRef(false);
  const paused = state.status === 'paused';

  useEffect(() => {
    if (state.status === 'finished' && !reported.current) {
      reported.current = true;
      onFinished({ secondsDone: Math.round(state.elapsedMs / 1000), endedEarly: state.endedEarly });
    }
  }, [state, onFinished]);

  useEffect(() => {
    if (!toneOn || state.status !== 'running' || position.sequence === 0) return;
    tone.current ??= new PhaseTone();
    tone.current.play(position.phase.id === 'in');
    // A tone belongs to the change of phase, not to every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [position.sequence]);

  useEffect(() => () => tone.current?.close(), []);

  const remainingSeconds = (totalMs - elapsedMs) / 1000;
  return (
    <main className="exercise" aria-labelledby="exercise-title">
      <header className="exercise-header">
        <h1 id="exercise-title">{RESONANCE_BREATHING.name}</h1>
        <p className="quiet">Breathe lightly through the nose. Let the out-breath be a little longer.</p>
      </header>

      {reducedMotion ? null : <Pacer position={position} paused={paused} />}

      <p className="phase-cue" aria-live="polite" data-testid="phase-cue">
        {paused ? 'Paused' : position.phase.cue}
      </p>
      {reducedMotion ? (
        <progress className="exercise-progress" max={totalMs} value={elapsedMs} aria-label="Time spent so far" />
      ) : null}
      <p className="time-left">
        <span role="timer" aria-label="Time left" data-testid="time-left">
          {minutesAndSeconds(remainingSeconds)}
        </span>{' '}
        left
      </p>

      <div className="actions">
        <button type="button" className="button primary" onClick={paused ? resume : pause} autoFocus>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="button" onClick={end}>
          End early
        </button>
      </div>
      <label className="toggle">
        <input type="checkbox" role="switch" checked={toneOn} onChange={(event) => onToneChange(event.target.checked)} />
        <span>Soft tone when the breath changes</span>
      </label>
    </main>
  );
}
