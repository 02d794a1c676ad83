/**
 * The exercise's clock as a pure state machine. Elapsed time is accumulated from a monotonic
 * clock only while running, so pausing, resuming and the countdown can never drift apart.
 */
export type ExerciseState =
  | { status: 'running'; totalMs: number; elapsedBeforeMs: number; runningSince: number }
  | { status: 'paused'; totalMs: number; elapsedBeforeMs: number }
  | { status: 'finished'; totalMs: number; elapsedMs: number; endedEarly: boolean };

export type ExerciseAction =
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'tick'; at: number }
  | { type: 'end'; at: number };

export function startExercise(totalMs: number, at: number): ExerciseState {
  return { status: 'running', totalMs, elapsedBeforeMs: 0, runningSince: at };
}

export function elapsedMs(state: ExerciseState, at: number): number {
  switch (state.status) {
    case 'running':
      return Math.min(state.totalMs, state.elapsedBeforeMs + Math.max(0, at - state.runningSince));
    case 'paused':
      return state.elapsedBeforeMs;
    case 'finished':
      return state.elapsedMs;
  }
}

export function exerciseReducer(state: ExerciseState, action: ExerciseAction): ExerciseState {
  if (state.status === 'finished') return state;
  const elapsed = elapsedMs(state, action.at);
  switch (action.type) {
    case 'pause':
      return state.status === 'running' ? { status: 'paused', totalMs: state.totalMs, elapsedBeforeMs: elapsed } : state;
    case 'resume':
      return state.status === 'paused' ? { ...state, status: 'running', runningSince: action.at } : state;
    case 'tick':
      return elapsed >= state.totalMs ? { status: 'finished', totalMs: state.totalMs, elapsedMs: state.totalMs, endedEarly: false } : state;
    case 'end':
      return { status: 'finished', totalMs: state.totalMs, elapsedMs: elapsed, endedEarly: elapsed < state.totalMs };
  }
}
