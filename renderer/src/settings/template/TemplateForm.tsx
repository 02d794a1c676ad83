import { useId, useState, type FormEvent } from 'react';
import type { InterludeApi } from '../../../../app/shared/contract';
import type { Message, MessageKey } from '../../../../app/shared/i18n/message';
import {
  DEFAULT_HOURS,
  type Settings,
  type StartAlignment,
  type WeeklyTemplate,
  type Weekday,
} from '../../../../app/shared/settings';
import { Toggle } from '../../controls/Toggle';
import { useWords } from '../../i18n/words';
import { HoursEditor, type Hours } from './HoursEditor';
import { TemplateSummary } from './TemplateSummary';
import { WEEKDAY_NUMBERS, weekdayName, weekdayShort } from './weekdays';

/** The core's refusal for each field, as messages: worded as shown, so they follow a change of language. */
type FieldErrors = Record<string, Message>;

interface TemplateFormProps {
  api: InterludeApi;
  settings: Settings;
}

const hoursOf = ({ start, end, breaks }: Hours): Hours => ({ start, end, breaks });
const sameHours = (template: WeeklyTemplate) =>
  template.days.every((day) => JSON.stringify(hoursOf(day)) === JSON.stringify(hoursOf(template.days[0]!)));

const ALIGNMENTS: { value: string; label: MessageKey }[] = [
  { value: 'day', label: 'settings.template.alignment.day' },
  { value: 'hour', label: 'settings.template.alignment.hour' },
  { value: 'half-hour', label: 'settings.template.alignment.halfHour' },
  { value: 'minute', label: 'settings.template.alignment.minute' },
];

/**
 * Edits the weekly template: working days, each with its hours and breaks (or the same for all),
 * the length and rhythm of sessions, and a live summary of what that gives. Validation happens in
 * the core, which answers with a message per field.
 */
