import type { ClosingWord, PromptKind } from '../../../app/shared/domain';
import type { MessageKey } from '../../../app/shared/i18n/message';
import { ClosingFrame } from '../exercise/ClosingFrame';
import { useWords } from '../i18n/words';

/** One sentence for each kind, so each language can agree its words with what was skipped. */
const SKIPPED: Record<PromptKind, MessageKey> = {
  reset: 'prompt.answered.skipped.reset',
  'wind-down': 'prompt.answered.skipped.windDown',
  'check-in': 'prompt.answered.skipped.checkIn',
  'check-out': 'prompt.answered.skipped.checkIn',
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
  const words = useWords();
  if (word.outcome === 'overrun-skipped')
    return (
      <ClosingFrame title={words.t(SKIPPED[kind])} body={words.t('prompt.answered.anotherChance')} onClose={onClose} />
    );
  return (
    <ClosingFrame
      title={words.t('prompt.answered.askAgainAt', { time: words.clock(word.until, timeZone) })}
      body={words.t(word.reason === 'overrun' ? 'prompt.answered.takeYourTime' : 'prompt.answered.nothingElse')}
      onClose={onClose}
    />
  );
}
