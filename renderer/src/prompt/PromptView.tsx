import type { Prompt, PromptChoices } from '../../../app/shared/domain';
import { resetLength } from '../../../app/shared/wording';
import { AlertLine } from '../controls/AlertLine';
import { useWords } from '../i18n/words';

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
  const words = useWords();
  const length = words.say(resetLength(prompt.resetSeconds));
  const copy =
    prompt.kind === 'wind-down'
      ? { title: words.t('prompt.offer.lastSession'), body: words.t('prompt.offer.takeLengthToCloseDay', { length }) }
      : { title: words.t('prompt.offer.sessionEnded'), body: words.t('prompt.offer.takeLength', { length }) };
  return (
    <main className="prompt" aria-labelledby="prompt-title" aria-describedby="prompt-body">
      <h1 id="prompt-title">{copy.title}</h1>
      <p id="prompt-body" className="lead">
        {copy.body}
      </p>
      <AlertLine message={message} />
      <div className="actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => onAction('start')} autoFocus>
          {words.t('prompt.offer.start')}
        </button>
        {choices.snooze.kind !== 'none' ? (
          <button type="button" className="button" disabled={busy} onClick={() => onAction('snooze')}>
            {choices.snooze.kind === 'at'
              ? words.t('prompt.offer.askAgainAt', { time: words.clock(choices.snooze.at, timeZone) })
              : words.t('prompt.offer.inFiveMinutes')}
          </button>
        ) : null}
        <button type="button" className="button subtle" disabled={busy} onClick={() => onAction('skip')}>
          {words.t('prompt.offer.skip')}
        </button>
      </div>
      <p className="secondary-action">
        <button type="button" className="button subtle link" disabled={busy} onClick={() => onAction('overrun')}>
          {words.t('prompt.offer.stillInSession')}
        </button>
        <span className="quiet">
          {' — '}
          {words.t(choices.overrun === 'skips' ? 'prompt.offer.overrunSkips' : 'prompt.offer.overrunAsksAgain')}
        </span>
      </p>
      {nextSessionStart !== null ? (
        <p className="context">{words.t('prompt.nextSessionAt', { time: words.clock(nextSessionStart, timeZone) })}</p>
      ) : null}
    </main>
  );
}
