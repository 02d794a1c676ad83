import { useId, useState, type FormEvent } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { message } from '../../../app/shared/i18n/message';
import type { Settings } from '../../../app/shared/settings';
import { useWords } from '../i18n/words';
import { useSettingsSave } from './use-settings-save';

const REFRESH_CHOICES = [5, 10, 15, 30, 60];

function keywords(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

/** Which calendar events count as sessions, and how often feeds are fetched. */
export function SessionRuleForm({ api, settings }: { api: InterludeApi; settings: Settings }) {
  const words = useWords();
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
          includeKeywords: keywords(include),
          excludeKeywords: keywords(exclude),
        },
      },
    };
    await saveSettings(next, message('settings.sessionRule.saved'));
  };

  return (
    <details className="session-rule">
      <summary>{words.t('settings.sessionRule.summary')}</summary>
      <form onSubmit={(event) => void save(event)} noValidate>
        <p className="quiet small">{words.t('settings.sessionRule.intro')}</p>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-min`}>{words.t('settings.sessionRule.shortest')}</label>
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
            <label htmlFor={`${id}-max`}>{words.t('settings.sessionRule.longest')}</label>
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
          <label htmlFor={`${id}-include`}>{words.t('settings.sessionRule.include')}</label>
          <input
            id={`${id}-include`}
            type="text"
            value={include}
            onChange={(e) => setInclude(e.target.value)}
            aria-describedby={`${id}-keywords-note`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-exclude`}>{words.t('settings.sessionRule.exclude')}</label>
          <input
            id={`${id}-exclude`}
            type="text"
            value={exclude}
            onChange={(e) => setExclude(e.target.value)}
            aria-describedby={`${id}-keywords-note`}
          />
        </div>
        <p className="quiet small" id={`${id}-keywords-note`}>
          {words.t('settings.sessionRule.keywordsNote')}
        </p>
        <div className="field">
          <label htmlFor={`${id}-refresh`}>{words.t('settings.sessionRule.refreshLabel')}</label>
          <select id={`${id}-refresh`} value={refresh} onChange={(e) => setRefresh(Number(e.target.value))}>
            {REFRESH_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {words.t('settings.sessionRule.refreshOption', { count: minutes })}
              </option>
            ))}
          </select>
        </div>
        <div className="form-footer">
          <button type="submit" className="button">
            {words.t('settings.sessionRule.save')}
          </button>
          <p className="form-status" role="status">
            {status}
          </p>
        </div>
      </form>
    </details>
  );
}