export function TemplateForm({ api, settings }: TemplateFormProps) {
  const words = useWords();
  const [draft, setDraft] = useState(settings);
  const [savedSettings, setSavedSettings] = useState(settings);
  const [shared, setShared] = useState(() => sameHours(settings.template));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Message | null>(null);
  const id = useId();
  // State pushes arrive every minute; only a real change of the saved settings replaces the draft.
  if (JSON.stringify(settings) !== JSON.stringify(savedSettings)) {
    setSavedSettings(settings);
    setDraft(settings);
  }

  const template = draft.template;
  const setTemplate = (patch: Partial<WeeklyTemplate>) => setDraft({ ...draft, template: { ...template, ...patch } });
  const setHours = (index: number | 'all', hours: Hours) =>
    setTemplate({ days: template.days.map((day, i) => (index === 'all' || i === index ? { ...day, ...hours } : day)) });
  const toggleDay = (day: Weekday, on: boolean) => {
    const model = template.days[0] ? hoursOf(template.days[0]) : DEFAULT_HOURS;
    setTemplate({
      days: on
        ? [...template.days, { day, ...structuredClone(model) }].sort((a, b) => a.day - b.day)
        : template.days.filter((d) => d.day !== day),
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const result = await api.updateSettings(draft);
    if (result.ok) {
      setErrors({});
      setStatus({ key: 'settings.template.saved' });
      return;
    }
    const next: FieldErrors = {};
    for (const error of result.errors) next[shownField(error.field, shared)] ??= error.message;
    setErrors(next);
    setStatus({ key: 'settings.template.needsFixing', params: { count: Object.keys(next).length } });
  };

  const errorFor = (name: string) => {
    const error = errors[name];
    return error ? words.say(error) : undefined;
  };
  const described = (name: string) => (errors[name] ? `${id}-${name}-error` : undefined);
  const errorLine = (name: string) =>
    errors[name] ? (
      <span className="field-error" id={`${id}-${name}-error`}>
        {errorFor(name)}
      </span>
    ) : null;
  const numberField = (
    name: string,
    label: string,
    value: number,
    [min, max]: [number, number],
    set: (value: number) => void,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={described(name)}
        value={Number.isNaN(value) ? '' : value}
        onChange={(event) => set(event.target.value === '' ? Number.NaN : Number(event.target.value))}
      />
      {errorLine(name)}
    </div>
  );
  const alignment = typeof template.startAlignment === 'number' ? 'minute' : template.startAlignment;
  // Messages that belong to no field on show are listed under the button, so nothing goes unseen.
  const placed = (name: string) =>
    /^template\.(days|sessionMinutes|sessionEveryMinutes|startAlignment)$/.test(name) ||
    /^template\.(all|days\.\d+)\.(start|end|breaks\.\d+\.(start|end))$/.test(name);
  const unplaced = Object.entries(errors).filter(([name]) => !placed(name));

  return (
    <form className="template-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="days" aria-describedby={described('template.days')}>
        <legend>{words.t('settings.template.workingDays')}</legend>
        {WEEKDAY_NUMBERS.map((day) => (
          <label key={day} className="day">
            <input
              type="checkbox"
              checked={template.days.some((d) => d.day === day)}
              aria-label={weekdayName(day, words.dateLocale)}
              onChange={(event) => toggleDay(day, event.target.checked)}
            />
            <span aria-hidden="true">{weekdayShort(day, words.dateLocale)}</span>
          </label>
        ))}
        {errorLine('template.days')}
      </fieldset>

      {template.days.length > 1 ? (
        <Toggle
          label={words.t('settings.template.differentHours')}
          checked={!shared}
          onChange={(different) => {
            setShared(!different);
            // Back to one set of hours: every day takes the first day's.
            if (!different && template.days[0]) setHours('all', hoursOf(template.days[0]));
          }}
        />
      ) : null}

      {shared || template.days.length <= 1 ? (
        template.days[0] ? (
          <HoursEditor
            idPrefix={`${id}-template.all`}
            day={template.days.length === 1 ? template.days[0].day : null}
            hours={hoursOf(template.days[0])}
            onChange={(hours) => setHours('all', hours)}
            errorFor={(field) => errorFor(`template.all.${field}`)}
          />
        ) : null
      ) : (
        template.days.map((day, index) => (
          <HoursEditor
            key={day.day}
            idPrefix={`${id}-template.days.${index}`}
            day={day.day}
            hours={hoursOf(day)}
            onChange={(hours) => setHours(index, hours)}
            errorFor={(field) => errorFor(`template.days.${index}.${field}`)}
          />
        ))
      )}

      <div className="field-row">
        {numberField(
          'template.sessionMinutes',
          words.t('settings.template.sessionLength'),
          template.sessionMinutes,
          [10, 180],
          (value) => setTemplate({ sessionMinutes: value }),
        )}
        {numberField(
          'template.sessionEveryMinutes',
          words.t('settings.template.sessionEvery'),
          template.sessionEveryMinutes,
          [15, 240],
          (value) => setTemplate({ sessionEveryMinutes: value }),
        )}
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-alignment`}>{words.t('settings.template.sessionsStart')}</label>
          <select
            id={`${id}-alignment`}
            value={alignment}
            onChange={(e) =>
              setTemplate({
                startAlignment: e.target.value === 'minute' ? 0 : (e.target.value as Exclude<StartAlignment, number>),
              })
            }
          >
            {ALIGNMENTS.map((option) => (
              <option key={option.value} value={option.value}>
                {words.t(option.label)}
              </option>
            ))}
          </select>
        </div>
        {typeof template.startAlignment === 'number'
          ? numberField(
              'template.startAlignment',
              words.t('settings.template.minutesPastTheHour'),
              template.startAlignment,
              [0, 59],
              (value) => setTemplate({ startAlignment: value }),
            )
          : null}
      </div>

      <TemplateSummary template={template} />

      <div className="form-footer">
        <button type="submit" className="button primary">
          {words.t('settings.template.save')}
        </button>
        <p className="form-status" role="status" data-testid="form-status">
          {status ? words.say(status) : null}
        </p>
        {unplaced.length > 0 ? (
          <ul className="field-error">
            {unplaced.map(([name, message]) => (
              <li key={name}>{words.say(message)}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}

/** Where a field's message is shown: with one set of hours, a day's hours are the shared editor's. */
function shownField(field: string, shared: boolean): string {
  return shared ? field.replace(/^template\.days\.\d+\.(start|end|breaks\.)/, 'template.all.$1') : field;
}
