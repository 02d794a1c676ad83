import { useState } from 'react';
import type { Message } from '../../../app/shared/i18n/message';
import { useWords } from '../i18n/words';

interface Outcome {
  ok: boolean;
  message?: Message;
}

/** A save in flight: busy while it runs, and the core's reason in words when it did not land. */
export function useOutcome() {
  const words = useWords();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (save: () => Promise<Outcome>): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    const outcome = await save();
    setBusy(false);
    if (!outcome.ok) setMessage(outcome.message ? words.say(outcome.message) : words.t('prompt.errors.notSaved'));
    return outcome.ok;
  };
  return { busy, message, setMessage, run };
}
