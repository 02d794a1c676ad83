import { useCallback, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { AppState } from '../../../app/shared/domain';
import { ClosingView } from '../exercise/ClosingView';
import { ExerciseView, type ExerciseResult } from '../exercise/ExerciseView';
import { PromptView, type PromptAction } from './PromptView';

interface PromptWindowProps {
  api: InterludeApi;
  state: AppState;
}

/** The small always-on-top window: the offer, then the exercise, then a closing word. */
export function PromptWindow({ api, state }: PromptWindowProps) {
  const [closing, setClosing] = useState<ExerciseResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const active = state.activePrompt;
  const promptId = active?.prompt.id;

  const respond = async (action: PromptAction): Promise<void> => {
    if (!active) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await api.respondToPrompt({ promptId: active.prompt.id, action });
      if (!result.ok) setMessage(result.message ?? 'That did not work. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  const finish = useCallback(
    (result: ExerciseResult) => {
      setClosing(result);
      if (promptId) void api.finishExercise({ promptId, exercise: 'resonance-breathing', ...result });
    },
    [api, promptId],
  );

  const setTone = (on: boolean): void => {
    void api.updateSettings({ ...state.settings, phaseToneOn: on });
  };

  const close = (): void => {
    setClosing(null);
    void api.closeWindow();
  };

  if (closing) return <ClosingView result={closing} onClose={close} />;
  if (active?.stage === 'exercise') {
    return (
      <ExerciseView
        key={active.prompt.id}
        totalSeconds={active.prompt.resetSeconds}
        toneOn={state.settings.phaseToneOn}
        onToneChange={setTone}
        onFinished={finish}
      />
    );
  }
  if (active) {
    return <PromptView prompt={active.prompt} nextSessionStart={state.nextSession?.start ?? null} timeZone={state.timeZone} busy={busy} message={message} onAction={(action) => void respond(action)} />;
  }
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
