import { useId, useState } from 'react';
import { KIND_PHRASES } from '../../../app/shared/exercises';
import type { Translator } from '../../../app/shared/i18n/translator';
import { SingleChoice } from '../controls/ChoiceChips';
import { useWords } from '../i18n/words';

const OWN = 'own';
type KindPhrase = (typeof KIND_PHRASES)[number];

/**
 * Which offered phrase is kept, if any: kept by its key; or, from before phrases were kept by key,
 * by its words, when they are the words on screen.
 */
function offered(phrase: string, words: Translator): KindPhrase | undefined {
  return KIND_PHRASES.find((key) => key === phrase || words.t(key) === phrase);
}

/**
 * The hand-on-heart pause's last step: pick a kind phrase or write one; it is remembered for next
 * time (an offered phrase by its key, so it follows the language; the user's own as written).
 */
export function KindPhrasePicker({ phrase, onChange }: { phrase: string | null; onChange: (phrase: string) => void }) {
  const words = useWords();
  const known = phrase === null ? KIND_PHRASES[0] : offered(phrase, words);
  const [choice, setChoice] = useState<string>(known ?? OWN);
  const [own, setOwn] = useState(known ? '' : (phrase ?? ''));
  const id = useId();
  const choices = [
    ...KIND_PHRASES.map((key) => ({ value: key, label: words.t(key) })),
    { value: OWN, label: words.t('exercises.kindPhrase.ownWords') },
  ];
  return (
    <div className="kind-phrase">
      <SingleChoice
        label={words.t('exercises.kindPhrase.choose')}
        choices={choices}
        value={choice}
        onChange={(next) => {
          setChoice(next);
          if (next !== OWN) onChange(next);
        }}
      />
      {choice === OWN ? (
        <div className="field">
          <label htmlFor={`${id}-own`}>{words.t('exercises.kindPhrase.myPhrase')}</label>
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
            {words.t('checkIn.clientDetailsReminder')}
          </p>
        </div>
      ) : (
        <p className="kind-phrase-text">{words.t(choice as KindPhrase)}</p>
      )}
    </div>
  );
}
