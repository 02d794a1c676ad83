import type { Prompt } from '../../../app/shared/domain';
import { minutesInWords } from '../../../app/shared/wording';
import { clockTime } from '../format';

export type PromptAction = 'start' | 'snooze' | 'skip' | 'check-in';

interface PromptViewProps {
  prompt: Prompt;
  /** The next session's start, for context; null when there is none soon. */
  nextSessionStart: number | null;
  timeZone: string;
  busy: boolean;
  message: string | null;
  onAction: (action: PromptAction) => void;
}

export function PromptView({ prompt, nextSessionStart, timeZone, busy, message, onAction }: PromptViewProps) {
  const isReset = prompt.kind === 'reset';
  return (
    <main className="prompt" aria-labelledby="prompt-title" aria-describedby="prompt-body">
      <h1 id="prompt-title">
        {isReset ? 'Your session has ended.' : `Your next session starts at ${clockTime(prompt.session?.start ?? prompt.expiresAt, timeZone)}.`}
      </h1>
      <p id="prompt-body" className="lead">
        {isReset ? `Take ${minutesInWords(prompt.resetSeconds)}?` : 'A moment to arrive: feet on the floor, one slow breath out.'}
      </p>
      {message ? (
        <p className="notice" role="alert">
          {message}
        </p>
      ) : null}
      <div className="actions">
        {isReset ? (
          <>
            <button type="button" className="button primary" disabled={busy} onClick={() => onAction('start')} autoFocus>
              Start
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => onAction('snooze')}>
              In 5 minutes
            </button>
          </>
        ) : (
          <button type="button" className="button primary" disabled={busy} onClick={() => onAction('check-in')} autoFocus>
            I’m ready
          </button>
        )}
        <button type="button" className="button subtle" disabled={busy} onClick={() => onAction('skip')}>
          Skip
        </button>
      </div>
      {isReset && nextSessionStart !== null ? <p className="context">Your next session starts at {clockTime(nextSessionStart, timeZone)}.</p> : null}
    </main>
  );
}
