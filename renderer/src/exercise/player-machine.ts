/**
 * The player's clock as a pure state machine. Elapsed time is accumulated from a monotonic clock
 * only while running, so pausing, the countdown and the pacer can never drift apart. Skipping a
 * step moves the position without counting the skipped time as time spent.
 */
export type PlayerState =
  | { status: 'running'; totalMs: number; elapsedBeforeMs: number; runningSince: number; skippedMs: number }
  | { status: 'paused'; totalMs: number; elapsedBeforeMs: number; skippedMs: number }
  | { status: 'finished'; totalMs: number; elapsedMs: number; skippedMs: number; endedEarly: boolean };

export type PlayerAction =
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'tick'; at: number }
  | { type: 'end'; at: number }
  /** Jump to a position (a step's start); forward jumps count as skipped, not spent. */
  | { type: 'seek'; at: number; toMs: number };

export function startPlayer(totalMs: number, at: number): PlayerState {
  return { status: 'running', totalMs, elapsedBeforeMs: 0, runningSince: at, skippedMs: 0 };
}

/** The position in the exercise. */
export function elapsedMs(state: PlayerState, at: number): number {
  switch (state.status) {
    case 'running':
      return Math.min(state.totalMs, state.elapsedBeforeMs + Math.max(0, at - state.runningSince));
    case 'paused':
      return state.elapsedBeforeMs;
    case 'finished':
      return state.elapsedMs;
  }
}

/** Time really spent in the exercise: the position less what was skipped. */
export function spentMs(state: PlayerState, at: number): number {
  return Math.max(0, elapsedMs(state, at) - state.skippedMs);
}

function finish(state: PlayerState, elapsed: number, skippedMs: number, endedEarly: boolean): PlayerState {
  return { status: 'finished', totalMs: state.totalMs, elapsedMs: elapsed, skippedMs, endedEarly };
}

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  if (state.status === 'finished') return state;
  const elapsed = elapsedMs(state, action.at);
  switch (action.type) {
    case 'pause':
      return state.status === 'running'
        ? { status: 'paused', totalMs: state.totalMs, elapsedBeforeMs: elapsed, skippedMs: state.skippedMs }
        : state;
    case 'resume':
      return state.status === 'paused' ? { ...state, status: 'running', runningSince: action.at } : state;
    case 'tick':
      return elapsed >= state.totalMs ? finish(state, state.totalMs, state.skippedMs, state.skippedMs > 0) : state;
    case 'end':
      return finish(state, elapsed, state.skippedMs, elapsed < state.totalMs || state.skippedMs > 0);
    case 'seek': {
      const target = Math.max(0, Math.min(state.totalMs, action.toMs));
      const skippedMs = Math.max(0, state.skippedMs + (target - elapsed));
      if (target >= state.totalMs) return finish(state, state.totalMs, skippedMs, true);
      return state.status === 'running'
        ? { ...state, elapsedBeforeMs: target, runningSince: action.at, skippedMs }
        : { ...state, elapsedBeforeMs: target, skippedMs };
    }
  }
}
