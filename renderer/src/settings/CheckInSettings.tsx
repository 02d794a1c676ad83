import { useId } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { message } from '../../../app/shared/i18n/message';
import type { Settings } from '../../../app/shared/settings';
import { Toggle } from '../controls/Toggle';
import { useWords } from '../i18n/words';
import { useSettingsSave } from './use-settings-save';

const LEADS = Array.from({ length: 15 }, (_, i) => i + 1);

/** The check-in a moment before each session: on or off, and how long before. */
export function CheckInSettings({ api, settings }: { api: InterludeApi; settings: Settings }) {
  const words = useWords();
  const { status, save } = useSettingsSave(api);
  const id = useId();
  const on = settings.checkInBeforeSession;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.t('settings.checkIn.title')}</h3>
      <Toggle
        label={words.t('settings.checkIn.toggle')}
        checked={on}
        onChange={(checkInBeforeSession) =>
          void save(
            { ...settings, checkInBeforeSession },
            message(checkInBeforeSession ? 'settings.checkIn.on' : 'settings.checkIn.off'),
          )
        }
      />
      {on ? (
        <div className="field">
          <label htmlFor={`${id}-lead`}>{words.t('settings.checkIn.leadLabel')}</label>
          <select
            id={`${id}-lead`}
            value={settings.checkInLeadMinutes}
            onChange={(event) => {
              const minutes = Number(event.target.value);
              void save(
                { ...settings, checkInLeadMinutes: minutes },
                message('settings.checkIn.leadSaved', { count: minutes }),
              );
            }}
          >
            {settings.checkInLeadMinutes === 0 ? (
              <option value={0}>{words.t('settings.checkIn.leadZero')}</option>
            ) : null}
            {LEADS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {words.t('settings.checkIn.leadOption', { count: minutes })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="quiet small">{words.t('settings.checkIn.shortGapNote')}</p>
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
