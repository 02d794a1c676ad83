import type { ClosingWord, PromptKind } from '../../../app/shared/domain';
import { ClosingFrame } from '../exercise/ClosingFrame';
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
  if (word.outcome === 'overrun-skipped')
    return (
      <ClosingFrame
        title={`This ${NAMES[kind]} is skipped: your next session is near.`}
        body="There will be another chance after your next session."
        onClose={onClose}
      />
    );
  return (
    <ClosingFrame
      title={`I’ll ask again at ${clockTime(word.until, timeZone)}.`}
      body={word.reason === 'overrun' ? 'Take the time you need to finish.' : 'Nothing else is needed now.'}
      onClose={onClose}
    />
  );
}
