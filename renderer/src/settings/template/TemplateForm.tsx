import { useId, useState, type FormEvent } from 'react';
import type { InterludeApi } from '../../../../app/shared/contract';
import {
  DEFAULT_HOURS,
  type Settings,
  type StartAlignment,
  type WeeklyTemplate,
  type Weekday,
} from '../../../../app/shared/settings';
import { Toggle } from '../../controls/Toggle';
import { HoursEditor, type Hours } from './HoursEditor';
import { TemplateSummary } from './TemplateSummary';
import { WEEKDAYS, weekdayName } from './weekdays';

type FieldErrors = Record<string, string>;

interface TemplateFormProps {
  api: InterludeApi;
  settings: Settings;
}

const hoursOf = ({ start, end, breaks }: Hours): Hours => ({ start, end, breaks });
const sameHours = (template: WeeklyTemplate) =>
  template.days.every((day) => JSON.stringify(hoursOf(day)) === JSON.stringify(hoursOf(template.days[0]!)));

const ALIGNMENTS: { value: string; label: string }[] = [
  { value: 'day', label: 'When the day starts, and again after each break' },
  { value: 'hour', label: 'On the hour' },
  { value: 'half-hour', label: 'On the hour or the half hour' },
  { value: 'minute', label: 'At a set minute past the hour' },
];

/**
 * Edits the weekly template: working days, each with its hours and breaks (or the same for all),
 * the length and rhythm of sessions, and a live summary of what that gives. Validation happens in
 * the core, which answers with a message per field.
 */
export function TemplateForm({ api, settings }: TemplateFormProps) {
  const [draft, setDraft] = useState(settings);
  const [savedSettings, setSavedSettings] = useState(settings);
  const [shared, setShared] = useState(() => sameHours(settings.template));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);
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
      setStatus('Saved. Your prompts now follow this schedule.');
      return;
    }
    const next: FieldErrors = {};
    for (const error of result.errors) next[shownField(error.field, shared)] ??= error.message;
    setErrors(next);
    const count = Object.keys(next).length;
    setStatus(`Not saved: ${count === 1 ? 'one thing needs' : `${count} things need`} fixing.`);
  };

  const errorFor = (name: string) => errors[name];
  const described = (name: string) => (errors[name] ? `${id}-${name}-error` : undefined);
  const errorLine = (name: string) =>
    errors[name] ? (
      <span className="field-error" id={`${id}-${name}-error`}>
        {errors[name]}
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
        <legend>Working days</legend>
        {WEEKDAYS.map(({ day, name, short }) => (
          <label key={day} className="day">
            <input
              type="checkbox"
              checked={template.days.some((d) => d.day === day)}
              aria-label={name}
              onChange={(event) => toggleDay(day, event.target.checked)}
            />
            <span aria-hidden="true">{short}</span>
          </label>
        ))}
        {errorLine('template.days')}
      </fieldset>

      {template.days.length > 1 ? (
        <Toggle
          label="Different hours on different days"
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
            dayName={template.days.length === 1 ? weekdayName(template.days[0].day) : null}
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
            dayName={weekdayName(day.day)}
            hours={hoursOf(day)}
            onChange={(hours) => setHours(index, hours)}
            errorFor={(field) => errorFor(`template.days.${index}.${field}`)}
          />
        ))
      )}

      <div className="field-row">
        {numberField(
          'template.sessionMinutes',
          'Session length (minutes)',
          template.sessionMinutes,
          [10, 180],
          (value) => setTemplate({ sessionMinutes: value }),
        )}
        {numberField(
          'template.sessionEveryMinutes',
          'A session starts every (minutes)',
          template.sessionEveryMinutes,
          [15, 240],
          (value) => setTemplate({ sessionEveryMinutes: value }),
        )}
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-alignment`}>Sessions start</label>
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
                {option.label}
              </option>
            ))}
          </select>
        </div>
        {typeof template.startAlignment === 'number'
          ? numberField('template.startAlignment', 'Minutes past the hour', template.startAlignment, [0, 59], (value) =>
              setTemplate({ startAlignment: value }),
            )
          : null}
      </div>

      <TemplateSummary template={template} />

      <div className="form-footer">
        <button type="submit" className="button primary">
          Save schedule
        </button>
        <p className="form-status" role="status" data-testid="form-status">
          {status}
        </p>
        {unplaced.length > 0 ? (
          <ul className="field-error">
            {unplaced.map(([name, message]) => (
              <li key={name}>{message}</li>
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
