import { describe, expect, it } from 'vitest';
import { exerciseById, stepsFor } from '../../../app/shared/exercises';
import { elapsedMs, playerReducer, spentMs, startPlayer } from './player-machine';
import { phaseAt, stepAt, stepStarts } from './timeline';

describe('the player state machine', () => {
  it('accumulates time only while running', () => {
    let state = startPlayer(180_000, 1_000);
    state = playerReducer(state, { type: 'pause', at: 11_000 });
    expect(elapsedMs(state, 99_000)).toBe(10_000);
    state = playerReducer(state, { type: 'resume', at: 50_000 });
    expect(elapsedMs(state, 55_000)).toBe(15_000);
  });

  it('finishes on a tick past the end, and marks an end before it as early', () => {
    const running = startPlayer(60_000, 0);
    expect(playerReducer(running, { type: 'tick', at: 59_999 }).status).toBe('running');
    expect(playerReducer(running, { type: 'tick', at: 60_000 })).toMatchObject({
      status: 'finished',
      elapsedMs: 60_000,
      endedEarly: false,
    });
    expect(playerReducer(running, { type: 'end', at: 30_000 })).toMatchObject({
      status: 'finished',
      elapsedMs: 30_000,
      endedEarly: true,
    });
  });

  it('skips forward without counting the skipped time as spent, and back without losing what was spent', () => {
    let state = startPlayer(60_000, 0);
    state = playerReducer(state, { type: 'seek', at: 5_000, toMs: 20_000 });
    expect(elapsedMs(state, 5_000)).toBe(20_000);
    expect(spentMs(state, 10_000)).toBe(10_000);
    state = playerReducer(state, { type: 'seek', at: 10_000, toMs: 20_000 }); // back to the step's start
    expect(spentMs(state, 10_000)).toBe(10_000);
    state = playerReducer(state, { type: 'pause', at: 12_000 });
    state = playerReducer(state, { type: 'seek', at: 12_000, toMs: 40_000 });
    expect(state.status).toBe('paused');
    expect(elapsedMs(state, 99_000)).toBe(40_000);
    // Skipping past the last step ends the exercise, early.
    state = playerReducer(state, { type: 'seek', at: 13_000, toMs: 60_000 });
    expect(state).toMatchObject({ status: 'finished', endedEarly: true });
    expect(spentMs(state, 13_000)).toBe(12_000);
  });

  it('ignores everything once finished', () => {
    const finished = playerReducer(startPlayer(60_000, 0), { type: 'end', at: 5_000 });
    expect(playerReducer(finished, { type: 'resume', at: 9_000 })).toBe(finished);
    expect(playerReducer(finished, { type: 'seek', at: 9_000, toMs: 0 })).toBe(finished);
  });
});

describe('the timeline of an exercise', () => {
  const stretch = stepsFor(exerciseById('seated-stretch'), 180);

  it('places any moment in its step', () => {
    expect(stepAt(stretch, 0)).toMatchObject({ index: 0, remainingInStepMs: 15_000 });
    expect(stepAt(stretch, 15_000)).toMatchObject({ index: 1, elapsedInStepMs: 0 });
    expect(stepAt(stretch, 179_999).index).toBe(stretch.length - 1);
    expect(stepStarts(stretch).slice(0, 4)).toEqual([0, 15_000, 30_000, 50_000]);
  });

  it('places any moment of a step in its breath pattern, and stops pacing after the last cycle', () => {
    const resonance = stepsFor(exerciseById('resonance-breathing'), 180)[0]!.breath!;
    expect(phaseAt(resonance, 0)).toMatchObject({ sequence: 0, remainingInPhaseMs: 4_500, phase: { kind: 'in' } });
    expect(phaseAt(resonance, 4_500)).toMatchObject({ sequence: 1, remainingInPhaseMs: 6_500, phase: { kind: 'out' } });
    expect(phaseAt(resonance, 11_000 * 3 + 5_000)).toMatchObject({ sequence: 7, elapsedInPhaseMs: 500 });
    const fourSevenEight = stepsFor(exerciseById('four-seven-eight'), 180)[1]!.breath!;
    expect(phaseAt(fourSevenEight, 19_000 * 4 - 1)?.phase.kind).toBe('out');
    expect(phaseAt(fourSevenEight, 19_000 * 4)).toBeNull();
  });
});
