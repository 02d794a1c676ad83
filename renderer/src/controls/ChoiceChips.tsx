import * as ToggleGroup from '@radix-ui/react-toggle-group';
import { useId } from 'react';
import { useWords } from '../i18n/words';

interface Choice<T extends string> {
  value: T;
  label: string;
}

interface SingleProps<T extends string> {
  label: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
}

/** One of a few answers, as chips (Radix toggle group: arrow keys move, Space or Enter picks). */
export function SingleChoice<T extends string>({ label, choices, value, onChange }: SingleProps<T>) {
  const id = useId();
  return (
    <div className="choice">
      <span id={id} className="choice-label">
        {label}
      </span>
      <ToggleGroup.Root
        type="single"
        className="chips"
        aria-labelledby={id}
        value={value ?? ''}
        // Radix reports '' when the chosen chip is pressed again; an answer stays chosen.
        onValueChange={(next) => next && onChange(next as T)}
      >
        {choices.map((choice) => (
          <ToggleGroup.Item key={choice.value} value={choice.value} className="chip">
            {choice.label}
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
    </div>
  );
}

interface MultipleProps<T extends string> {
  label: string;
  choices: readonly Choice<T>[];
  value: readonly T[];
  max: number;
  onChange: (value: T[]) => void;
}

/** Up to `max` answers; once that many are chosen the others wait until one is let go. */
export function MultipleChoice<T extends string>({ label, choices, value, max, onChange }: MultipleProps<T>) {
  const id = useId();
  const words = useWords();
  return (
    <div className="choice">
      <span id={id} className="choice-label">
        {label} <span className="quiet small">{words.t('checkIn.upTo', { max })}</span>
      </span>
      <ToggleGroup.Root
        type="multiple"
        className="chips"
        aria-labelledby={id}
        value={[...value]}
        onValueChange={(next) => onChange((next as T[]).slice(0, max))}
      >
        {choices.map((choice) => (
          <ToggleGroup.Item
            key={choice.value}
            value={choice.value}
            className="chip"
            disabled={value.length >= max && !value.includes(choice.value)}
          >
            {choice.label}
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
    </div>
  );
}
