import type { WorkingDay } from '../../../../app/shared/settings';
import { TimeField } from '../../controls/TimeField';
import { useWords } from '../../i18n/words';
import { weekdayInSentence, weekdayName } from './weekdays';

export type Hours = Omit<WorkingDay, 'day'>;

interface HoursEditorProps {
  /** Prefix of this editor's element ids, and of the field names errors are keyed by. */
  idPrefix: string;
  /** The ISO weekday these hours are for, or null when they are every working day's. */
  day: number | null;
  hours: Hours;
  onChange: (hours: Hours) => void;
  /** The message beside a field, worded, keyed "start", "end", "breaks.0.start"... */
  errorFor: (field: string) => string | undefined;
}

const NEW_BREAK = { start: '12:00', end: '13:00' };

/** A working day's hours and its breaks, as many as the day has. */
export function HoursEditor({ idPrefix, day, hours, onChange, errorFor }: HoursEditorProps) {
  const words = useWords();
  const inSentence = day === null ? null : weekdayInSentence(day, words.dateLocale);
  // "Break 2" for every working day's hours, "Break 2 on Thursday" for one day's.
  const breakGroup = (number: number) =>
    inSentence === null
      ? words.t('settings.template.hours.breakGroup', { number })
      : words.t('settings.template.hours.breakGroupOn', { number, day: inSentence });
  const removeBreak = (number: number) =>
    inSentence === null
      ? words.t('settings.template.hours.removeBreak', { number })
      : words.t('settings.template.hours.removeBreakOn', { number, day: inSentence });
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
      <legend>{day === null ? words.t('settings.template.hours.everyDay') : weekdayName(day, words.dateLocale)}</legend>
      <div className="field-row">
        {time('start', words.t('settings.template.hours.firstSession'), hours.start, (start) =>
          onChange({ ...hours, start }),
        )}
        {time('end', words.t('settings.template.hours.dayEnds'), hours.end, (end) => onChange({ ...hours, end }))}
      </div>
      {hours.breaks.map((pause, index) => (
        <div className="field-row break-row" key={index} role="group" aria-label={breakGroup(index + 1)}>
          {time(
            `breaks.${index}.start`,
            words.t('settings.template.hours.breakFrom', { number: index + 1 }),
            pause.start,
            (start) => setBreak(index, { start }),
          )}
          {time(`breaks.${index}.end`, words.t('settings.template.hours.breakTo'), pause.end, (end) =>
            setBreak(index, { end }),
          )}
          <button
            type="button"
            className="button subtle"
            aria-label={removeBreak(index + 1)}
            onClick={() => onChange({ ...hours, breaks: hours.breaks.filter((_, i) => i !== index) })}
          >
            {words.t('settings.template.hours.remove')}
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
          {inSentence === null
            ? words.t('settings.template.hours.addBreak')
            : words.t('settings.template.hours.addBreakOn', { day: inSentence })}
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
