import { useId, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { AlertLine } from '../controls/AlertLine';
import { PrivateTextField } from '../controls/PrivateTextField';
import { ScaleChoice } from '../controls/ScaleChoice';
import { useOutcome } from '../controls/use-outcome';
import { useWords } from '../i18n/words';

interface ReflectionFormProps {
  api: InterludeApi;
  /** The Monday that names the week. */
  week: string;
  headingLevel: 'h1' | 'h2';
  onDone: () => void;
}

/** The weekly reflection: three questions in our own words, each optional, under a minute. */
export function ReflectionForm({ api, week, headingLevel: Heading, onDone }: ReflectionFormProps) {
  const words = useWords();
  const [wornOut, setWornOut] = useState<number | null>(null);
  const [meaningful, setMeaningful] = useState<number | null>(null);
  const [moment, setMoment] = useState('');
  const { busy, message, run } = useOutcome();
  const id = useId();
  const send = async (answers: { wornOut: number | null; meaningful: number | null; moment: string | null }) => {
    if (await run(() => api.saveReflection({ week, ...answers }))) onDone();
  };
  const written = moment.trim();
  return (
    <form
      className="reflection"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void send({ wornOut, meaningful, moment: written === '' ? null : written });
      }}
    >
      <Heading id={`${id}-title`}>{words.t('wellbeing.reflection.title')}</Heading>
      <p className="lead">{words.t('wellbeing.reflection.lead')}</p>
      <ScaleChoice
        label={words.t('wellbeing.reflection.wornOut.question')}
        low={words.t('wellbeing.reflection.wornOut.low')}
        high={words.t('wellbeing.reflection.wornOut.high')}
        value={wornOut}
        onChange={setWornOut}
      />
      <ScaleChoice
        label={words.t('wellbeing.reflection.meaningful.question')}
        low={words.t('wellbeing.reflection.meaningful.low')}
        high={words.t('wellbeing.reflection.meaningful.high')}
        value={meaningful}
        onChange={setMeaningful}
      />
      <PrivateTextField label={words.t('wellbeing.reflection.moment')} value={moment} onChange={setMoment} />
      <AlertLine message={message} />
      <div className="actions">
        <button
          type="submit"
          className="button primary"
          disabled={busy || (wornOut === null && meaningful === null && written === '')}
        >
          {words.t('wellbeing.reflection.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void send({ wornOut: null, meaningful: null, moment: null })}
        >
          {words.t('wellbeing.reflection.skip')}
        </button>
      </div>
    </form>
  );
}
