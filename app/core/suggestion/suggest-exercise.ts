import type { AfterSession } from '../../shared/check-in';
import type { ExerciseId, JournalEntry, Suggestion } from '../../shared/domain';
import { availableExercises } from '../../shared/exercises';
import { message, type MessageKey } from '../../shared/i18n/message';
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
  if (answers.need === 'water' || answers.need === 'bathroom')
    return { exercise: 'silence', reason: message(`prompt.suggestion.${answers.need}`) };
  if (answers.carrying === 'a-lot')
    return { exercise: 'hand-on-heart', reason: message('prompt.suggestion.carryingALot') };
  if ((answers.feelings.includes('drained') || answers.feelings.includes('numb')) && outside)
    return { exercise: 'step-outside', reason: message(outside.drained) };
  if (answers.activation >= 7) {
    if (breathAllowed) return { exercise: 'cyclic-sighing', reason: message('prompt.suggestion.longOutBreath') };
    if (outside) return { exercise: 'step-outside', reason: message(outside.comeDown) };
  }
  if (answers.feelings.includes('sad') || answers.feelings.includes('moved'))
    return { exercise: 'hand-on-heart', reason: message('prompt.suggestion.kindPause') };
  if (answers.need === 'movement')
    return { exercise: 'seated-stretch', reason: message('prompt.suggestion.needToMove') };
  if (answers.need === 'breath' && breathAllowed)
    return { exercise: 'resonance-breathing', reason: message('prompt.suggestion.needABreath') };
  return null;
}

/**
 * How stepping outside is put at this hour (daylight, or a window after dark), or null when there
 * is no time for it: a whole sentence for each reason, so each language words it as its own.
 */
function stepOutside({
  resetSeconds,
  daylight,
}: SuggestionInput): { drained: MessageKey; comeDown: MessageKey } | null {
  if (resetSeconds < STEP_OUTSIDE_MIN_SECONDS) return null;
  return daylight === false
    ? { drained: 'prompt.suggestion.drainedToAWindow', comeDown: 'prompt.suggestion.comeDownToAWindow' }
    : { drained: 'prompt.suggestion.drainedOutside', comeDown: 'prompt.suggestion.comeDownOutside' };
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
    return withDark({ exercise: preferences.favourite, reason: message('prompt.suggestion.favourite') }, input);
  const last = journal.findLast((entry) => entry.event === 'started');
  const index = last?.event === 'started' ? available.findIndex((exercise) => exercise.id === last.exercise) : -1;
  const next = available[(index + 1) % available.length]!;
  return withDark(
    {
      exercise: next.id,
      reason: message(index === -1 ? 'prompt.suggestion.firstTime' : 'prompt.suggestion.somethingDifferent'),
    },
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
