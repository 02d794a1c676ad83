import { useCallback, useState } from 'react';
import type { AfterSession, CheckInAnswers } from '../../../app/shared/check-in';
import type { InterludeApi } from '../../../app/shared/contract';
import type { ActivePrompt, AppState, ExerciseId } from '../../../app/shared/domain';
import { exerciseById } from '../../../app/shared/exercises';
import { suggestExercise } from '../../../app/shared/exercises/suggest';
import type { Settings } from '../../../app/shared/settings';
import { AfterSessionForm } from '../check-in/AfterSessionForm';
import { BeforeSessionForm } from '../check-in/BeforeSessionForm';
import { ClosingView } from '../exercise/ClosingView';
import { ExercisePlayer, type ExerciseResult } from '../exercise/ExercisePlayer';
import { clockTime } from '../format';
import { ChooseExercise } from './ChooseExercise';
import { PromptView, type OfferAction } from './PromptView';

interface PromptWindowProps {
  api: InterludeApi;
  state: AppState;
}

/** The small always-on-top window: an offer or a check-in, then the exercise, then a closing word. */
export function PromptWindow({ api, state }: PromptWindowProps) {
  const [closing, setClosing] = useState<{
    result: ExerciseResult;
    exercise: ExerciseId;
    promptId: string | undefined;
  } | null>(null);
  const active = state.activePrompt;
  const promptId = active?.prompt.id;
  const exerciseId = active?.exercise ?? 'resonance-breathing';

  const finish = useCallback(
    (result: ExerciseResult) => {
      setClosing({ result, exercise: exerciseId, promptId });
      if (promptId) void api.finishExercise({ promptId, exercise: exerciseId, ...result });
    },
    [api, promptId, exerciseId],
  );
  const saveSettings = (settings: Settings): void => void api.updateSettings(settings);
  const close = (): void => {
    setClosing(null);
    void api.closeWindow();
  };

  // A newer prompt (the next session's check-in, say) takes the place of the closing word.
  // (Cleared during render, React's way to adjust state to new props, so it does not come back after.)
  if (closing !== null && active !== null && active.prompt.id !== closing.promptId) setClosing(null);
  else if (closing)
    return <ClosingView result={closing.result} exercise={exerciseById(closing.exercise)} onClose={close} />;
  if (active?.stage === 'exercise') {
    return (
      <ExercisePlayer
        key={active.prompt.id}
        exercise={exerciseById(exerciseId)}
        totalSeconds={active.prompt.resetSeconds}
        settings={state.settings}
        onSettingsChange={saveSettings}
        onFinished={finish}
      />
    );
  }
  if (active) return <PromptFlow key={active.prompt.id} api={api} state={state} active={active} />;
  return (
    <main className="prompt" aria-labelledby="idle-title">
      <h1 id="idle-title">Nothing is waiting.</h1>
      <p className="lead">Interlude will offer a reset when your next session ends.</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void api.openDashboard()}>
          Open Interlude
        </button>
      </div>
    </main>
  );
}

/**
 * A waiting prompt. A check-in before or after a session is answered on its own; a reset runs
 * offer → the post-session check-in → the exercise it suggests (or another, in one click).
 */
function PromptFlow({ api, state, active }: { api: InterludeApi; state: AppState; active: ActivePrompt }) {
  const { prompt } = active;
  const [step, setStep] = useState<'offer' | 'check-in' | 'choose'>('offer');
  const [answers, setAnswers] = useState<AfterSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (call: () => Promise<{ ok: boolean; message?: string }>): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await call();
      if (!result.ok) setMessage(result.message ?? 'That did not work. Please try again.');
      return result.ok;
    } finally {
      setBusy(false);
    }
  };
  const respond = (action: OfferAction, exercise?: ExerciseId) =>
    run(() => api.respondToPrompt({ promptId: prompt.id, action, ...(exercise ? { exercise } : {}) }));
  const saveCheckIn = (given: CheckInAnswers | null) =>
    run(() => api.saveCheckIn({ promptId: prompt.id, answers: given }));

  if (prompt.kind === 'check-in') {
    const title = `Your next session starts at ${clockTime(prompt.session?.start ?? prompt.expiresAt, state.timeZone)}.`;
    return (
      <BeforeSessionForm
        title={title}
        busy={busy}
        message={message}
        onSave={(given) => void saveCheckIn(given)}
        onSkip={() => void saveCheckIn(null)}
      />
    );
  }
  if (prompt.kind === 'check-out') {
    return (
      <AfterSessionForm
        title="Your session has ended."
        saveLabel="Save"
        busy={busy}
        message={message}
        onSave={(given) => void saveCheckIn(given)}
        onSkip={() => void saveCheckIn(null)}
        footer={
          <p className="secondary-action">
            <button
              type="button"
              className="button subtle link"
              disabled={busy}
              onClick={() => void respond('overrun')}
            >
              Still in session
            </button>
          </p>
        }
      />
    );
  }
  if (step === 'check-in') {
    const answered = (given: AfterSession | null) =>
      void saveCheckIn(given).then((ok) => {
        if (!ok) return;
        setAnswers(given);
        setStep('choose');
      });
    return (
      <AfterSessionForm
        title="Before you begin"
        saveLabel="Save and continue"
        busy={busy}
        message={message}
        onSave={answered}
        onSkip={() => answered(null)}
      />
    );
  }
  if (step === 'choose') {
    const suggestion = suggestExercise({
      preferences: state.settings.exercises,
      journal: state.journalToday,
      afterSession: answers,
    });
    return (
      <ChooseExercise
        suggestion={suggestion}
        hideBreathWork={state.settings.exercises.hideBreathWork}
        resetSeconds={prompt.resetSeconds}
        busy={busy}
        onStart={(exercise) => void respond('start', exercise)}
        onSkip={() => void respond('skip')}
      />
    );
  }
  return (
    <PromptView
      prompt={prompt}
      nextSessionStart={state.nextSession?.start ?? null}
      timeZone={state.timeZone}
      busy={busy}
      message={message}
      onAction={(action) => (action === 'start' ? setStep('check-in') : void respond(action))}
    />
  );
}
