import { useEffect, useRef, type ReactNode } from 'react';

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
          Close
        </button>
      </div>
    </main>
  );
}
