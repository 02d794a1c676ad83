import { useId } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { availableExercises, EXERCISES } from '../../../app/shared/exercises';
import { message, type Message } from '../../../app/shared/i18n/message';
import type { ExercisePreferences as Preferences, Settings } from '../../../app/shared/settings';
import { Toggle } from '../controls/Toggle';
import { SoundSettings } from '../exercise/SoundSettings';
import { CITY_ZONES } from '../../../app/shared/zone-coordinates';
import { useWords } from '../i18n/words';
import { useSettingsSave } from './use-settings-save';

/** A zone's city as its name reads ("America/New_York" → "New York"): a place name, shown as it is. */
const cityName = (zone: string) => zone.split('/').at(-1)!.replaceAll('_', ' ');

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
  const words = useWords();
  const preferences = settings.exercises;
  const { status, save } = useSettingsSave(api);
  const id = useId();
  const savePreferences = (change: Partial<Preferences>, done: Message) =>
    void save({ ...settings, exercises: { ...preferences, ...change } }, done);
  const offered = availableExercises(preferences.hideBreathWork);
  const cities = CITY_ZONES.map((zone) => ({ zone, name: cityName(zone) })).sort((a, b) =>
    a.name.localeCompare(b.name, words.language),
  );

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.t('settings.exercises.title')}</h3>
      <p className="quiet">{words.t('settings.exercises.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-favourite`}>{words.t('settings.exercises.favourite')}</label>
        <select
          id={`${id}-favourite`}
          value={preferences.favourite ?? ''}
          onChange={(e) =>
            savePreferences(
              { favourite: (e.target.value || null) as Preferences['favourite'] },
              message('settings.exercises.favouriteSaved'),
            )
          }
        >
          <option value="">{words.t('settings.exercises.noFavourite')}</option>
          {offered.map((exercise) => (
            <option key={exercise.id} value={exercise.id}>
              {words.t(`exercises.${exercise.id}.name`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-city`}>{words.t('settings.exercises.daylight')}</label>
        <select
          id={`${id}-city`}
          aria-describedby={`${id}-city-note`}
          value={preferences.daylightCity ?? ''}
          onChange={(e) =>
            savePreferences(
              { daylightCity: e.target.value || null },
              e.target.value
                ? message('settings.exercises.daylightFollowsCity', { city: cityName(e.target.value) })
                : message('settings.exercises.daylightFollowsZone'),
            )
          }
        >
          <option value="">{words.t('settings.exercises.followTimeZone', { city: cityName(timeZone) })}</option>
          {cities.map((city) => (
            <option key={city.zone} value={city.zone}>
              {city.name}
            </option>
          ))}
        </select>
        <p id={`${id}-city-note`} className="quiet small">
          {words.t('settings.exercises.daylightNote')}
        </p>
      </div>
      <Toggle
        label={words.t('settings.exercises.noBreathWork')}
        checked={preferences.hideBreathWork}
        onChange={(hideBreathWork) =>
          savePreferences(
            { hideBreathWork },
            message(hideBreathWork ? 'settings.exercises.breathWorkHidden' : 'settings.exercises.breathWorkOffered'),
          )
        }
      />
      <Toggle
        label={words.t('settings.exercises.noHolds')}
        checked={preferences.noHolds}
        onChange={(noHolds) =>
          savePreferences(
            { noHolds },
            message(noHolds ? 'settings.exercises.holdsSkipped' : 'settings.exercises.holdsKept'),
          )
        }
      />
      <h4 className="subheading">{words.t('settings.exercises.sound')}</h4>
      <SoundSettings
        audio={settings.audio}
        onChange={(audio) => void save({ ...settings, audio }, message('settings.exercises.soundSaved'))}
      />
      <p className="quiet small">{words.t('settings.exercises.count', { count: EXERCISES.length })}</p>
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
