import { useEffect, useRef } from 'react';
import type { ClosingWord, PromptKind } from '../../../app/shared/domain';
import { clockTime } from '../format';

const NAMES: Record<PromptKind, string> = {
  reset: 'reset',
  'wind-down': 'wind-down',
  'check-in': 'check-in',
  'check-out': 'check-in',
};

/** After "In 5 minutes" or "Still in session": what will happen now, in plain words. */
export function AnsweredView({
  word,
  kind,
  timeZone,
  onClose,
}: {
  word: Exclude<ClosingWord, { exercise: unknown }>;
  kind: PromptKind;
  timeZone: string;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const title =
    word.outcome === 'snoozed'
      ? `I’ll ask again at ${clockTime(word.until, timeZone)}.`
      : `This ${NAMES[kind]} is skipped: your next session is near.`;
  const body =
    word.outcome === 'snoozed' && word.reason === 'overrun'
      ? 'Take the time you need to finish.'
      : word.outcome === 'snoozed'
        ? 'Nothing else is needed now.'
        : 'There will be another chance after your next session.';
  return (
    <main className="closing" aria-labelledby="answered-title">
      <h1 id="answered-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="quiet">{body}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onClose}>
          Close
        </button>
      </div>
    </main>
  );
}
