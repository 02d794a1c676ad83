import { useId, type Ref } from 'react';
import { useWords } from '../i18n/words';

interface PrivateTextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Said after the reminder to leave out client details. */
  more?: string;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** A few lines in the user's own words, with the reminder that they stay here and leave out client details. */
export function PrivateTextField({ label, value, onChange, more, inputRef }: PrivateTextFieldProps) {
  const id = useId();
  const words = useWords();
  return (
    <>
      <label className="field" htmlFor={id}>
        <span>{label}</span>
        <textarea
          id={id}
          ref={inputRef}
          rows={3}
          maxLength={500}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={`${id}-reminder`}
        />
      </label>
      <p id={`${id}-reminder`} className="quiet small">
        {words.t('checkIn.clientDetailsReminder')}
        {more ? ` ${more}` : ''}
      </p>
    </>
  );
}
