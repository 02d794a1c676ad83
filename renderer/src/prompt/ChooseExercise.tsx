import { availableExercises, exerciseById } from '../../../app/shared/exercises';
import type { ExerciseId, Suggestion } from '../../../app/shared/domain';
import { minutesInWords } from '../../../app/shared/wording';

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
  const suggested = exerciseById(suggestion.exercise);
  const others = availableExercises(hideBreathWork).filter((exercise) => exercise.id !== suggested.id);
  const length = resetSeconds < 120 ? 'a minute' : minutesInWords(resetSeconds);
  return (
    <main className="prompt choose" aria-labelledby="choose-title">
      <h1 id="choose-title">Take {length} for yourself.</h1>
      <div className="suggestion">
        <p className="quiet small">Suggested: {suggestion.reason}</p>
        <button
          type="button"
          className="button primary suggestion-start"
          disabled={busy}
          onClick={() => onStart(suggested.id)}
          autoFocus
        >
          Start {suggested.name.toLowerCase()}
        </button>
        <p className="small">
          {suggestion.toAWindow ? 'It is dark out: go to a window and let your gaze go far.' : suggested.purpose}
        </p>
      </div>
      <h2 className="choose-others-title" id="others-title">
        Or choose another
      </h2>
      <ul className="exercise-choices" aria-labelledby="others-title">
        {others.map((exercise) => (
          <li key={exercise.id}>
            <button
              type="button"
              className="chip-button"
              disabled={busy}
              onClick={() => onStart(exercise.id)}
              title={exercise.purpose}
            >
              {exercise.name}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button subtle" disabled={busy} onClick={onSkip}>
          Not now
        </button>
      </div>
    </main>
  );
}
