import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER, type AfterSession } from '../../shared/check-in';
import type { ExerciseId, JournalEntry, Suggestion } from '../../shared/domain';
import { DEFAULT_EXERCISE_PREFERENCES } from '../../shared/settings';
import { englishWords } from '../testing/english';
import { isDaylight } from './daylight';
import { suggestExercise, type SuggestionInput } from './suggest-exercise';

const started = (exercise: ExerciseId): JournalEntry => ({
  at: 1,
  promptId: 'p',
  kind: 'reset',
  event: 'started',
  exercise,
});
const preferences = DEFAULT_EXERCISE_PREFERENCES;
const base: SuggestionInput = { preferences, journal: [], resetSeconds: 180, daylight: true };
const after = (answers: Partial<AfterSession>, input: Partial<SuggestionInput> = {}) =>
  worded(suggestExercise({ ...base, ...input, afterSession: { ...DEFAULT_AFTER, ...answers } }));
/** The suggestion with its reason as the user reads it, in English. */
const worded = (suggestion: Suggestion) => ({ ...suggestion, reason: englishWords.say(suggestion.reason) });

describe('suggesting an exercise', () => {
  it('follows the post-session check-in first', () => {
    expect(after({ carrying: 'a-lot' }).exercise).toBe('hand-on-heart');
    expect(after({ feelings: ['drained'] }).exercise).toBe('step-outside');
    expect(after({ activation: 8 }).exercise).toBe('cyclic-sighing');
    expect(after({ need: 'movement' }).exercise).toBe('seated-stretch');
  });

  it('puts water and the bathroom first, with only a quiet minute after', () => {
    expect(after({ need: 'water', carrying: 'a-lot' })).toEqual({
      exercise: 'silence',
      reason: 'Get some water first; if there is time after, a quiet minute.',
    });
    expect(after({ need: 'bathroom' }).reason).toBe('See to that first; if there is time after, a quiet minute.');
  });

  it('after dark, stepping outside becomes a few steps to a window', () => {
    const dark = after({ feelings: ['drained'] }, { daylight: false });
    expect(dark).toEqual({
      exercise: 'step-outside',
      reason: 'A few steps to a window and a long look out help when you feel drained.',
      toAWindow: true,
    });
    expect(after({ feelings: ['drained'] }).toAWindow).toBeUndefined();
  });

  it('does not send anyone outside in a one-minute reset', () => {
    expect(after({ feelings: ['drained'] }, { resetSeconds: 60 }).exercise).not.toBe('step-outside');
    expect(suggestExercise({ ...base, resetSeconds: 60, journal: [started('seated-stretch')] }).exercise).toBe(
      'hand-on-heart',
    );
  });

  it('never suggests breath work to a user who hid it', () => {
    const noBreath = { ...preferences, hideBreathWork: true, favourite: 'box-breathing' as const };
    expect(after({ activation: 9 }, { preferences: noBreath })).toMatchObject({
      exercise: 'step-outside',
      reason: 'Daylight and a few steps help the body come down.',
    });
    expect(suggestExercise({ ...base, preferences: noBreath }).exercise).toBe('seated-stretch');
  });

  it('then the favourite, then the next in turn after the last one done', () => {
    expect(worded(suggestExercise({ ...base, preferences: { ...preferences, favourite: 'silence' } }))).toEqual({
      exercise: 'silence',
      reason: 'Your favourite.',
    });
    expect(suggestExercise(base).exercise).toBe('resonance-breathing');
    expect(suggestExercise({ ...base, journal: [started('box-breathing')] }).exercise).toBe('four-seven-eight');
    expect(suggestExercise({ ...base, journal: [started('silence')] }).exercise).toBe('resonance-breathing');
  });
});

describe('daylight', () => {
  it('knows noon from midnight in the user’s zone, from its principal city', () => {
    expect(isDaylight(Date.parse('2026-12-01T20:00:00Z'), 'America/Los_Angeles')).toBe(true); // 12:00 local
    expect(isDaylight(Date.parse('2026-12-02T04:24:00Z'), 'America/Los_Angeles')).toBe(false); // 20:24 local
    // In December, 16:30 is after sunset in London and before it in Sydney's summer.
    expect(isDaylight(Date.parse('2026-12-01T16:30:00Z'), 'Europe/London')).toBe(false);
    expect(isDaylight(Date.parse('2026-12-01T05:30:00Z'), 'Australia/Sydney')).toBe(true);
  });

  it('follows a city the user chose over the zone, and old zone names resolve', () => {
    const eveningInLondon = Date.parse('2026-06-01T19:00:00Z');
    expect(isDaylight(eveningInLondon, 'UTC', 'Europe/London')).toBe(true);
    expect(isDaylight(Date.parse('2026-12-01T06:30:00Z'), 'Asia/Calcutta')).toBe(true);
    expect(isDaylight(0, 'Etc/GMT+5')).toBeNull();
  });
});
