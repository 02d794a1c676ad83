import { useId, useState, type ReactNode } from 'react';
import {
  CARRYING,
  CARRYING_WORDS,
  DEFAULT_AFTER,
  FEELING_WORDS,
  FEELINGS,
  NEED_WORDS,
  NEEDS,
  type AfterSession,
} from '../../../app/shared/check-in';
import { MultipleChoice, SingleChoice } from '../controls/ChoiceChips';
import { RatingSlider } from '../controls/RatingSlider';
import { useWords } from '../i18n/words';
import { CheckInFrame } from './CheckInFrame';

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
  const words = useWords();
  const carryingChoices = CARRYING.map((value) => ({ value, label: words.t(CARRYING_WORDS[value]) }));
  const feelingChoices = FEELINGS.map((value) => ({ value, label: words.t(FEELING_WORDS[value]) }));
  const needChoices = NEEDS.map((value) => ({ value, label: words.t(NEED_WORDS[value]) }));
  const save = () => {
    const line = answers.mineAndTheirs?.trim();
    onSave({ ...answers, mineAndTheirs: line ? line : undefined });
  };
  return (
    <CheckInFrame
      title={title}
      lead={words.t('checkIn.after.lead')}
      context={context}
      saveLabel={saveLabel}
      busy={busy}
      message={message}
      onSave={save}
      onSkip={onSkip}
      footer={footer}
    >
      <RatingSlider
        label={words.t('checkIn.after.activation')}
        low={words.t('checkIn.after.activationLow')}
        high={words.t('checkIn.after.activationHigh')}
        value={answers.activation}
        onChange={(activation) => setAnswers({ ...answers, activation })}
      />
      <SingleChoice
        label={words.t(asked === 'now' ? 'checkIn.after.carryingFromToday' : 'checkIn.after.carryingFromThatHour')}
        choices={carryingChoices}
        value={answers.carrying}
        onChange={(carrying) => setAnswers({ ...answers, carrying })}
      />
      <MultipleChoice
        label={words.t('checkIn.after.feelings')}
        choices={feelingChoices}
        value={answers.feelings}
        max={2}
        onChange={(feelings) => setAnswers({ ...answers, feelings })}
      />
      <div className="field">
        <label htmlFor={`${id}-mine`}>{words.t('checkIn.after.mineAndTheirs')}</label>
        <input
          id={`${id}-mine`}
          type="text"
          maxLength={200}
          value={answers.mineAndTheirs ?? ''}
          onChange={(e) => setAnswers({ ...answers, mineAndTheirs: e.target.value })}
          placeholder={words.t('checkIn.after.mineAndTheirsPlaceholder')}
          aria-describedby={`${id}-note`}
          autoComplete="off"
        />
        <p id={`${id}-note`} className="quiet small">
          {words.t('checkIn.clientDetailsReminder')}
        </p>
      </div>
      <SingleChoice
        label={words.t(asked === 'now' ? 'checkIn.after.needNow' : 'checkIn.after.needBeforeNext')}
        choices={needChoices}
        value={answers.need}
        onChange={(need) => setAnswers({ ...answers, need })}
      />
    </CheckInFrame>
  );
}
