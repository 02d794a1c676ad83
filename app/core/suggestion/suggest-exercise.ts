import type { AfterSession } from '../../shared/check-in';
import type { ExerciseId, JournalEntry, Suggestion } from '../../shared/domain';
import { availableExercises } from '../../shared/exercises';
import type { ExercisePreferences, Settings } from '../../shared/settings';
import type { Prompt } from '../../shared/domain';
import { isDaylight } from './daylight';

export interface SuggestionInput {
  preferences: ExercisePreferences;
  /** Recent journal entries, oldest first: the last exercise started sets the rotation. */
  journal: readonly JournalEntry[];
  /** The post-session check-in just given, if any. */
  afterSession?: AfterSession | null;
  /** The reset's length: stepping outside needs more than a minute. */
  resetSeconds: number;
  /** Whether the sun is up where the user is; null when unknown. */
  daylight: boolean | null;
}

const STEP_OUTSIDE_MIN_SECONDS = 120;

/** What the check-in points to, if anything; breath work only when the user has not hidden it. */
function fromCheckIn(answers: AfterSession, input: SuggestionInput): Suggestion | null {
  const breathAllowed = !input.preferences.hideBreathWork;
  const outside = stepOutside(input);
  if (answers.need === 'water' || answers.need === 'bathroom') {
    const need = answers.need === 'water' ? 'Get some water first' : 'See to that first';
    return { exercise: 'silence', reason: `${need}; if there is time after, a quiet minute.` };
  }
  if (answers.carrying === 'a-lot')
    return { exercise: 'hand-on-heart', reason: 'You said you are carrying a lot from that hour.' };
  if ((answers.feelings.includes('drained') || answers.feelings.includes('numb')) && outside)
    return { exercise: 'step-outside', reason: `${outside} help when you feel drained.` };
  if (answers.activation >= 7) {
    if (breathAllowed) return { exercise: 'cyclic-sighing', reason: 'A long out-breath helps the body come down.' };
    if (outside) return { exercise: 'step-outside', reason: `${outside} help the body come down.` };
  }
  if (answers.feelings.includes('sad') || answers.feelings.includes('moved'))
    return { exercise: 'hand-on-heart', reason: 'A kind pause for what that hour stirred.' };
  if (answers.need === 'movement') return { exercise: 'seated-stretch', reason: 'You said you need to move.' };
  if (answers.need === 'breath' && breathAllowed)
    return { exercise: 'resonance-breathing', reason: 'You said you need a breath.' };
  return null;
}

/** How stepping outside is put at this hour, or null when there is no time for it. */
function stepOutside({ resetSeconds, daylight }: SuggestionInput): string | null {
  if (resetSeconds < STEP_OUTSIDE_MIN_SECONDS) return null;
  return daylight === false ? 'A few steps to a window and a long look out' : 'Daylight and a few steps';
}

/**
 * The one suggestion: what the check-in points to, else the favourite, else the next in turn.
 * The core decides it and every surface shows it; nothing else picks an exercise.
 */
export function suggestExercise(input: SuggestionInput): Suggestion {
  const { preferences, journal, afterSession } = input;
  const available = availableExercises(preferences.hideBreathWork).filter(
    (exercise) => exercise.id !== 'step-outside' || stepOutside(input) !== null,
  );
  const allowed = new Set<ExerciseId>(available.map((exercise) => exercise.id));
  const fromAnswers = afterSession ? fromCheckIn(afterSession, input) : null;
  if (fromAnswers && allowed.has(fromAnswers.exercise)) return withDark(fromAnswers, input);
  if (preferences.favourite && allowed.has(preferences.favourite))
    return withDark({ exercise: preferences.favourite, reason: 'Your favourite.' }, input);
  const last = journal.findLast((entry) => entry.event === 'started');
  const index = last?.event === 'started' ? available.findIndex((exercise) => exercise.id === last.exercise) : -1;
  const next = available[(index + 1) % available.length]!;
  return withDark(
    { exercise: next.id, reason: index === -1 ? 'A good place to start.' : 'Something different from last time.' },
    input,
  );
}

/** After dark, stepping outside means going to a window, and the suggestion says so. */
function withDark(suggestion: Suggestion, { daylight }: SuggestionInput): Suggestion {
  if (suggestion.exercise !== 'step-outside' || daylight !== false) return suggestion;
  return { ...suggestion, toAWindow: true };
}

/** The suggestion for a prompt on screen now, from the user's settings, their recent journal and the daylight. */
export function suggestionFor(
  prompt: Prompt,
  afterSession: AfterSession | null,
  now: number,
  context: { settings: Settings; journal: readonly JournalEntry[]; timeZone: string },
): Suggestion {
  return suggestExercise({
    preferences: context.settings.exercises,
    journal: context.journal.slice(-200),
    afterSession,
    resetSeconds: prompt.resetSeconds,
    daylight: isDaylight(now, context.timeZone, context.settings.exercises.daylightCity),
  });
}
