import type { Prompt, PromptChoices } from '../../../app/shared/domain';
import { minutesInWords } from '../../../app/shared/wording';
import { clockTime } from '../format';
import { AlertLine } from '../controls/AlertLine';

export type OfferAction = 'start' | 'snooze' | 'overrun' | 'skip';

interface PromptViewProps {
  prompt: Prompt;
  /** What the snooze and "still in session" buttons will do, as the core works it out. */
  choices: PromptChoices;
  /** The next session's start, for context; null when there is none soon. */
  nextSessionStart: number | null;
  timeZone: string;
  busy: boolean;
  message: string | null;
  onAction: (action: OfferAction) => void;
}

/** The offer of a reset after a session, or of a wind-down after the day's last. */
export function PromptView({ prompt, choices, nextSessionStart, timeZone, busy, message, onAction }: PromptViewProps) {
  const length = prompt.resetSeconds < 120 ? 'a minute' : minutesInWords(prompt.resetSeconds);
  const copy =
    prompt.kind === 'wind-down'
      ? { title: 'That was your last session today.', body: `Take ${length} to close the day?` }
      : { title: 'Your session has ended.', body: `Take ${length}?` };
  return (
    <main className="prompt" aria-labelledby="prompt-title" aria-describedby="prompt-body">
      <h1 id="prompt-title">{copy.title}</h1>
      <p id="prompt-body" className="lead">
        {copy.body}
      </p>
      <AlertLine message={message} />
      <div className="actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => onAction('start')} autoFocus>
          Start
        </button>
        {choices.snooze.kind !== 'none' ? (
          <button type="button" className="button" disabled={busy} onClick={() => onAction('snooze')}>
            {choices.snooze.kind === 'at' ? `Ask again at ${clockTime(choices.snooze.at, timeZone)}` : 'In 5 minutes'}
          </button>
        ) : null}
        <button type="button" className="button subtle" disabled={busy} onClick={() => onAction('skip')}>
          Skip
        </button>
      </div>
      <p className="secondary-action">
        <button type="button" className="button subtle link" disabled={busy} onClick={() => onAction('overrun')}>
          Still in session
        </button>
        <span className="quiet">
          {choices.overrun === 'skips' ? ' — skip this reset: your next session is near' : ' — ask again in 5 minutes'}
        </span>
      </p>
      {nextSessionStart !== null ? (
        <p className="context">Your next session starts at {clockTime(nextSessionStart, timeZone)}.</p>
      ) : null}
    </main>
  );
}
