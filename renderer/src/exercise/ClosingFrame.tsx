import { useEffect, useRef, type ReactNode } from 'react';
import { useWords } from '../i18n/words';

/** The last word after an answer: a heading that takes the focus, a line, anything offered after, and Close. */
export function ClosingFrame({
  title,
  body,
  onClose,
  children,
}: {
  title: string;
  body: string;
  onClose: () => void;
  children?: ReactNode;
}) {
  const words = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="closing" aria-labelledby="closing-title">
      <h1 id="closing-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="quiet">{body}</p>
      {children}
      <div className="actions">
        <button type="button" className="button primary" onClick={onClose}>
          {words.t('exercises.closing.close')}
        </button>
      </div>
    </main>
  );
}
