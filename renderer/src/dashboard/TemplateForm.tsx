import { useId, useState, type FormEvent } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { Settings, Weekday } from '../../../app/shared/settings';

const WEEKDAYS: { day: Weekday; name: string; short: string }[] = [
  { day: 1, name: 'Monday', short: 'Mon' },
  { day: 2, name: 'Tuesday', short: 'Tue' },
  { day: 3, name: 'Wednesday', short: 'Wed' },
  { day: 4, name: 'Thursday', short: 'Thu' },
  { day: 5, name: 'Friday', short: 'Fri' },
  { day: 6, name: 'Saturday', short: 'Sat' },
  { day: 7, name: 'Sunday', short: 'Sun' },
];

type FieldErrors = Record<string, string>;

/** The fields this form shows a message beside; any other message is listed by the summary. */
const PLACED = new Set([
  'template.days',
  'template.dayStart',
  'template.dayEnd',
  'template.sessionMinutes',
  'template.sessionEveryMinutes',
  'template.breaks.0.start',
  'template.breaks.0.end',
]);

interface TemplateFormProps {
  api: InterludeApi;
  settings: Settings;
}

/** Edits the weekly template. Validation happens in the core, which answers with a message per field. */
export function TemplateForm({ api, settings }: TemplateFormProps) {
  const [draft, setDraft] = useState(settings);
  const [savedSettings, setSavedSettings] = useState(settings);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const id = useId();
  // State pushes arrive every minute; only a real change of the saved settings replaces the draft.
  if (JSON.stringify(settings) !== JSON.stringify(savedSettings)) {
    setSavedSettings(settings);
    setDraft(settings);
  }

  const template = draft.template;
  const setTemplate = (patch: Partial<Settings['template']>) =>
    setDraft({ ...draft, template: { ...template, ...patch } });
  const lunch = template.breaks[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const result = await api.updateSettings(draft);
    if (result.ok) {
      setErrors({});
      setStatus('Saved. Your prompts now follow this schedule.');
    } else {
      const next: FieldErrors = {};
      for (const error of result.errors) next[error.field] ??= error.message;
      setErrors(next);
      const count = Object.keys(next).length;
      setStatus(`Not saved: ${count === 1 ? 'one thing needs' : `${count} things need`} fixing.`);
    }
  };

  const field = (name: string) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
  });
  const errorFor = (name: string) =>
    errors[name] ? (
      <span className="field-error" id={`${id}-${name}-error`}>
        {errors[name]}
      </span>
    ) : null;
  const minutes = (value: string) => (value === '' ? Number.NaN : Number(value));

  return (
    <form className="template-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="days" aria-describedby={errors['template.days'] ? `${id}-template.days-error` : undefined}>
        <legend>Working days</legend>
        {WEEKDAYS.map(({ day, name, short }) => (
          <label key={day} className="day">
            <input
              type="checkbox"
              checked={template.days.includes(day)}
              aria-label={name}
              onChange={(event) =>
                setTemplate({
                  days: event.target.checked ? [...template.days, day].sort() : template.days.filter((d) => d !== day),
                })
              }
            />
            <span aria-hidden="true">{short}</span>
          </label>
        ))}
        {errorFor('template.days')}
      </fieldset>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-template.dayStart`}>First session</label>
          <input
            type="time"
            {...field('template.dayStart')}
            value={template.dayStart}
            onChange={(e) => setTemplate({ dayStart: e.target.value })}
          />
          {errorFor('template.dayStart')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-template.dayEnd`}>Day ends</label>
          <input
            type="time"
            {...field('template.dayEnd')}
            value={template.dayEnd}
            onChange={(e) => setTemplate({ dayEnd: e.target.value })}
          />
          {errorFor('template.dayEnd')}
        </div>
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-template.sessionMinutes`}>Session length (minutes)</label>
          <input
            type="number"
            inputMode="numeric"
            min={10}
            max={180}
            {...field('template.sessionMinutes')}
            value={Number.isNaN(template.sessionMinutes) ? '' : template.sessionMinutes}
            onChange={(e) => setTemplate({ sessionMinutes: minutes(e.target.value) })}
          />
          {errorFor('template.sessionMinutes')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-template.sessionEveryMinutes`}>A session starts every (minutes)</label>
          <input
            type="number"
            inputMode="numeric"
            min={15}
            max={240}
            {...field('template.sessionEveryMinutes')}
            value={Number.isNaN(template.sessionEveryMinutes) ? '' : template.sessionEveryMinutes}
            onChange={(e) => setTemplate({ sessionEveryMinutes: minutes(e.target.value) })}
          />
          {errorFor('template.sessionEveryMinutes')}
        </div>
      </div>

      <fieldset className="break">
        <legend>Break</legend>
        {lunch ? (
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-template.breaks.0.start`}>From</label>
              <input
                type="time"
                {...field('template.breaks.0.start')}
                value={lunch.start}
                onChange={(e) =>
                  setTemplate({ breaks: [{ ...lunch, start: e.target.value }, ...template.breaks.slice(1)] })
                }
              />
              {errorFor('template.breaks.0.start')}
            </div>
            <div className="field">
              <label htmlFor={`${id}-template.breaks.0.end`}>To</label>
              <input
                type="time"
                {...field('template.breaks.0.end')}
                value={lunch.end}
                onChange={(e) =>
                  setTemplate({ breaks: [{ ...lunch, end: e.target.value }, ...template.breaks.slice(1)] })
                }
              />
              {errorFor('template.breaks.0.end')}
            </div>
            <button
              type="button"
              className="button subtle"
              onClick={() => setTemplate({ breaks: template.breaks.slice(1) })}
            >
              Remove break
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="button subtle"
            onClick={() => setTemplate({ breaks: [{ start: '12:00', end: '13:00' }] })}
          >
            Add a break
          </button>
        )}
      </fieldset>

      <div className="form-footer">
        <button type="submit" className="button primary">
          Save schedule
        </button>
        <p className="form-status" role="status" data-testid="form-status">
          {status}
        </p>
        {Object.entries(errors).some(([name]) => !PLACED.has(name)) ? (
          <ul className="field-error">
            {Object.entries(errors)
              .filter(([name]) => !PLACED.has(name))
              .map(([name, message]) => (
                <li key={name}>{message}</li>
              ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
