import { useCallback, useEffect, useReducer } from 'react';
import type { ExerciseStep } from '../../../app/shared/exercises';
import { elapsedMs, playerReducer, startPlayer } from './player-machine';
import { phaseAt, stepAt, stepStarts } from './timeline';

const monotonicNow = (): number => performance.now();

/**
 * Runs the player on a monotonic clock, waking only when something visible changes: the next
 * whole second of the countdown, the next breath phase, or the next step.
 */
export function usePlayerClock(steps: readonly ExerciseStep[]) {
  const totalMs = steps.reduce((sum, step) => sum + step.seconds * 1000, 0);
  const [state, dispatch] = useReducer(playerReducer, undefined, () => startPlayer(totalMs, monotonicNow()));
  const [, forceRender] = useReducer((count: number) => count + 1, 0);
  const elapsed = elapsedMs(state, monotonicNow());
  const position = stepAt(steps, elapsed);
  const breath = position.step.breath ? phaseAt(position.step.breath, position.elapsedInStepMs) : null;

  useEffect(() => {
    if (state.status !== 'running') return;
    // Plan from the moment this render showed, not from now: if a boundary passed between the
    // render and this effect, the delay comes out at zero and the screen catches up at once.
    const remaining = totalMs - elapsed;
    const untilNextSecond = remaining % 1000 || 1000;
    const nextChangeAt =
      elapsed +
      Math.min(untilNextSecond, breath?.remainingInPhaseMs ?? Infinity, position.remainingInStepMs, remaining);
    const delay = Math.max(0, nextChangeAt - elapsedMs(state, monotonicNow()));
    const timer = setTimeout(() => {
      dispatch({ type: 'tick', at: monotonicNow() });
      forceRender();
    }, delay);
    return () => clearTimeout(timer);
  });

  const starts = stepStarts(steps);
  const pause = useCallback(() => dispatch({ type: 'pause', at: monotonicNow() }), []);
  const resume = useCallback(() => dispatch({ type: 'resume', at: monotonicNow() }), []);
  const end = useCallback(() => dispatch({ type: 'end', at: monotonicNow() }), []);
  const nextStep = () => dispatch({ type: 'seek', at: monotonicNow(), toMs: starts[position.index + 1] ?? totalMs });
  /** Back to this step's start, or to the previous step if this one has only just begun. */
  const previousStep = () =>
    dispatch({
      type: 'seek',
      at: monotonicNow(),
      toMs: position.elapsedInStepMs < 2_000 ? (starts[position.index - 1] ?? 0) : (starts[position.index] ?? 0),
    });
  return { state, totalMs, elapsedMs: elapsed, position, breath, pause, resume, end, nextStep, previousStep };
}
