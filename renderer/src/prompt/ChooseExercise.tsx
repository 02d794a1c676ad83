import { availableExercises, exerciseById } from '../../../app/shared/exercises';
import type { ExerciseId, Suggestion } from '../../../app/shared/domain';
import { resetLength } from '../../../app/shared/wording';
import { useWords } from '../i18n/words';

interface ChooseExerciseProps {
  suggestion: Suggestion;
  hideBreathWork: boolean;
  resetSeconds: number;
  busy: boolean;
  onStart: (exercise: ExerciseId) => void;
  onSkip: () => void;
}

/** The suggested exercise first, with Start focused; every other one is a single click away. */
export function ChooseExercise({
  suggestion,
  hideBreathWork,
  resetSeconds,
  busy,
  onStart,
  onSkip,
}: ChooseExerciseProps) {
  const words = useWords();
  const suggested = exerciseById(suggestion.exercise);
  const others = availableExercises(hideBreathWork).filter((exercise) => exercise.id !== suggested.id);
  const length = words.say(resetLength(resetSeconds));
  return (
    <main className="prompt choose" aria-labelledby="choose-title">
      <h1 id="choose-title">{words.t('prompt.choose.title', { length })}</h1>
      <div className="suggestion">
        <p className="quiet small">{words.t('prompt.choose.suggested', { reason: suggestion.reason })}</p>
        <button
          type="button"
          className="button primary suggestion-start"
          disabled={busy}
          onClick={() => onStart(suggested.id)}
          autoFocus
        >
          {words.t(`exercises.${suggested.id}.start`)}
        </button>
        <p className="small">
          {suggestion.toAWindow ? words.t('prompt.choose.toAWindow') : words.say(suggested.purpose)}
        </p>
      </div>
      <h2 className="choose-others-title" id="others-title">
        {words.t('prompt.choose.others')}
      </h2>
      <ul className="exercise-choices" aria-labelledby="others-title">
        {others.map((exercise) => (
          <li key={exercise.id}>
            <button
              type="button"
              className="chip-button"
              disabled={busy}
              onClick={() => onStart(exercise.id)}
              title={words.say(exercise.purpose)}
            >
              {words.say(exercise.name)}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button subtle" disabled={busy} onClick={onSkip}>
          {words.t('prompt.choose.notNow')}
        </button>
      </div>
    </main>
  );
}
