import { useCallback, useState } from 'react';
import type { CheckInAnswers } from '../../../app/shared/check-in';
import type { InterludeApi } from '../../../app/shared/contract';
import type { ActivePrompt, AppState, ExerciseId, PromptClosing } from '../../../app/shared/domain';
import { exerciseById } from '../../../app/shared/exercises';
import type { Message } from '../../../app/shared/i18n/message';
import type { Settings } from '../../../app/shared/settings';
import { AfterSessionForm } from '../check-in/AfterSessionForm';
import { BeforeSessionForm } from '../check-in/BeforeSessionForm';
import { ClosingView } from '../exercise/ClosingView';
import { ExercisePlayer, type ExerciseResult } from '../exercise/ExercisePlayer';
import { useWords } from '../i18n/words';
import { FeelingNow } from '../wellbeing/FeelingNow';
import { ReflectionForm } from '../wellbeing/ReflectionForm';
import { AnsweredView } from './AnsweredView';
import { ChooseExercise } from './ChooseExercise';
import { PromptView, type OfferAction } from './PromptView';

interface PromptWindowProps {
  api: InterludeApi;
  state: AppState;
}

/**
 * The small always-on-top window. It shows what the core says is on screen (an offer, a check-in,
 * the choice of exercise, the exercise, or the closing word) and decides nothing itself, so a
 * reload, a second window or a restart shows the same step.
 */
export function PromptWindow({ api, state }: PromptWindowProps) {
  const words = useWords();
  const active = state.activePrompt;
  if (active?.stage === 'exercise') return <RunningExercise api={api} state={state} active={active} />;
  // Each step is a fresh view: the core's push of the next step can arrive before the answer that
  // led to it, and a step must not start with its buttons still disabled (or its focus lost).
  if (active) return <PromptFlow key={`${active.prompt.id}:${active.step}`} api={api} state={state} active={active} />;
  if (state.closing) return <Closing key={state.closing.prompt.id} api={api} state={state} closing={state.closing} />;
  return (
    <main className="prompt" aria-labelledby="idle-title">
      <h1 id="idle-title">{words.t('prompt.idle.title')}</h1>
      <p className="lead">{words.t('prompt.idle.body')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void api.openDashboard()}>
          {words.t('prompt.idle.openInterlude')}
        </button>
      </div>
    </main>
  );
}

function Closing({ api, state, closing }: { api: InterludeApi; state: AppState; closing: PromptClosing }) {
  const words = useWords();
  const { word, prompt } = closing;
  const [reflecting, setReflecting] = useState(false);
  const onClose = () => void api.closeWindow();
  if (reflecting && state.reflection)
    return (
      <main className="prompt">
        <ReflectionForm api={api} week={state.reflection.week} headingLevel="h1" onDone={onClose} />
      </main>
    );
  if (!('exercise' in word))
    return <AnsweredView word={word} kind={prompt.kind} timeZone={state.timeZone} onClose={onClose} />;
  const result = { secondsDone: word.secondsDone, endedEarly: word.outcome === 'ended-early' };
  const felt = state.journalToday.find((entry) => entry.promptId === prompt.id && entry.event === 'felt');
  const askFeeling = word.outcome === 'completed' && state.settings.reflection.feelingAfterReset;
  return (
    <ClosingView result={result} exercise={exerciseById(word.exercise)} onClose={onClose}>
      {askFeeling ? (
        <FeelingNow api={api} promptId={prompt.id} answered={felt?.event === 'felt' ? felt.activation : null} />
      ) : null}
      {prompt.kind === 'wind-down' && state.reflection?.due ? (
        <p>
          <button type="button" className="button" onClick={() => setReflecting(true)}>
            {words.t('prompt.reflection')}
          </button>
        </p>
      ) : null}
    </ClosingView>
  );
}

