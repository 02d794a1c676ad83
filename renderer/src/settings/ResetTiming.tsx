import { useId } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { message, type Message } from '../../../app/shared/i18n/message';
import type { GapRules, Settings } from '../../../app/shared/settings';
import { useWords } from '../i18n/words';
import { useSettingsSave } from './use-settings-save';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const SHORT_SECONDS = [30, 45, 60, 90, 120, 180, 240, 300];
/** "1 min" for whole minutes, "45 seconds" otherwise. */
const seconds = (value: number): Message =>
  value % 60 === 0
    ? message('settings.resetTiming.minutesShort', { minutes: value / 60 })
    : message('settings.resetTiming.seconds', { count: value });

/** How long a reset lasts, and how the offer after a session scales to the gap before the next. */
export function ResetTiming({ api, settings }: { api: InterludeApi; settings: Settings }) {
  const words = useWords();
  const { status, save } = useSettingsSave(api);
  const id = useId();
  const rules = settings.gapRules;
  const saveRules = (change: Partial<GapRules>, done: Message) =>
    void save({ ...settings, gapRules: { ...rules, ...change } }, done);
  const minutesOption = (minutes: number) => words.t('settings.resetTiming.minutesShort', { minutes });
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.t('settings.resetTiming.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-length`}>{words.t('settings.resetTiming.lengthLabel')}</label>
        <select
          id={`${id}-length`}
          value={settings.resetMinutes}
          onChange={(event) => {
            const minutes = Number(event.target.value);
            void save(
              { ...settings, resetMinutes: minutes },
              message('settings.resetTiming.lengthSaved', { count: minutes }),
            );
          }}
        >
          {range(1, 10).map((minutes) => (
            <option key={minutes} value={minutes}>
              {words.t('settings.resetTiming.lengthOption', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      <p className="quiet small">{words.t('settings.resetTiming.gapsNote')}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-full`}>{words.t('settings.resetTiming.fullLabel')}</label>
          <select
            id={`${id}-full`}
            value={rules.fullResetMinutes}
            onChange={(event) => {
              const full = Number(event.target.value);
              // The short reset's gap can be no longer than the full one's: it follows it down.
              saveRules(
                { fullResetMinutes: full, shortResetMinutes: Math.min(rules.shortResetMinutes, full) },
                message('settings.resetTiming.fullSaved', { count: full }),
              );
            }}
          >
            {range(1, 30).map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutesOption(minutes)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-short`}>{words.t('settings.resetTiming.shortLabel')}</label>
          <select
            id={`${id}-short`}
            value={rules.shortResetMinutes}
            onChange={(event) => {
              const short = Number(event.target.value);
              saveRules({ shortResetMinutes: short }, message('settings.resetTiming.shortSaved', { count: short }));
            }}
          >
            {range(1, rules.fullResetMinutes).map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutesOption(minutes)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-short-length`}>{words.t('settings.resetTiming.shortLengthLabel')}</label>
          <select
            id={`${id}-short-length`}
            value={rules.shortResetSeconds}
            onChange={(event) => {
              const length = Number(event.target.value);
              saveRules(
                { shortResetSeconds: length },
                message('settings.resetTiming.shortLengthSaved', { length: seconds(length) }),
              );
            }}
          >
            {SHORT_SECONDS.map((value) => (
              <option key={value} value={value}>
                {words.say(seconds(value))}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
