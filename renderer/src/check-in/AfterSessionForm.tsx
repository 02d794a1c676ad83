import { useId, useState, type ReactNode } from 'react';
import {
  CARRYING,
  CARRYING_WORDS,
  DEFAULT_AFTER,
  FEELINGS,
  NEEDS,
  type AfterSession,
} from '../../../app/shared/check-in';
import { MultipleChoice, SingleChoice } from '../controls/ChoiceChips';
import { RatingSlider } from '../controls/RatingSlider';
import { CheckInFrame, CLIENT_DETAILS_REMINDER } from './CheckInFrame';

const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const CARRYING_CHOICES = CARRYING.map((value) => ({ value, label: CARRYING_WORDS[value] }));
const FEELING_CHOICES = FEELINGS.map((value) => ({ value, label: capitalised(value) }));
const NEED_CHOICES = NEEDS.map((value) => ({ value, label: capitalised(value) }));

interface AfterSessionFormProps {
  title: string;
  /** A line under the title: when the next session starts, for a check-in the user asked for. */
  context: string | null;
  /** After a session, or now, when the user asked: the carrying question names what it is about. */
  asked: 'after-session' | 'now';
  saveLabel: string;
  busy: boolean;
  message: string | null;
  onSave: (answers: AfterSession) => void;
  onSkip: () => void;
  footer?: ReactNode;
}

/** What am I carrying, and what belongs to the client? About thirty seconds. */
export function AfterSessionForm({
  title,
  context,
  asked,
  saveLabel,
  busy,
  message,
  onSave,
  onSkip,
  footer,
}: AfterSessionFormProps) {
  const [answers, setAnswers] = useState<AfterSession>(DEFAULT_AFTER);
  const id = useId();
  const save = () => {
    const line = answers.mineAndTheirs?.trim();
    onSave({ ...answers, mineAndTheirs: line ? line : undefined });
  };
  return (
    <CheckInFrame
      title={title}
      lead="A moment to notice what you are carrying."
      context={context}
      saveLabel={saveLabel}
      busy={busy}
      message={message}
      onSave={save}
      onSkip={onSkip}
      footer={footer}
    >
      <RatingSlider
        label="How activated I feel"
        low="settled"
        high="very"
        value={answers.activation}
        onChange={(activation) => setAnswers({ ...answers, activation })}
      />
      <SingleChoice
        label={
          asked === 'now' ? 'Am I carrying something from the work today?' : 'Am I carrying something from that hour?'
        }
        choices={CARRYING_CHOICES}
        value={answers.carrying}
        onChange={(carrying) => setAnswers({ ...answers, carrying })}
      />
      <MultipleChoice
        label="Feelings"
        choices={FEELING_CHOICES}
        value={answers.feelings}
        max={2}
        onChange={(feelings) => setAnswers({ ...answers, feelings })}
      />
      <div className="field">
        <label htmlFor={`${id}-mine`}>What’s mine, what’s theirs (optional)</label>
        <input
          id={`${id}-mine`}
          type="text"
          maxLength={200}
          value={answers.mineAndTheirs ?? ''}
          onChange={(e) => setAnswers({ ...answers, mineAndTheirs: e.target.value })}
          placeholder="Name what belongs to them, and set it down"
          aria-describedby={`${id}-note`}
          autoComplete="off"
        />
        <p id={`${id}-note`} className="quiet small">
          {CLIENT_DETAILS_REMINDER}
        </p>
      </div>
      <SingleChoice
        label={asked === 'now' ? 'What I need now' : 'What I need before the next one'}
        choices={NEED_CHOICES}
        value={answers.need}
        onChange={(need) => setAnswers({ ...answers, need })}
      />
    </CheckInFrame>
  );
}
