import { useId, useState, type FormEvent } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { message, type Message, type MessageParam } from '../../../app/shared/i18n/message';
import type { QuietDays, Settings } from '../../../app/shared/settings';
import { daysIn, LONG_TIME_OFF_DAYS, pastRanges, type DateRange } from '../../../app/shared/quiet-day-ranges';
import { useWords } from '../i18n/words';
import { useSettingsSave } from './use-settings-save';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Wed, Dec 24, 2026", or "Wed, Dec 24, 2026 – Fri, Jan 2, 2027": worded where it is shown. */
function rangeParam({ from, to }: DateRange): MessageParam {
  return from === to
    ? { localDate: from }
    : message('settings.quietDays.range', { from: { localDate: from }, to: { localDate: to } });
}

/** Days off: holidays and vacations with no prompts, and optionally out-of-office days from a calendar. */
export function QuietDaysForm({ api, settings, today }: { api: InterludeApi; settings: Settings; today: string }) {
  const words = useWords();
  const { quietDays } = settings;
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const { status, setStatus, save: saveSettings } = useSettingsSave(api);
  const id = useId();
  const save = (next: QuietDays, done: Message) => saveSettings({ ...settings, quietDays: next }, done);
  const describeRange = (range: DateRange) =>
    range.from === range.to
      ? words.localDate(range.from)
      : words.t('settings.quietDays.range', { from: { localDate: range.from }, to: { localDate: range.to } });

  // A time off longer than this is asked about first: five years is more often a typo than a plan.
  const [confirmLong, setConfirmLong] = useState(false);
  const past = pastRanges(quietDays.ranges, today);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) {
      setStatus(message('settings.quietDays.chooseDays'));
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
    await save({ ...quietDays, ranges }, message('settings.quietDays.added', { range: rangeParam({ from, to }) }));
  };

  return (
    <section className="card" id="days-off" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.t('settings.quietDays.title')}</h3>
      <p className="quiet">{words.t('settings.quietDays.intro')}</p>
      {quietDays.ranges.length > 0 ? (
        <ul className="quiet-days" aria-label={words.t('settings.quietDays.listLabel')}>
          {quietDays.ranges.map((range) => (
            <li key={`${range.from}-${range.to}`}>
              <span>{describeRange(range)}</span>
              <button
                type="button"
                className="button subtle"
                aria-label={words.t('settings.quietDays.removeRange', { range: rangeParam(range) })}
                onClick={() =>
                  void save(
                    { ...quietDays, ranges: quietDays.ranges.filter((r) => r !== range) },
                    message('settings.quietDays.removed', { range: rangeParam(range) }),
                  )
                }
              >
                {words.t('settings.quietDays.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="quiet-days-form" onSubmit={(event) => void add(event)} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-from`}>{words.t('settings.quietDays.firstDay')}</label>
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
              {DATE.test(from) ? words.localDate(from) : ''}
            </span>
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{words.t('settings.quietDays.lastDay')}</label>
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
              {DATE.test(to) ? words.localDate(to) : ''}
            </span>
          </div>
        </div>
        {confirmLong ? (
          <div className="confirm" role="alertdialog" aria-labelledby={`${id}-long`}>
            <p id={`${id}-long`}>
              {words.t('settings.quietDays.confirmLong', {
                count: daysIn({ from, to }),
                range: rangeParam({ from, to }),
              })}
            </p>
            <div className="actions">
              <button type="submit" className="button primary">
                {words.t('settings.quietDays.addLong', { count: daysIn({ from, to }) })}
              </button>
              <button type="button" className="button subtle" onClick={() => setConfirmLong(false)}>
                {words.t('settings.quietDays.changeDates')}
              </button>
            </div>
          </div>
        ) : (
          <button type="submit" className="button">
            {words.t('settings.quietDays.add')}
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
                message('settings.quietDays.cleared', { count: past.length }),
              )
            }
          >
            {words.t('settings.quietDays.clearPast', { count: past.length })}
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
              message(e.target.checked ? 'settings.quietDays.outOfOfficeOn' : 'settings.quietDays.outOfOfficeOff'),
            )
          }
        />
        <span>{words.t('settings.quietDays.outOfOffice')}</span>
      </label>
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
