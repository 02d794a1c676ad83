import { useId, useState, type FormEvent } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { QuietDays, Settings } from '../../../app/shared/settings';
import { daysIn, LONG_TIME_OFF_DAYS, pastRanges } from '../../../app/shared/quiet-day-ranges';
import { calendarDate } from '../format';
import { useSettingsSave } from './use-settings-save';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Wed, Dec 24, 2026", or "Wed, Dec 24, 2026 – Fri, Jan 2, 2027". */
function describeRange({ from, to }: { from: string; to: string }): string {
  return from === to ? calendarDate(from) : `${calendarDate(from)} – ${calendarDate(to)}`;
}

/** Days off: holidays and vacations with no prompts, and optionally out-of-office days from a calendar. */
export function QuietDaysForm({ api, settings, today }: { api: InterludeApi; settings: Settings; today: string }) {
  const { quietDays } = settings;
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const { status, setStatus, save: saveSettings } = useSettingsSave(api);
  const id = useId();
  const save = (next: QuietDays, done: string) => saveSettings({ ...settings, quietDays: next }, done);

  // A time off longer than this is asked about first: five years is more often a typo than a plan.
  const [confirmLong, setConfirmLong] = useState(false);
  const past = pastRanges(quietDays.ranges, today);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) {
      setStatus('Choose the first and last day of the time off.');
      return;
    }
    if (to >= from && daysIn({ from, to }) > LONG_TIME_OFF_DAYS && !confirmLong) {
      setConfirmLong(true);
      setStatus(null);
      return;
    }
    setConfirmLong(false);
    // The core joins it with any time off it overlaps.
    const ranges = [...quietDays.ranges, { from, to }];
    await save({ ...quietDays, ranges }, `Added: ${describeRange({ from, to })}. No prompts on those days.`);
  };

  return (
    <section className="card" id="days-off" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Days off</h3>
      <p className="quiet">Holidays and vacations: no prompts at all on these days.</p>
      {quietDays.ranges.length > 0 ? (
        <ul className="quiet-days" aria-label="Days off">
          {quietDays.ranges.map((range) => (
            <li key={`${range.from}-${range.to}`}>
              <span>{describeRange(range)}</span>
              <button
                type="button"
                className="button subtle"
                aria-label={`Remove ${describeRange(range)}`}
                onClick={() =>
                  void save(
                    { ...quietDays, ranges: quietDays.ranges.filter((r) => r !== range) },
                    `Removed ${describeRange(range)}.`,
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="quiet-days-form" onSubmit={(event) => void add(event)} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-from`}>First day</label>
            <input
              id={`${id}-from`}
              type="date"
              value={from}
              aria-describedby={`${id}-from-said`}
              onChange={(e) => {
                setFrom(e.target.value);
                setConfirmLong(false);
              }}
            />
            <span className="quiet small" id={`${id}-from-said`}>
              {DATE.test(from) ? calendarDate(from) : ''}
            </span>
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>Last day</label>
            <input
              id={`${id}-to`}
              type="date"
              value={to}
              min={from}
              aria-describedby={`${id}-to-said`}
              onChange={(e) => {
                setTo(e.target.value);
                setConfirmLong(false);
              }}
            />
            <span className="quiet small" id={`${id}-to-said`}>
              {DATE.test(to) ? calendarDate(to) : ''}
            </span>
          </div>
        </div>
        {confirmLong ? (
          <div className="confirm" role="alertdialog" aria-labelledby={`${id}-long`}>
            <p id={`${id}-long`}>
              That is {daysIn({ from, to })} days off, from {describeRange({ from, to })}. Add all of them?
            </p>
            <div className="actions">
              <button type="submit" className="button primary">
                Add {daysIn({ from, to })} days off
              </button>
              <button type="button" className="button subtle" onClick={() => setConfirmLong(false)}>
                Change the dates
              </button>
            </div>
          </div>
        ) : (
          <button type="submit" className="button">
            Add days off
          </button>
        )}
      </form>
      {past.length > 0 ? (
        <p className="actions">
          <button
            type="button"
            className="button subtle"
            onClick={() =>
              void save(
                { ...quietDays, ranges: quietDays.ranges.filter((range) => !past.includes(range)) },
                past.length === 1 ? 'Cleared 1 past time off.' : `Cleared ${past.length} past times off.`,
              )
            }
          >
            {past.length === 1 ? 'Clear 1 time off that is over' : `Clear ${past.length} times off that are over`}
          </button>
        </p>
      ) : null}
      <label className="toggle">
        <input
          type="checkbox"
          role="switch"
          checked={quietDays.outOfOfficeFromCalendar}
          onChange={(e) =>
            void save(
              { ...quietDays, outOfOfficeFromCalendar: e.target.checked },
              e.target.checked
                ? 'All-day out-of-office events now count as days off.'
                : 'Out-of-office events no longer count as days off.',
            )
          }
        />
        <span>Treat an all-day “Out of office” event in my calendars as a day off</span>
      </label>
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
