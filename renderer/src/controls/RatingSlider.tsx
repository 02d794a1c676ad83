import * as Slider from '@radix-ui/react-slider';
import { useId } from 'react';
import { useWords } from '../i18n/words';

interface RatingSliderProps {
  label: string;
  /** Words for 0 and 10, e.g. "none" and "a lot". */
  low: string;
  high: string;
  value: number;
  onChange: (value: number) => void;
}

/** A 0–10 rating on Radix's accessible slider: arrow keys, Home/End and Page keys all work. */
export function RatingSlider({ label, low, high, value, onChange }: RatingSliderProps) {
  const id = useId();
  const words = useWords();
  return (
    <div className="rating">
      <div className="rating-heading">
        <span id={`${id}-label`} className="rating-label">
          {label}
        </span>
        <output className="rating-value" aria-hidden="true">
          {value}
        </output>
      </div>
      <Slider.Root
        className="slider"
        min={0}
        max={10}
        step={1}
        value={[value]}
        onValueChange={([next]) => onChange(next ?? value)}
        aria-labelledby={`${id}-label`}
      >
        <Slider.Track className="slider-track">
          <Slider.Range className="slider-range" />
        </Slider.Track>
        <Slider.Thumb
          className="slider-thumb"
          aria-labelledby={`${id}-label`}
          aria-valuetext={words.t('checkIn.ratingValue', { value })}
        />
      </Slider.Root>
      <div className="rating-ends quiet small" aria-hidden="true">
        <span>0 · {low}</span>
        <span>10 · {high}</span>
      </div>
    </div>
  );
}
