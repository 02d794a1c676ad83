import * as Slider from '@radix-ui/react-slider';
import type { AudioSettings } from '../../../app/shared/settings';
import { Toggle } from '../controls/Toggle';
import { useWords } from '../i18n/words';

const CUES = [
  { key: 'phaseTone', label: 'exercises.sound.phaseTone' },
  { key: 'stepChime', label: 'exercises.sound.stepChime' },
  { key: 'closingChime', label: 'exercises.sound.closingChime' },
] as const;

/** Each cue with its own off switch and volume. */
export function SoundSettings({ audio, onChange }: { audio: AudioSettings; onChange: (audio: AudioSettings) => void }) {
  const words = useWords();
  return (
    <div className="sound-settings">
      {CUES.map(({ key, label: labelKey }) => {
        const label = words.t(labelKey);
        return (
          <div key={key} className="sound-cue">
            <Toggle
              label={label}
              checked={audio[key].on}
              onChange={(on) => onChange({ ...audio, [key]: { ...audio[key], on } })}
            />
            <Slider.Root
              className="slider slider-small"
              min={0}
              max={100}
              step={5}
              value={[Math.round(audio[key].volume * 100)]}
              disabled={!audio[key].on}
              onValueCommit={([volume]) =>
                onChange({ ...audio, [key]: { ...audio[key], volume: (volume ?? 50) / 100 } })
              }
            >
              <Slider.Track className="slider-track">
                <Slider.Range className="slider-range" />
              </Slider.Track>
              <Slider.Thumb className="slider-thumb" aria-label={words.t('exercises.sound.volume', { cue: label })} />
            </Slider.Root>
          </div>
        );
      })}
    </div>
  );
}
