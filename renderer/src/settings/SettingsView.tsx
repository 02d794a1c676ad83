import type { InterludeApi } from '../../../app/shared/contract';
import type { AppState } from '../../../app/shared/domain';
import type { MessageKey } from '../../../app/shared/i18n/message';
import { localDateKey } from '../../../app/shared/local-date';
import { useWords } from '../i18n/words';
import { AppSettings } from './AppSettings';
import { CalendarSection } from './CalendarSection';
import { CheckInSettings } from './CheckInSettings';
import { ExercisePreferences } from './ExercisePreferences';
import { QuietDaysForm } from './QuietDaysForm';
import { ReflectionSettings } from './ReflectionSettings';
import { ResetTiming } from './ResetTiming';
import { TemplateForm } from './template/TemplateForm';
import { YourData } from './YourData';

const GROUPS: readonly { id: string; title: MessageKey }[] = [
  { id: 'settings-resets', title: 'settings.view.groups.resets' },
  { id: 'settings-check-ins', title: 'settings.view.groups.checkIns' },
  { id: 'settings-schedule', title: 'settings.view.groups.schedule' },
  { id: 'settings-app', title: 'settings.view.groups.app' },
];

/** Every setting, grouped the way a clinician thinks of them. Each saves at once and says so. */
export default function SettingsView({ api, state }: { api: InterludeApi; state: AppState }) {
  const words = useWords();
  const { settings, timeZone } = state;
  return (
    <main className="settings">
      <nav aria-label={words.t('settings.view.groupsLabel')} className="settings-groups">
        {GROUPS.map((group) => (
          <a key={group.id} href={`#${group.id}`} className="view-link">
            {words.t(group.title)}
          </a>
        ))}
      </nav>
      <section id="settings-resets" className="settings-group" aria-labelledby="settings-resets-title">
        <h2 id="settings-resets-title">{words.t('settings.view.groups.resets')}</h2>
        <ResetTiming api={api} settings={settings} />
        <ExercisePreferences api={api} settings={settings} timeZone={timeZone} />
      </section>
      <section id="settings-check-ins" className="settings-group" aria-labelledby="settings-check-ins-title">
        <h2 id="settings-check-ins-title">{words.t('settings.view.groups.checkIns')}</h2>
        <CheckInSettings api={api} settings={settings} />
        <ReflectionSettings api={api} settings={settings} />
      </section>
      <section id="settings-schedule" className="settings-group" aria-labelledby="settings-schedule-title">
        <h2 id="settings-schedule-title">{words.t('settings.view.groups.schedule')}</h2>
        <section className="card" aria-labelledby="template-title">
          <h3 id="template-title">{words.t('settings.view.weeklySchedule')}</h3>
          <p className="quiet">{words.t('settings.view.weeklyScheduleIntro')}</p>
          <TemplateForm api={api} settings={settings} />
        </section>
        <CalendarSection api={api} calendar={state.calendar} settings={settings} timeZone={timeZone} now={state.now} />
        <QuietDaysForm api={api} settings={settings} today={localDateKey(state.now, timeZone)} />
      </section>
      <section id="settings-app" className="settings-group" aria-labelledby="settings-app-title">
        <h2 id="settings-app-title">{words.t('settings.view.groups.app')}</h2>
        <AppSettings api={api} settings={settings} launchAtLogin={state.launchAtLogin} />
        <YourData api={api} />
      </section>
    </main>
  );
}
