import { useId, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { LoginItemStatus } from '../../../app/shared/domain';
import type { Settings } from '../../../app/shared/settings';
import { Toggle } from '../controls/Toggle';
import { useSettingsSave } from './use-settings-save';

const LOGIN_NOTE: Record<LoginItemStatus, string> = {
  on: 'Interlude opens quietly in the tray when you log in.',
  off: 'Interlude does not open by itself when you log in.',
  'needs-approval':
    'Interlude is waiting for your approval: open System Settings, then General, then Login Items, and allow Interlude.',
  unavailable: 'This system does not let Interlude open at login.',
};

/** How Interlude itself starts: at login, and whether a start by hand opens this window. */
export function AppSettings({
  api,
  settings,
  launchAtLogin,
}: {
  api: InterludeApi;
  settings: Settings;
  launchAtLogin: LoginItemStatus;
}) {
  const { status, setStatus, save } = useSettingsSave(api);
  const [busy, setBusy] = useState(false);
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Starting Interlude</h3>
      {launchAtLogin === 'unavailable' ? null : (
        <Toggle
          label="Open Interlude when I log in"
          checked={launchAtLogin !== 'off'}
          disabled={busy}
          onChange={async (open) => {
            setBusy(true);
            const result = await api.setLaunchAtLogin({ open });
            setBusy(false);
            setStatus(
              result.ok
                ? open
                  ? 'Saved. Interlude will open in the tray when you log in.'
                  : 'Saved. Interlude will not open when you log in.'
                : (result.message ?? 'Not saved.'),
            );
          }}
        />
      )}
      <p className="quiet small" data-testid="login-item-status">
        {LOGIN_NOTE[launchAtLogin]}
      </p>
      <Toggle
        label="When I open Interlude myself, stay in the tray"
        checked={settings.app.startHidden}
        onChange={(startHidden) =>
          void save(
            { ...settings, app: { ...settings.app, startHidden } },
            startHidden
              ? 'Saved. Interlude will start in the tray; open this window from there.'
              : 'Saved. Interlude will open this window when you start it.',
          )
        }
      />
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
