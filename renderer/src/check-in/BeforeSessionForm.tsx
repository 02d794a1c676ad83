import { useId, useState } from 'react';
import { DEFAULT_BEFORE, INTENTION_WORDS, INTENTIONS, type BeforeSession } from '../../../app/shared/check-in';
import { SingleChoice } from '../controls/ChoiceChips';
import { RatingSlider } from '../controls/RatingSlider';
import { useWords } from '../i18n/words';
import { CheckInFrame } from './CheckInFrame';

const OWN = 'own';

interface BeforeSessionFormProps {
  title: string;
  busy: boolean;
  message: string | null;
  onSave: (answers: BeforeSession) => void;
  onSkip: () => void;
}

/** How am I arriving? Three answers, about twenty seconds. */
export function BeforeSessionForm({ title, busy, message, onSave, onSkip }: BeforeSessionFormProps) {
  const [answers, setAnswers] = useState(DEFAULT_BEFORE);
  const [intention, setIntention] = useState<string>(DEFAULT_BEFORE.intention);
  const [ownWord, setOwnWord] = useState('');
  const id = useId();
  const words = useWords();
  const intentionChoices = [
    ...INTENTIONS.map((word) => ({ value: word, label: words.t(INTENTION_WORDS[word]) })),
    { value: OWN, label: words.t('checkIn.before.ownWord') },
  ];
  const save = () => onSave({ ...answers, intention: intention === OWN ? ownWord.trim() || 'present' : intention });
  return (
    <CheckInFrame
      title={title}
      lead={words.t('checkIn.before.lead')}
      saveLabel={words.t('checkIn.save')}
      busy={busy}
      message={message}
      onSave={save}
      onSkip={onSkip}
    >
      <RatingSlider
        label={words.t('checkIn.before.energy')}
        low={words.t('checkIn.before.energyLow')}
        high={words.t('checkIn.before.energyHigh')}
        value={answers.energy}
        onChange={(energy) => setAnswers({ ...answers, energy })}
      />
      <RatingSlider
        label={words.t('checkIn.before.tension')}
        low={words.t('checkIn.before.tensionLow')}
        high={words.t('checkIn.before.tensionHigh')}
        value={answers.tension}
        onChange={(tension) => setAnswers({ ...answers, tension })}
      />
      <SingleChoice
        label={words.t('checkIn.before.intention')}
        choices={intentionChoices}
        value={intention}
        onChange={setIntention}
      />
      {intention === OWN ? (
        <div className="field">
          <label htmlFor={`${id}-own`}>{words.t('checkIn.before.myWord')}</label>
          <input
            id={`${id}-own`}
            type="text"
            maxLength={40}
            value={ownWord}
            onChange={(e) => setOwnWord(e.target.value)}
            aria-describedby={`${id}-note`}
            autoComplete="off"
          />
          <p id={`${id}-note`} className="quiet small">
            {words.t('checkIn.clientDetailsReminder')}
          </p>
        </div>
      ) : null}
    </CheckInFrame>
  );
}
