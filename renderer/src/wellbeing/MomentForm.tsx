import { useEffect, useId, useRef, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { AlertLine } from '../controls/AlertLine';
import { PrivateTextField } from '../controls/PrivateTextField';
import { useOutcome } from '../controls/use-outcome';
import { useWords } from '../i18n/words';

/** "Note a moment that mattered": a few words, kept with the weekly moments. */
export function MomentForm({ api, onDone }: { api: InterludeApi; onDone: (saved: boolean) => void }) {
  const words = useWords();
  const [text, setText] = useState('');
  const { busy, message, run } = useOutcome();
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => field.current?.focus(), []);
  const written = text.trim();
  return (
    <form
      className="card moment-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => api.noteMoment({ text: written })).then((saved) => saved && onDone(true));
      }}
    >
      <h2 id={`${id}-title`}>{words.t('wellbeing.moment.title')}</h2>
      <PrivateTextField
        label={words.t('wellbeing.moment.label')}
        value={text}
        onChange={setText}
        inputRef={field}
        more={words.t('wellbeing.moment.more')}
      />
      <AlertLine message={message} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy || written === ''}>
          {words.t('wellbeing.moment.save')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => onDone(false)}>
          {words.t('wellbeing.moment.cancel')}
        </button>
      </div>
    </form>
  );
}
