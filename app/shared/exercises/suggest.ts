import type { AfterSession } from '../check-in';
import type { ExerciseId, JournalEntry } from '../domain';
import type { ExercisePreferences } from '../settings';
import { availableExercises } from './index';

export interface Suggestion {
  exercise: ExerciseId;
  /** Why, in a few plain words, shown under the suggestion. */
  reason: string;
}

interface SuggestionInput {
  preferences: ExercisePreferences;
  /** Recent journal entries, oldest first: the last exercise started sets the rotation. */
  journal: readonly JournalEntry[];
  /** The post-session check-in just given, if any. */
  afterSession?: AfterSession | null;
}

/** What the check-in points to, if anything; breath work only when the user has not hidden it. */
function fromCheckIn(answers: AfterSession, breathAllowed: boolean): Suggestion | null {
  if (answers.carrying === 'a-lot')
    return { exercise: 'hand-on-heart', reason: 'You said you are carrying a lot from that hour.' };
  if (answers.feelings.includes('drained') || answers.feelings.includes('numb'))
    return { exercise: 'step-outside', reason: 'Daylight and a few steps help when you feel drained.' };
  if (answers.activation >= 7) {
    return breathAllowed
      ? { exercise: 'cyclic-sighing', reason: 'A long out-breath helps the body come down.' }
      : { exercise: 'step-outside', reason: 'Moving and looking far helps the body come down.' };
  }
  if (answers.feelings.includes('sad') || answers.feelings.includes('moved'))
    return { exercise: 'hand-on-heart', reason: 'A kind pause for what that hour stirred.' };
  if (answers.need === 'movement') return { exercise: 'seated-stretch', reason: 'You said you need to move.' };
  if (answers.need === 'breath' && breathAllowed)
    return { exercise: 'resonance-breathing', reason: 'You said you need a breath.' };
  return null;
}

/** The exercise to offer first: what the check-in points to, else the favourite, else the next in turn. */
export function suggestExercise({ preferences, journal, afterSession }: SuggestionInput): Suggestion {
  const available = availableExercises(preferences.hideBreathWork);
  const allowed = new Set(available.map((exercise) => exercise.id));
  const fromAnswers = afterSession ? fromCheckIn(afterSession, !preferences.hideBreathWork) : null;
  if (fromAnswers && allowed.has(fromAnswers.exercise)) return fromAnswers;
  if (preferences.favourite && allowed.has(preferences.favourite))
    return { exercise: preferences.favourite, reason: 'Your favourite.' };
  const last = journal.findLast((entry) => entry.event === 'started');
  const index = last?.event === 'started' ? available.findIndex((exercise) => exercise.id === last.exercise) : -1;
  const next = available[(index + 1) % available.length]!;
  return { exercise: next.id, reason: index === -1 ? 'A good place to start.' : 'Something different from last time.' };
}
