import { useId, useState, type FormEvent } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { Settings } from '../../../app/shared/settings';
import { useSettingsSave } from './use-settings-save';

const REFRESH_CHOICES = [5, 10, 15, 30, 60];

function words(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

/** Which calendar events count as sessions, and how often feeds are fetched. */
export function SessionRuleForm({ api, settings }: { api: InterludeApi; settings: Settings }) {
  const { rule, refreshMinutes } = settings.calendar;
  const [minMinutes, setMin] = useState(String(rule.minMinutes));
  const [maxMinutes, setMax] = useState(String(rule.maxMinutes));
  const [include, setInclude] = useState(rule.includeKeywords.join(', '));
  const [exclude, setExclude] = useState(rule.excludeKeywords.join(', '));
  const [refresh, setRefresh] = useState(refreshMinutes);
  const { status, save: saveSettings } = useSettingsSave(api);
  const id = useId();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      ...settings,
      calendar: {
        ...settings.calendar,
        refreshMinutes: refresh,
        rule: {
          minMinutes: Number(minMinutes),
          maxMinutes: Number(maxMinutes),
          includeKeywords: words(include),
          excludeKeywords: words(exclude),
        },
      },
    };
    await saveSettings(next, 'Saved. Calendars are read with these rules from their next refresh or import.');
  };

  return (
    <details className="session-rule">
      <summary>Which events count as sessions</summary>
      <form onSubmit={(event) => void save(event)} noValidate>
        <p className="quiet small">
          Timed events that are not marked free or cancelled count when their length is in this range.
        </p>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-min`}>Shortest (minutes)</label>
            <input
              id={`${id}-min`}
              type="number"
              inputMode="numeric"
              min={5}
              max={600}
              value={minMinutes}
              onChange={(e) => setMin(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-max`}>Longest (minutes)</label>
            <input
              id={`${id}-max`}
              type="number"
              inputMode="numeric"
              min={5}
              max={600}
              value={maxMinutes}
              onChange={(e) => setMax(e.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-include`}>Only events whose title contains (optional, comma-separated)</label>
          <input
            id={`${id}-include`}
            type="text"
            value={include}
            onChange={(e) => setInclude(e.target.value)}
            aria-describedby={`${id}-keywords-note`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-exclude`}>Never events whose title contains (optional, comma-separated)</label>
          <input
            id={`${id}-exclude`}
            type="text"
            value={exclude}
            onChange={(e) => setExclude(e.target.value)}
            aria-describedby={`${id}-keywords-note`}
          />
        </div>
        <p className="quiet small" id={`${id}-keywords-note`}>
          Titles are checked while the calendar is read and then forgotten. Use general words such as “supervision”,
          never a client’s name.
        </p>
        <div className="field">
          <label htmlFor={`${id}-refresh`}>Check subscribed calendars every</label>
          <select id={`${id}-refresh`} value={refresh} onChange={(e) => setRefresh(Number(e.target.value))}>
            {REFRESH_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
          </select>
        </div>
        <div className="form-footer">
          <button type="submit" className="button">
            Save rules
          </button>
          <p className="form-status" role="status">
            {status}
          </p>
        </div>
      </form>
    </details>
  );
}
