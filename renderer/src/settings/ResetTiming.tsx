import { useId } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { GapRules, Settings } from '../../../app/shared/settings';
import { useSettingsSave } from './use-settings-save';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const SHORT_SECONDS = [30, 45, 60, 90, 120, 180, 240, 300];
const seconds = (value: number) => (value % 60 === 0 ? `${value / 60} min` : `${value} seconds`);

/** How long a reset lasts, and how the offer after a session scales to the gap before the next. */
export function ResetTiming({ api, settings }: { api: InterludeApi; settings: Settings }) {
  const { status, save } = useSettingsSave(api);
  const id = useId();
  const rules = settings.gapRules;
  const saveRules = (change: Partial<GapRules>, done: string) =>
    void save({ ...settings, gapRules: { ...rules, ...change } }, done);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Length and gaps</h3>
      <div className="field">
        <label htmlFor={`${id}-length`}>A reset lasts</label>
        <select
          id={`${id}-length`}
          value={settings.resetMinutes}
          onChange={(event) =>
            void save(
              { ...settings, resetMinutes: Number(event.target.value) },
              `Saved. Resets now last ${event.target.value} minute${event.target.value === '1' ? '' : 's'}.`,
            )
          }
        >
          {range(1, 10).map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes} minute{minutes === 1 ? '' : 's'}
            </option>
          ))}
        </select>
      </div>
      <p className="quiet small">
        After a session, the full reset comes when there is time for it before the next one; a shorter one when the gap
        is tighter; under that, a one-tap check-in.
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-full`}>Full reset from a gap of</label>
          <select
            id={`${id}-full`}
            value={rules.fullResetMinutes}
            onChange={(event) => {
              const full = Number(event.target.value);
              // The short reset's gap can be no longer than the full one's: it follows it down.
              saveRules(
                { fullResetMinutes: full, shortResetMinutes: Math.min(rules.shortResetMinutes, full) },
                `Saved. A gap of ${full} minutes or more gets the full reset.`,
              );
            }}
          >
            {range(1, 30).map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} min
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-short`}>Short reset from a gap of</label>
          <select
            id={`${id}-short`}
            value={rules.shortResetMinutes}
            onChange={(event) =>
              saveRules(
                { shortResetMinutes: Number(event.target.value) },
                `Saved. A gap of ${event.target.value} minutes or more gets the short reset.`,
              )
            }
          >
            {range(1, rules.fullResetMinutes).map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} min
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-short-length`}>The short reset lasts</label>
          <select
            id={`${id}-short-length`}
            value={rules.shortResetSeconds}
            onChange={(event) =>
              saveRules(
                { shortResetSeconds: Number(event.target.value) },
                `Saved. The short reset lasts ${seconds(Number(event.target.value))}.`,
              )
            }
          >
            {SHORT_SECONDS.map((value) => (
              <option key={value} value={value}>
                {seconds(value)}
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
