import { useId, useState } from 'react';
import { KIND_PHRASES } from '../../../app/shared/exercises';
import { CLIENT_DETAILS_REMINDER } from '../check-in/CheckInFrame';
import { SingleChoice } from '../controls/ChoiceChips';

const OWN = 'own';
const CHOICES = [
  ...KIND_PHRASES.map((phrase) => ({ value: phrase, label: phrase })),
  { value: OWN, label: 'My own words' },
];

/** The hand-on-heart pause's last step: pick a kind phrase or write one; it is remembered for next time. */
export function KindPhrasePicker({ phrase, onChange }: { phrase: string | null; onChange: (phrase: string) => void }) {
  const known = phrase === null || (KIND_PHRASES as readonly string[]).includes(phrase);
  const [choice, setChoice] = useState<string>(known ? (phrase ?? KIND_PHRASES[0]) : OWN);
  const [own, setOwn] = useState(known ? '' : (phrase ?? ''));
  const id = useId();
  return (
    <div className="kind-phrase">
      <SingleChoice
        label="Choose a phrase"
        choices={CHOICES}
        value={choice}
        onChange={(next) => {
          setChoice(next);
          if (next !== OWN) onChange(next);
        }}
      />
      {choice === OWN ? (
        <div className="field">
          <label htmlFor={`${id}-own`}>My phrase</label>
          <input
            id={`${id}-own`}
            type="text"
            maxLength={140}
            value={own}
            onChange={(e) => {
              setOwn(e.target.value);
              // Saved as typed: the exercise may end before the field loses focus.
              if (e.target.value.trim()) onChange(e.target.value.trim());
            }}
            aria-describedby={`${id}-note`}
            autoComplete="off"
          />
          <p id={`${id}-note`} className="quiet small">
            {CLIENT_DETAILS_REMINDER}
          </p>
        </div>
      ) : (
        <p className="kind-phrase-text">{choice}</p>
      )}
    </div>
  );
}
