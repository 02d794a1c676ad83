import { useId, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { LoginItemStatus } from '../../../app/shared/domain';
import { LANGUAGE_NAMES, LANGUAGES, LanguageChoiceSchema } from '../../../app/shared/i18n/languages';
import { message, type MessageKey } from '../../../app/shared/i18n/message';
import type { Settings } from '../../../app/shared/settings';
import { Toggle } from '../controls/Toggle';
import { useWords } from '../i18n/words';
import { useSettingsSave } from './use-settings-save';

const LOGIN_NOTE: Record<LoginItemStatus, MessageKey> = {
  on: 'settings.app.loginNote.on',
  off: 'settings.app.loginNote.off',
  'needs-approval': 'settings.app.loginNote.needsApproval',
  unavailable: 'settings.app.loginNote.unavailable',
};

/** How Interlude itself starts: at login, whether a start by hand opens this window, and the language it speaks. */
export function AppSettings({
  api,
  settings,
  launchAtLogin,
}: {
  api: InterludeApi;
  settings: Settings;
  launchAtLogin: LoginItemStatus;
}) {
  const words = useWords();
  const { status, setStatus, save } = useSettingsSave(api);
  const [busy, setBusy] = useState(false);
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.t('settings.app.title')}</h3>
      {launchAtLogin === 'unavailable' ? null : (
        <Toggle
          label={words.t('settings.app.openAtLogin')}
          checked={launchAtLogin !== 'off'}
          disabled={busy}
          onChange={async (open) => {
            setBusy(true);
            const result = await api.setLaunchAtLogin({ open });
            setBusy(false);
            setStatus(
              result.ok
                ? message(open ? 'settings.app.opensAtLogin' : 'settings.app.notAtLogin')
                : (result.message ?? message('settings.app.notSaved')),
            );
          }}
        />
      )}
      <p className="quiet small" data-testid="login-item-status">
        {words.t(LOGIN_NOTE[launchAtLogin])}
      </p>
      <Toggle
        label={words.t('settings.app.stayInTray')}
        checked={settings.app.startHidden}
        onChange={(startHidden) =>
          void save(
            { ...settings, app: { ...settings.app, startHidden } },
            message(startHidden ? 'settings.app.startsInTray' : 'settings.app.opensWindow'),
          )
        }
      />
      <div className="field">
        <label htmlFor={`${id}-language`}>{words.t('settings.app.language')}</label>
        <select
          id={`${id}-language`}
          value={settings.app.language}
          onChange={(event) => {
            const language = LanguageChoiceSchema.parse(event.target.value);
            // Said once the new language has loaded, in that language: the status is worded as it is shown.
            void save(
              { ...settings, app: { ...settings.app, language } },
              language === 'system'
                ? message('settings.app.languageFollowsSystem')
                : message('settings.app.languageSaved', {
                    language: message(`settings.app.languageNames.${language}`),
                  }),
            );
          }}
        >
          <option value="system">{words.t('settings.app.languageSystem')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
