import { useEffect, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { AlertLine } from '../controls/AlertLine';
import { useWords } from '../i18n/words';

interface CheckInFrameProps {
  title: string;
  lead: string;
  /** A line of context under the title, such as when the next session starts. */
  context?: string | null;
  saveLabel: string;
  busy: boolean;
  message: string | null;
  onSave: () => void;
  onSkip: () => void;
  /** Extra actions below, such as "Still in session". */
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * What both check-ins share: every answer starts at a sensible default, Save has the focus so
 * one Enter saves, Ctrl+Enter (⌘+Enter) saves from anywhere in the form, and Skip is always there.
 */
export function CheckInFrame({
  title,
  lead,
  context,
  saveLabel,
  busy,
  message,
  onSave,
  onSkip,
  footer,
  children,
}: CheckInFrameProps) {
  const words = useWords();
  const save = useRef<HTMLButtonElement>(null);
  // Focused without scrolling, so the question at the top stays in view.
  useEffect(() => save.current?.focus({ preventScroll: true }), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSave();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
  };
  // Esc skips, as it ends an exercise: the same key leaves every step.
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || busy) return;
    event.preventDefault();
    onSkip();
  };
  return (
    <main
      className="prompt check-in"
      aria-labelledby="check-in-title"
      aria-describedby="check-in-lead"
      onKeyDown={onEscape}
    >
      <h1 id="check-in-title">{title}</h1>
      <p id="check-in-lead" className="lead">
        {lead}
      </p>
      {context ? <p className="context">{context}</p> : null}
      <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        {children}
        <AlertLine message={message} />
        <div className="actions">
          <button ref={save} type="submit" className="button primary" disabled={busy}>
            {saveLabel}
          </button>
          <button type="button" className="button subtle" disabled={busy} onClick={onSkip}>
            {words.t('checkIn.skip')}
          </button>
        </div>
      </form>
      {footer}
    </main>
  );
}
