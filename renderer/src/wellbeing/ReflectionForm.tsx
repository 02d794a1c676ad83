import { useId, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { AlertLine } from '../controls/AlertLine';
import { PrivateTextField } from '../controls/PrivateTextField';
import { ScaleChoice } from '../controls/ScaleChoice';
import { useOutcome } from '../controls/use-outcome';

interface ReflectionFormProps {
  api: InterludeApi;
  /** The Monday that names the week. */
  week: string;
  headingLevel: 'h1' | 'h2';
  onDone: () => void;
}

/** The weekly reflection: three questions in our own words, each optional, under a minute. */
export function ReflectionForm({ api, week, headingLevel: Heading, onDone }: ReflectionFormProps) {
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
      <Heading id={`${id}-title`}>This week’s reflection</Heading>
      <p className="lead">Three questions, each optional. Under a minute.</p>
      <ScaleChoice
        label="How worn out by the work do you feel?"
        low="not at all"
        high="completely"
        value={wornOut}
        onChange={setWornOut}
      />
      <ScaleChoice
        label="How meaningful did the work feel?"
        low="not at all"
        high="deeply"
        value={meaningful}
        onChange={setMeaningful}
      />
      <PrivateTextField label="A moment of progress or meaning worth remembering" value={moment} onChange={setMoment} />
      <AlertLine message={message} />
      <div className="actions">
        <button
          type="submit"
          className="button primary"
          disabled={busy || (wornOut === null && meaningful === null && written === '')}
        >
          Save reflection
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void send({ wornOut: null, meaningful: null, moment: null })}
        >
          Skip this week
        </button>
      </div>
    </form>
  );
}
