import { useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { ScaleChoice } from '../controls/ScaleChoice';
import { AlertLine } from '../controls/AlertLine';

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
  const [value, setValue] = useState<number | null>(answered);
  const [message, setMessage] = useState<string | null>(null);
  if (answered !== null || (value !== null && message === null))
    return (
      <p className="quiet" role="status">
        Noted: {answered ?? value} of 10. Thank you.
      </p>
    );
  return (
    <div className="feeling-now">
      <ScaleChoice
        label="How activated do you feel now?"
        low="settled"
        high="very"
        value={value}
        onChange={(activation) => {
          setValue(activation);
          setMessage(null);
          void api.saveFeeling({ promptId, activation }).then((outcome) => {
            if (!outcome.ok) setMessage(outcome.message ?? 'That could not be saved.');
          });
        }}
      />
      <AlertLine message={message} />
    </div>
  );
}
