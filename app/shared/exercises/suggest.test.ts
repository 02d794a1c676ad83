import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER } from '../check-in';
import type { ExerciseId, JournalEntry } from '../domain';
import { DEFAULT_EXERCISE_PREFERENCES } from '../settings';
import { suggestExercise } from './suggest';

const started = (exercise: ExerciseId): JournalEntry => ({
  at: 1,
  promptId: 'p',
  kind: 'reset',
  event: 'started',
  exercise,
});
const preferences = DEFAULT_EXERCISE_PREFERENCES;

describe('suggesting an exercise', () => {
  it('follows the post-session check-in first', () => {
    expect(
      suggestExercise({ preferences, journal: [], afterSession: { ...DEFAULT_AFTER, carrying: 'a-lot' } }).exercise,
    ).toBe('hand-on-heart');
    expect(
      suggestExercise({ preferences, journal: [], afterSession: { ...DEFAULT_AFTER, feelings: ['drained'] } }).exercise,
    ).toBe('step-outside');
    expect(
      suggestExercise({ preferences, journal: [], afterSession: { ...DEFAULT_AFTER, activation: 8 } }).exercise,
    ).toBe('cyclic-sighing');
    expect(
      suggestExercise({ preferences, journal: [], afterSession: { ...DEFAULT_AFTER, need: 'movement' } }).exercise,
    ).toBe('seated-stretch');
  });

  it('never suggests breath work to a user who hid it', () => {
    const noBreath = { ...preferences, hideBreathWork: true, favourite: 'box-breathing' as const };
    expect(
      suggestExercise({ preferences: noBreath, journal: [], afterSession: { ...DEFAULT_AFTER, activation: 9 } })
        .exercise,
    ).toBe('step-outside');
    expect(suggestExercise({ preferences: noBreath, journal: [] }).exercise).toBe('seated-stretch');
  });

  it('then the favourite, then the next in turn after the last one done', () => {
    expect(suggestExercise({ preferences: { ...preferences, favourite: 'silence' }, journal: [] })).toEqual({
      exercise: 'silence',
      reason: 'Your favourite.',
    });
    expect(suggestExercise({ preferences, journal: [] }).exercise).toBe('resonance-breathing');
    expect(suggestExercise({ preferences, journal: [started('box-breathing')] }).exercise).toBe('four-seven-eight');
    expect(suggestExercise({ preferences, journal: [started('silence')] }).exercise).toBe('resonance-breathing');
  });
});
