import { useId } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { Settings } from '../../../app/shared/settings';
import { Toggle } from '../controls/Toggle';
import { useSettingsSave } from './use-settings-save';

const LEADS = Array.from({ length: 15 }, (_, i) => i + 1);

/** The check-in a moment before each session: on or off, and how long before. */
export function CheckInSettings({ api, settings }: { api: InterludeApi; settings: Settings }) {
  const { status, save } = useSettingsSave(api);
  const id = useId();
  const on = settings.checkInBeforeSession;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Before each session</h3>
      <Toggle
        label="A few seconds to check in before each session"
        checked={on}
        onChange={(checkInBeforeSession) =>
          void save(
            { ...settings, checkInBeforeSession },
            checkInBeforeSession
              ? 'Saved. A check-in will come before each session.'
              : 'Saved. No check-in will come before sessions; the resets after them stay.',
          )
        }
      />
      {on ? (
        <div className="field">
          <label htmlFor={`${id}-lead`}>It comes</label>
          <select
            id={`${id}-lead`}
            value={settings.checkInLeadMinutes}
            onChange={(event) =>
              void save(
                { ...settings, checkInLeadMinutes: Number(event.target.value) },
                `Saved. The check-in comes ${event.target.value} minute${event.target.value === '1' ? '' : 's'} before each session.`,
              )
            }
          >
            {settings.checkInLeadMinutes === 0 ? <option value={0}>Not before sessions (0 minutes)</option> : null}
            {LEADS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minute{minutes === 1 ? '' : 's'} before
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="quiet small">
        When the gap before a session is too short for it, the check-in comes with the reset after the session before.
      </p>
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
