import type { WorkingDay } from '../../../../app/shared/settings';
import { TimeField } from '../../controls/TimeField';

export type Hours = Omit<WorkingDay, 'day'>;

interface HoursEditorProps {
  /** Prefix of this editor's element ids, and of the field names errors are keyed by. */
  idPrefix: string;
  /** "Monday", or null when these hours are every working day's. */
  dayName: string | null;
  hours: Hours;
  onChange: (hours: Hours) => void;
  /** The message beside a field, keyed "start", "end", "breaks.0.start"... */
  errorFor: (field: string) => string | undefined;
}

const NEW_BREAK = { start: '12:00', end: '13:00' };

/** A working day's hours and its breaks, as many as the day has. */
export function HoursEditor({ idPrefix, dayName, hours, onChange, errorFor }: HoursEditorProps) {
  const of = dayName ? ` on ${dayName}` : '';
  const time = (field: string, label: string, value: string, set: (value: string) => void) => {
    const error = errorFor(field);
    const id = `${idPrefix}-${field}`;
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <TimeField
          id={id}
          value={value}
          onChange={set}
          invalid={error !== undefined}
          describedBy={error ? `${id}-error` : undefined}
        />
        {error ? (
          <span className="field-error" id={`${id}-error`}>
            {error}
          </span>
        ) : null}
      </div>
    );
  };
  const setBreak = (index: number, patch: Partial<Hours['breaks'][number]>) =>
    onChange({ ...hours, breaks: hours.breaks.map((pause, i) => (i === index ? { ...pause, ...patch } : pause)) });

  return (
    <fieldset className="hours">
      <legend>{dayName ?? 'Hours, every working day'}</legend>
      <div className="field-row">
        {time('start', 'First session', hours.start, (start) => onChange({ ...hours, start }))}
        {time('end', 'Day ends', hours.end, (end) => onChange({ ...hours, end }))}
      </div>
      {hours.breaks.map((pause, index) => (
        <div className="field-row break-row" key={index} role="group" aria-label={`Break ${index + 1}${of}`}>
          {time(`breaks.${index}.start`, `Break ${index + 1} from`, pause.start, (start) => setBreak(index, { start }))}
          {time(`breaks.${index}.end`, 'To', pause.end, (end) => setBreak(index, { end }))}
          <button
            type="button"
            className="button subtle"
            aria-label={`Remove break ${index + 1}${of}`}
            onClick={() => onChange({ ...hours, breaks: hours.breaks.filter((_, i) => i !== index) })}
          >
            Remove
          </button>
        </div>
      ))}
      {hours.breaks.length < 8 ? (
        <button
          type="button"
          className="button subtle"
          onClick={() => {
            const last = hours.breaks.at(-1);
            // A second break goes after the first, where a clinician would put an admin hour.
            const next = last
              ? { start: last.end, end: last.end === '23:59' ? '23:59' : addHour(last.end) }
              : NEW_BREAK;
            onChange({ ...hours, breaks: [...hours.breaks, next] });
          }}
        >
          Add a break{of}
        </button>
      ) : null}
    </fieldset>
  );
}

function addHour(hhmm: string): string {
  const match = /^(\d\d):(\d\d)$/.exec(hhmm);
  if (!match) return hhmm;
  return `${String(Math.min(23, Number(match[1]) + 1)).padStart(2, '0')}:${match[2]}`;
}
