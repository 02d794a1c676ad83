import { useCallback, useEffect, useReducer } from 'react';
import { phaseAt, type BreathPattern } from './breathing';
import { elapsedMs, exerciseReducer, startExercise, type ExerciseState } from './exercise-machine';

const monotonicNow = (): number => performance.now();

/**
 * Runs the exercise state machine on a monotonic clock, waking only when something visible
 * changes: the next whole second of the countdown or the next breath phase.
 */
export function useExerciseClock(totalMs: number, pattern: BreathPattern) {
  const [state, dispatch] = useReducer(exerciseReducer, undefined, () => startExercise(totalMs, monotonicNow()));
  const [, forceRender] = useReducer((count: number) => count + 1, 0);

  useEffect(() => {
    if (state.status !== 'running') return;
    const elapsed = elapsedMs(state, monotonicNow());
    const remaining = totalMs - elapsed;
    const toNextSecond = remaining % 1000 || 1000;
    const toNextPhase = phaseAt(pattern, elapsed).remainingInPhaseMs;
    const delay = Math.max(16, Math.min(toNextSecond, toNextPhase, remaining));
    const timer = setTimeout(() => {
      dispatch({ type: 'tick', at: monotonicNow() });
      forceRender();
    }, delay);
    return () => clearTimeout(timer);
  });

  const elapsed = elapsedMs(state, monotonicNow());
  const pause = useCallback(() => dispatch({ type: 'pause', at: monotonicNow() }), []);
  const resume = useCallback(() => dispatch({ type: 'resume', at: monotonicNow() }), []);
  const end = useCallback(() => dispatch({ type: 'end', at: monotonicNow() }), []);
  return { state: state as ExerciseState, elapsedMs: elapsed, position: phaseAt(pattern, elapsed), pause, resume, end };
}
