import { useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { ScaleChoice } from '../controls/ScaleChoice';
import { AlertLine } from '../controls/AlertLine';
import { useWords } from '../i18n/words';

/**
 * "How do you feel now?" after a reset: one tap on the after-session activation scale, so
 * Patterns can show what helps this person. Saved at the tap; nothing to confirm.
 */
export function FeelingNow({
  api,
  promptId,
  answered,
}: {
  api: InterludeApi;
  promptId: string;
  answered: number | null;
}) {
  const words = useWords();
  const [value, setValue] = useState<number | null>(answered);
  const [message, setMessage] = useState<string | null>(null);
  if (answered !== null || (value !== null && message === null))
    return (
      <p className="quiet" role="status">
        {words.t('prompt.feeling.noted', { value: answered ?? value ?? 0 })}
      </p>
    );
  return (
    <div className="feeling-now">
      <ScaleChoice
        label={words.t('prompt.feeling.question')}
        low={words.t('prompt.feeling.low')}
        high={words.t('prompt.feeling.high')}
        value={value}
        onChange={(activation) => {
          setValue(activation);
          setMessage(null);
          void api.saveFeeling({ promptId, activation }).then((outcome) => {
            if (!outcome.ok)
              setMessage(outcome.message ? words.say(outcome.message) : words.t('prompt.feeling.notSaved'));
          });
        }}
      />
      <AlertLine message={message} />
    </div>
  );
}
