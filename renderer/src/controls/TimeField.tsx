import { useState } from 'react';
import type { Locale } from 'date-fns/locale';
import { formatTimeOfDay, parseTypedTime, TIME_OF_DAY_PATTERN } from '../../../app/shared/time-of-day';
import { useWords } from '../i18n/words';

interface TimeFieldProps {
  id: string;
  /** "HH:MM", or whatever the user typed that is not yet a time. */
  value: string;
  onChange: (value: string) => void;
  /** When the user leaves the field: where a setting that saves at once is saved. */
  onCommit?: (value: string) => void;
  invalid?: boolean;
  describedBy?: string | undefined;
}

const shown = (value: string, locale: Locale) =>
  TIME_OF_DAY_PATTERN.test(value) ? formatTimeOfDay(value, locale) : value;

/**
 * A time of day in one text box, so each takes one tab stop (a native time input takes three or
 * four). It reads what people type ("9", "9:30", "2pm", "14:30") and shows it back as the clock
 * does; what it cannot read is passed on as typed, for the core to refuse in our words.
 */
export function TimeField({ id, value, onChange, onCommit, invalid, describedBy }: TimeFieldProps) {
  const [typed, setTyped] = useState<string | null>(null);
  const { dateLocale } = useWords();
  return (
    <input
      id={id}
      type="text"
      className="time-field"
      inputMode="text"
      autoComplete="off"
      spellCheck={false}
      placeholder={formatTimeOfDay('09:00', dateLocale)}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      value={typed ?? shown(value, dateLocale)}
      onChange={(event) => {
        setTyped(event.target.value);
        onChange(parseTypedTime(event.target.value) ?? event.target.value);
      }}
      onBlur={() => {
        setTyped(null);
        onCommit?.(value);
      }}
    />
  );
}
