import { useId, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { NudgeKind } from '../../../app/shared/nudge-kind';
import type { ReflectionSettings as Preferences, Settings } from '../../../app/shared/settings';
import { TIME_OF_DAY_PATTERN } from '../../../app/shared/time-of-day';
import { TimeField } from '../controls/TimeField';
import { Toggle } from '../controls/Toggle';
import { useSettingsSave } from './use-settings-save';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUDGE_NAMES: Record<NudgeKind, string> = {
  carrying: 'Carrying something out of sessions',
  'numb-or-irritated': 'Feeling numb or irritated',
  'lower-energy': 'Lower energy than usual',
  pace: 'The pace of the schedule',
  'day-off': 'A day off',
  'remembered-moment': 'A remembered moment',
};

/** The weekly reflection, "How do you feel now?", and the nudges. */
export function ReflectionSettings({ api, settings }: { api: InterludeApi; settings: Settings }) {
  const preferences = settings.reflection;
  const { status, setStatus, save } = useSettingsSave(api);
  const [weeklyTime, setWeeklyTime] = useState(preferences.weeklyTime);
  const [dayOffAfter, setDayOffAfter] = useState(String(preferences.dayOffAfterDays));
  const id = useId();
  const saveReflection = (change: Partial<Preferences>, done: string) =>
    void save({ ...settings, reflection: { ...preferences, ...change } }, done);
  const workingDays = settings.template.days.map((workingDay) => workingDay.day);
  const lastWorkingDay = WEEKDAYS[(workingDays.length > 0 ? Math.max(...workingDays) : 5) - 1];
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Reflection and nudges</h3>
      <Toggle
        label="A short reflection once a week"
        checked={preferences.weekly}
        onChange={(weekly) =>
          saveReflection({ weekly }, weekly ? 'The weekly reflection is on.' : 'The weekly reflection is off.')
        }
      />
      {preferences.weekly ? (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-day`}>On</label>
            <select
              id={`${id}-day`}
              value={preferences.weeklyDay ?? ''}
              onChange={(event) =>
                saveReflection(
                  { weeklyDay: event.target.value === '' ? null : Number(event.target.value) },
                  'The reflection day is saved.',
                )
              }
            >
              <option value="">My last working day ({lastWorkingDay})</option>
              {WEEKDAYS.map((day, index) => (
                <option key={day} value={index + 1}>
                  {day}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>From</label>
            <TimeField
              id={`${id}-time`}
              value={weeklyTime}
              onChange={setWeeklyTime}
              onCommit={(time) => {
                if (time === preferences.weeklyTime) return;
                if (TIME_OF_DAY_PATTERN.test(time))
                  saveReflection({ weeklyTime: time }, 'The reflection time is saved.');
                else setStatus('Not saved: please enter a time such as 4:00 PM or 16:00.');
              }}
            />
          </div>
        </div>
      ) : null}
      <p className="quiet small">It comes with the day’s wind-down, after your last session, never during one.</p>
      <Toggle
        label="Ask “How do you feel now?” after a reset"
        checked={preferences.feelingAfterReset}
        onChange={(feelingAfterReset) =>
          saveReflection(
            { feelingAfterReset },
            feelingAfterReset ? 'Interlude will ask after each reset.' : 'Interlude will not ask after resets.',
          )
        }
      />
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          saveReflection({ dayOffAfterDays: Number(dayOffAfter) }, 'Saved.');
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-day-off`}>Suggest planning a day off after this many days with sessions</label>
          <input
            id={`${id}-day-off`}
            type="number"
            inputMode="numeric"
            min={5}
            max={60}
            value={dayOffAfter}
            onChange={(event) => setDayOffAfter(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Save
        </button>
      </form>
      {preferences.hiddenNudges.length > 0 ? (
        <>
          <h4 className="subheading" id="hidden-nudges">
            Nudges you turned off
          </h4>
          <ul className="plain-list" aria-labelledby="hidden-nudges">
            {preferences.hiddenNudges.map((kind) => (
              <li key={kind} className="list-row">
                <span>{NUDGE_NAMES[kind]}</span>
                <button
                  type="button"
                  className="button subtle"
                  aria-label={`Show “${NUDGE_NAMES[kind]}” again`}
                  onClick={() =>
                    saveReflection(
                      { hiddenNudges: preferences.hiddenNudges.filter((hidden) => hidden !== kind) },
                      `“${NUDGE_NAMES[kind]}” can show again.`,
                    )
                  }
                >
                  Show again
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
