import { SingleChoice } from './ChoiceChips';

const POINTS = Array.from({ length: 11 }, (_, point) => ({ value: String(point), label: String(point) }));

interface ScaleChoiceProps {
  label: string;
  /** Words for 0 and 10. */
  low: string;
  high: string;
  /** Null until the user picks: an unanswered question is never saved as a middle answer. */
  value: number | null;
  onChange: (value: number) => void;
}

/** A 0–10 answer as eleven chips, nothing chosen at first; arrow keys move, Space or Enter picks. */
export function ScaleChoice({ label, low, high, value, onChange }: ScaleChoiceProps) {
  return (
    <div className="scale-choice">
      <SingleChoice
        label={label}
        choices={POINTS}
        value={value === null ? null : String(value)}
        onChange={(next) => onChange(Number(next))}
      />
      <div className="rating-ends quiet small" aria-hidden="true">
        <span>0 · {low}</span>
        <span>10 · {high}</span>
      </div>
    </div>
  );
}
