import { useId, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { message, type Message, type MessageKey } from '../../../app/shared/i18n/message';
import type { NudgeKind } from '../../../app/shared/nudge-kind';
import type { ReflectionSettings as Preferences, Settings } from '../../../app/shared/settings';
import { TIME_OF_DAY_PATTERN } from '../../../app/shared/time-of-day';
import { TimeField } from '../controls/TimeField';
import { Toggle } from '../controls/Toggle';
import { useWords } from '../i18n/words';
import { WEEKDAY_NUMBERS, weekdayInSentence, weekdayName } from './template/weekdays';
import { useSettingsSave } from './use-settings-save';

const NUDGE_NAMES: Record<NudgeKind, MessageKey> = {
  carrying: 'settings.reflection.nudgeNames.carrying',
  'numb-or-irritated': 'settings.reflection.nudgeNames.numb-or-irritated',
  'lower-energy': 'settings.reflection.nudgeNames.lower-energy',
  pace: 'settings.reflection.nudgeNames.pace',
  'day-off': 'settings.reflection.nudgeNames.day-off',
  'remembered-moment': 'settings.reflection.nudgeNames.remembered-moment',
};

/** The weekly reflection, "How do you feel now?", and the nudges. */
export function ReflectionSettings({ api, settings }: { api: InterludeApi; settings: Settings }) {
  const words = useWords();
  const preferences = settings.reflection;
  const { status, setStatus, save } = useSettingsSave(api);
  const [weeklyTime, setWeeklyTime] = useState(preferences.weeklyTime);
  const [dayOffAfter, setDayOffAfter] = useState(String(preferences.dayOffAfterDays));
  const id = useId();
  const saveReflection = (change: Partial<Preferences>, done: Message) =>
    void save({ ...settings, reflection: { ...preferences, ...change } }, done);
  const workingDays = settings.template.days.map((workingDay) => workingDay.day);
  const lastWorkingDay = weekdayInSentence(workingDays.length > 0 ? Math.max(...workingDays) : 5, words.dateLocale);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.t('settings.reflection.title')}</h3>
      <Toggle
        label={words.t('settings.reflection.weekly')}
        checked={preferences.weekly}
        onChange={(weekly) =>
          saveReflection({ weekly }, message(weekly ? 'settings.reflection.weeklyOn' : 'settings.reflection.weeklyOff'))
        }
      />
      {preferences.weekly ? (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-day`}>{words.t('settings.reflection.dayLabel')}</label>
            <select
              id={`${id}-day`}
              value={preferences.weeklyDay ?? ''}
              onChange={(event) =>
                saveReflection(
                  { weeklyDay: event.target.value === '' ? null : Number(event.target.value) },
                  message('settings.reflection.daySaved'),
                )
              }
            >
              <option value="">{words.t('settings.reflection.lastWorkingDay', { day: lastWorkingDay })}</option>
              {WEEKDAY_NUMBERS.map((day) => (
                <option key={day} value={day}>
                  {weekdayName(day, words.dateLocale)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>{words.t('settings.reflection.timeLabel')}</label>
            <TimeField
              id={`${id}-time`}
              value={weeklyTime}
              onChange={setWeeklyTime}
              onCommit={(time) => {
                if (time === preferences.weeklyTime) return;
                if (TIME_OF_DAY_PATTERN.test(time))
                  saveReflection({ weeklyTime: time }, message('settings.reflection.timeSaved'));
                else setStatus(message('settings.reflection.timeInvalid'));
              }}
            />
          </div>
        </div>
      ) : null}
      <p className="quiet small">{words.t('settings.reflection.windDownNote')}</p>
      <Toggle
        label={words.t('settings.reflection.feeling')}
        checked={preferences.feelingAfterReset}
        onChange={(feelingAfterReset) =>
          saveReflection(
            { feelingAfterReset },
            message(feelingAfterReset ? 'settings.reflection.feelingOn' : 'settings.reflection.feelingOff'),
          )
        }
      />
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          saveReflection({ dayOffAfterDays: Number(dayOffAfter) }, message('settings.save.saved'));
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-day-off`}>{words.t('settings.reflection.dayOffAfter')}</label>
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
          {words.t('settings.reflection.save')}
        </button>
      </form>
      {preferences.hiddenNudges.length > 0 ? (
        <>
          <h4 className="subheading" id="hidden-nudges">
            {words.t('settings.reflection.hiddenNudges')}
          </h4>
          <ul className="plain-list" aria-labelledby="hidden-nudges">
            {preferences.hiddenNudges.map((kind) => (
              <li key={kind} className="list-row">
                <span>{words.t(NUDGE_NAMES[kind])}</span>
                <button
                  type="button"
                  className="button subtle"
                  aria-label={words.t('settings.reflection.showAgainLabel', { nudge: message(NUDGE_NAMES[kind]) })}
                  onClick={() =>
                    saveReflection(
                      { hiddenNudges: preferences.hiddenNudges.filter((hidden) => hidden !== kind) },
                      message('settings.reflection.canShowAgain', { nudge: message(NUDGE_NAMES[kind]) }),
                    )
                  }
                >
                  {words.t('settings.reflection.showAgain')}
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
