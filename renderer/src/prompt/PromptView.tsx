import type { Prompt } from '../../../app/shared/domain';
import { minutesInWords } from '../../../app/shared/wording';
import { clockTime } from '../format';

export type PromptAction = 'start' | 'snooze' | 'overrun' | 'skip' | 'check-in';

interface PromptViewProps {
  prompt: Prompt;
  /** The next session's start, for context; null when there is none soon. */
  nextSessionStart: number | null;
  timeZone: string;
  busy: boolean;
  message: string | null;
  onAction: (action: PromptAction) => void;
}

const COPY = {
  reset: (prompt: Prompt) => ({ title: 'Your session has ended.', body: `Take ${prompt.resetSeconds < 120 ? 'a minute' : minutesInWords(prompt.resetSeconds)}?` }),
  'wind-down': (prompt: Prompt) => ({ title: 'That was your last session today.', body: `Take ${minutesInWords(prompt.resetSeconds)} to close the day?` }),
  'check-out': () => ({ title: 'Your session has ended.', body: 'The next one starts soon. One slow breath out, and let that hour go.' }),
} as const;

export function PromptView({ prompt, nextSessionStart, timeZone, busy, message, onAction }: PromptViewProps) {
  const startable = prompt.kind === 'reset' || prompt.kind === 'wind-down';
  const copy =
    prompt.kind === 'check-in'
      ? { title: `Your next session starts at ${clockTime(prompt.session?.start ?? prompt.expiresAt, timeZone)}.`, body: 'A moment to arrive: feet on the floor, one slow breath out.' }
      : COPY[prompt.kind](prompt);
  return (
    <main className="prompt" aria-labelledby="prompt-title" aria-describedby="prompt-body">
      <h1 id="prompt-title">{copy.title}</h1>
      <p id="prompt-body" className="lead">
        {copy.body}
      </p>
      {message ? (
        <p className="notice" role="alert">
          {message}
        </p>
      ) : null}
      <div className="actions">
        {startable ? (
          <>
            <button type="button" className="button primary" disabled={busy} onClick={() => onAction('start')} autoFocus>
              Start
            </button>
            {prompt.kind === 'reset' ? (
              <button type="button" className="button" disabled={busy} onClick={() => onAction('snooze')}>
                In 5 minutes
              </button>
            ) : null}
          </>
        ) : (
          <button type="button" className="button primary" disabled={busy} onClick={() => onAction('check-in')} autoFocus>
            {prompt.kind === 'check-in' ? 'I’m ready' : 'Done'}
          </button>
        )}
        <button type="button" className="button subtle" disabled={busy} onClick={() => onAction('skip')}>
          Skip
        </button>
      </div>
      {prompt.kind !== 'check-in' ? (
        <p className="secondary-action">
          <button type="button" className="button subtle link" disabled={busy} onClick={() => onAction('overrun')}>
            Still in session
          </button>
          <span className="quiet"> — ask again in 5 minutes</span>
        </p>
      ) : null}
      {startable && nextSessionStart !== null ? <p className="context">Your next session starts at {clockTime(nextSessionStart, timeZone)}.</p> : null}
    </main>
  );
}
