import { useCallback, useEffect, useReducer } from 'react';
import { phaseAt, type BreathPattern } from './breathing';
import { elapsedMs, exerciseReducer, startExercise } from './exercise-machine';

const monotonicNow = (): number => performance.now();

/**
 * Runs the exercise state machine on a monotonic clock, waking only when something visible
 * changes: the next whole second of the countdown or the next breath phase.
 */
export function useExerciseClock(totalMs: number, pattern: BreathPattern) {
  const [state, dispatch] = useReducer(exerciseReducer, undefined, () => startExercise(totalMs, monotonicNow()));
  const [, forceRender] = useReducer((count: number) => count + 1, 0);
  const elapsed = elapsedMs(state, monotonicNow());
  const position = phaseAt(pattern, elapsed);

  useEffect(() => {
    if (state.status !== 'running') return;
    // Plan from the moment this render showed, not from now: if a boundary passed between the
    // render and this effect, the delay comes out at zero and the screen catches up at once.
    const remaining = totalMs - elapsed;
    const nextChangeAt = elapsed + Math.min(remaining % 1000 || 1000, position.remainingInPhaseMs, remaining);
    const delay = Math.max(0, nextChangeAt - elapsedMs(state, monotonicNow()));
    const timer = setTimeout(() => {
      dispatch({ type: 'tick', at: monotonicNow() });
      forceRender();
    }, delay);
    return () => clearTimeout(timer);
  });

  const pause = useCallback(() => dispatch({ type: 'pause', at: monotonicNow() }), []);
  const resume = useCallback(() => dispatch({ type: 'resume', at: monotonicNow() }), []);
  const end = useCallback(() => dispatch({ type: 'end', at: monotonicNow() }), []);
  return { state, elapsedMs: elapsed, position, pause, resume, end };
}
