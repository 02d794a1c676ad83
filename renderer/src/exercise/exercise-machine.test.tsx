import { describe, expect, it } from 'vitest';
import { phaseAt, RESONANCE_BREATHING } from './breathing';
import { elapsedMs, exerciseReducer, startExercise } from './exercise-machine';

describe('exercise state machine', () => {
  it('accumulates time only while running', () => {
    let state = startExercise(180_000, 1_000);
    state = exerciseReducer(state, { type: 'pause', at: 11_000 });
    expect(elapsedMs(state, 99_000)).toBe(10_000);
    state = exerciseReducer(state, { type: 'resume', at: 50_000 });
    expect(elapsedMs(state, 55_000)).toBe(15_000);
  });

  it('finishes on a tick past the end and marks an end before it as early', () => {
    const running = startExercise(60_000, 0);
    expect(exerciseReducer(running, { type: 'tick', at: 59_999 }).status).toBe('running');
    expect(exerciseReducer(running, { type: 'tick', at: 60_000 })).toEqual({ status: 'finished', totalMs: 60_000, elapsedMs: 60_000, endedEarly: false });
    expect(exerciseReducer(running, { type: 'end', at: 30_000 })).toEqual({ status: 'finished', totalMs: 60_000, elapsedMs: 30_000, endedEarly: true });
  });

  it('ignores everything once finished', () => {
    const finished = exerciseReducer(startExercise(60_000, 0), { type: 'end', at: 5_000 });
    expect(exerciseReducer(finished, { type: 'resume', at: 9_000 })).toBe(finished);
  });

  it('places any moment in the breathing pattern', () => {
    expect(phaseAt(RESONANCE_BREATHING, 0)).toMatchObject({ sequence: 0, remainingInPhaseMs: 4_500, phase: { id: 'in' } });
    expect(phaseAt(RESONANCE_BREATHING, 4_500)).toMatchObject({ sequence: 1, remainingInPhaseMs: 6_500, phase: { id: 'out' } });
    expect(phaseAt(RESONANCE_BREATHING, 11_000 * 3 + 5_000)).toMatchObject({ sequence: 7, elapsedInPhaseMs: 500 });
  });
});
