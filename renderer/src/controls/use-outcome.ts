import { useState } from 'react';

interface Outcome {
  ok: boolean;
  message?: string;
}

/** A save in flight: busy while it runs, and the core's reason in words when it did not land. */
export function useOutcome() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (save: () => Promise<Outcome>): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    const outcome = await save();
    setBusy(false);
    if (!outcome.ok) setMessage(outcome.message ?? 'That could not be saved. Please try again.');
    return outcome.ok;
  };
  return { busy, message, setMessage, run };
}
