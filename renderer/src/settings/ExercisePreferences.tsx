import { useId } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { availableExercises, EXERCISES } from '../../../app/shared/exercises';
import type { ExercisePreferences as Preferences, Settings } from '../../../app/shared/settings';
import { Toggle } from '../controls/Toggle';
import { SoundSettings } from '../exercise/SoundSettings';
import { CITY_ZONES } from '../../../app/shared/zone-coordinates';
import { useSettingsSave } from './use-settings-save';

const cityName = (zone: string) => zone.split('/').at(-1)!.replaceAll('_', ' ');
const CITIES = CITY_ZONES.map((zone) => ({ zone, name: cityName(zone) })).sort((a, b) => a.name.localeCompare(b.name));

/** Which exercise comes first, whether breath work is offered at all, holds, and sound. */
export function ExercisePreferences({
  api,
  settings,
  timeZone,
}: {
  api: InterludeApi;
  settings: Settings;
  timeZone: string;
}) {
  const preferences = settings.exercises;
  const { status, save } = useSettingsSave(api);
  const id = useId();
  const savePreferences = (change: Partial<Preferences>, done: string) =>
    void save({ ...settings, exercises: { ...preferences, ...change } }, done);
  const offered = availableExercises(preferences.hideBreathWork);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Exercises</h3>
      <p className="quiet">
        Each prompt suggests one: what your check-in points to, else your favourite, else the next in turn. You can
        always pick another.
      </p>
      <div className="field">
        <label htmlFor={`${id}-favourite`}>Favourite</label>
        <select
          id={`${id}-favourite`}
          value={preferences.favourite ?? ''}
          onChange={(e) =>
            savePreferences({ favourite: (e.target.value || null) as Preferences['favourite'] }, 'Favourite saved.')
          }
        >
          <option value="">No favourite: take turns</option>
          {offered.map((exercise) => (
            <option key={exercise.id} value={exercise.id}>
              {exercise.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-city`}>Daylight, for stepping outside</label>
        <select
          id={`${id}-city`}
          aria-describedby={`${id}-city-note`}
          value={preferences.daylightCity ?? ''}
          onChange={(e) =>
            savePreferences(
              { daylightCity: e.target.value || null },
              e.target.value ? `Daylight follows ${cityName(e.target.value)}.` : 'Daylight follows your time zone.',
            )
          }
        >
          <option value="">Follow my time zone ({cityName(timeZone)})</option>
          {CITIES.map((city) => (
            <option key={city.zone} value={city.zone}>
              {city.name}
            </option>
          ))}
        </select>
        <p id={`${id}-city-note`} className="quiet small">
          After dark, stepping outside becomes a few steps to a window. Only a rounded position is used, on this
          computer.
        </p>
      </div>
      <Toggle
        label="Offer no breathing exercises (for when attention on the breath is unhelpful)"
        checked={preferences.hideBreathWork}
        onChange={(hideBreathWork) =>
          savePreferences(
            { hideBreathWork },
            hideBreathWork ? 'Breathing exercises are hidden.' : 'Breathing exercises are offered again.',
          )
        }
      />
      <Toggle
        label="Breathe without holds (advised in pregnancy and with heart or lung conditions)"
        checked={preferences.noHolds}
        onChange={(noHolds) =>
          savePreferences(
            { noHolds },
            noHolds ? 'Breath patterns will skip their holds.' : 'Breath patterns keep their holds.',
          )
        }
      />
      <h4 className="subheading">Sound</h4>
      <SoundSettings audio={settings.audio} onChange={(audio) => void save({ ...settings, audio }, 'Sound saved.')} />
      <p className="quiet small">
        {EXERCISES.length} exercises; each has a full version and a 60-second one for short gaps.
      </p>
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
