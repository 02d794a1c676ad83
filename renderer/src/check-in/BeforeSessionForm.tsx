import { useId, useState } from 'react';
import { DEFAULT_BEFORE, INTENTIONS, type BeforeSession } from '../../../app/shared/check-in';
import { SingleChoice } from '../controls/ChoiceChips';
import { RatingSlider } from '../controls/RatingSlider';
import { CheckInFrame, CLIENT_DETAILS_REMINDER } from './CheckInFrame';

const OWN = 'own';
const INTENTION_CHOICES = [
  ...INTENTIONS.map((word) => ({ value: word, label: word[0]!.toUpperCase() + word.slice(1) })),
  { value: OWN, label: 'My own word' },
];

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
  const save = () => onSave({ ...answers, intention: intention === OWN ? ownWord.trim() || 'present' : intention });
  return (
    <CheckInFrame
      title={title}
      lead="How are you arriving?"
      saveLabel="Save"
      busy={busy}
      message={message}
      onSave={save}
      onSkip={onSkip}
    >
      <RatingSlider
        label="Energy right now"
        low="empty"
        high="full"
        value={answers.energy}
        onChange={(energy) => setAnswers({ ...answers, energy })}
      />
      <RatingSlider
        label="Tension in my body"
        low="none"
        high="a lot"
        value={answers.tension}
        onChange={(tension) => setAnswers({ ...answers, tension })}
      />
      <SingleChoice
        label="How I want to show up"
        choices={INTENTION_CHOICES}
        value={intention}
        onChange={setIntention}
      />
      {intention === OWN ? (
        <div className="field">
          <label htmlFor={`${id}-own`}>My word</label>
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
            {CLIENT_DETAILS_REMINDER}
          </p>
        </div>
      ) : null}
    </CheckInFrame>
  );
}