function RunningExercise({ api, state, active }: { api: InterludeApi; state: AppState; active: ActivePrompt }) {
  const exercise = active.exercise!;
  const promptId = active.prompt.id;
  const finish = useCallback(
    (result: ExerciseResult) => void api.finishExercise({ promptId, exercise, ...result }),
    [api, promptId, exercise],
  );
  const saveSettings = (settings: Settings): void => void api.updateSettings(settings);
  return (
    <ExercisePlayer
      key={promptId}
      exercise={exerciseById(exercise)}
      totalSeconds={active.prompt.resetSeconds}
      settings={state.settings}
      onSettingsChange={saveSettings}
      onFinished={finish}
    />
  );
}

/**
 * A waiting prompt. A check-in before or after a session is answered on its own; a reset runs
 * offer → its own check-in → the exercise the core suggests (or another, in one click).
 */
function PromptFlow({ api, state, active }: { api: InterludeApi; state: AppState; active: ActivePrompt }) {
  const words = useWords();
  const { prompt } = active;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (call: () => Promise<{ ok: boolean; message?: Message }>): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await call();
      if (!result.ok) setMessage(result.message ? words.say(result.message) : words.t('prompt.errors.didNotWork'));
    } finally {
      setBusy(false);
    }
  };
  const respond = (action: OfferAction | 'check-in', exercise?: ExerciseId) =>
    void run(() => api.respondToPrompt({ promptId: prompt.id, action, ...(exercise ? { exercise } : {}) }));
  const saveCheckIn = (given: CheckInAnswers | null) =>
    void run(() => api.saveCheckIn({ promptId: prompt.id, answers: given }));
  const nextSessionAt = (start: number) =>
    words.t('prompt.nextSessionAt', { time: words.clock(start, state.timeZone) });
  const nextSessionLine = prompt.session ? nextSessionAt(prompt.session.start) : words.t('prompt.noMoreSessions');

  if (prompt.kind === 'check-in') {
    return (
      <BeforeSessionForm
        title={nextSessionAt(prompt.session?.start ?? prompt.expiresAt)}
        busy={busy}
        message={message}
        onSave={saveCheckIn}
        onSkip={() => saveCheckIn(null)}
      />
    );
  }
  if (prompt.kind === 'check-out') {
    return (
      <AfterSessionForm
        title={words.t(prompt.requested ? 'prompt.checkIn.howAreYouNow' : 'prompt.offer.sessionEnded')}
        context={prompt.requested ? nextSessionLine : null}
        asked={prompt.requested ? 'now' : 'after-session'}
        saveLabel={words.t('checkIn.save')}
        busy={busy}
        message={message}
        onSave={saveCheckIn}
        onSkip={() => saveCheckIn(null)}
        footer={
          prompt.requested ? null : (
            <p className="secondary-action">
              <button type="button" className="button subtle link" disabled={busy} onClick={() => respond('overrun')}>
                {words.t(
                  active.choices.overrun === 'skips'
                    ? 'prompt.checkIn.stillInSessionSkip'
                    : 'prompt.checkIn.stillInSessionAskAgain',
                )}
              </button>
            </p>
          )
        }
      />
    );
  }
  if (active.step === 'check-in') {
    return (
      <AfterSessionForm
        title={words.t('prompt.checkIn.howWasThatSession')}
        context={null}
        asked="after-session"
        saveLabel={words.t('checkIn.saveAndContinue')}
        busy={busy}
        message={message}
        onSave={saveCheckIn}
        onSkip={() => saveCheckIn(null)}
      />
    );
  }
  if (active.step === 'choose' && active.suggestion) {
    return (
      <ChooseExercise
        suggestion={active.suggestion}
        hideBreathWork={state.settings.exercises.hideBreathWork}
        resetSeconds={prompt.resetSeconds}
        busy={busy}
        onStart={(exercise) => respond('start', exercise)}
        onSkip={() => respond('skip')}
      />
    );
  }
  return (
    <PromptView
      prompt={prompt}
      choices={active.choices}
      nextSessionStart={state.nextSession?.start ?? null}
      timeZone={state.timeZone}
      busy={busy}
      message={message}
      onAction={(action) => respond(action === 'start' ? 'check-in' : action)}
    />
  );
}
