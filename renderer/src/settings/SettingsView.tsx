import type { InterludeApi } from '../../../app/shared/contract';
import type { AppState } from '../../../app/shared/domain';
import { localDateKey } from '../../../app/shared/local-date';
import { AppSettings } from './AppSettings';
import { CalendarSection } from './CalendarSection';
import { CheckInSettings } from './CheckInSettings';
import { ExercisePreferences } from './ExercisePreferences';
import { QuietDaysForm } from './QuietDaysForm';
import { ReflectionSettings } from './ReflectionSettings';
import { ResetTiming } from './ResetTiming';
import { TemplateForm } from './template/TemplateForm';
import { YourData } from './YourData';

const GROUPS = [
  { id: 'settings-resets', title: 'Resets' },
  { id: 'settings-check-ins', title: 'Check-ins' },
  { id: 'settings-schedule', title: 'Schedule' },
  { id: 'settings-app', title: 'App' },
] as const;

/** Every setting, grouped the way a clinician thinks of them. Each saves at once and says so. */
export default function SettingsView({ api, state }: { api: InterludeApi; state: AppState }) {
  const { settings, timeZone } = state;
  return (
    <main className="settings">
      <nav aria-label="Settings groups" className="settings-groups">
        {GROUPS.map((group) => (
          <a key={group.id} href={`#${group.id}`} className="view-link">
            {group.title}
          </a>
        ))}
      </nav>
      <section id="settings-resets" className="settings-group" aria-labelledby="settings-resets-title">
        <h2 id="settings-resets-title">Resets</h2>
        <ResetTiming api={api} settings={settings} />
        <ExercisePreferences api={api} settings={settings} timeZone={timeZone} />
      </section>
      <section id="settings-check-ins" className="settings-group" aria-labelledby="settings-check-ins-title">
        <h2 id="settings-check-ins-title">Check-ins</h2>
        <CheckInSettings api={api} settings={settings} />
        <ReflectionSettings api={api} settings={settings} />
      </section>
      <section id="settings-schedule" className="settings-group" aria-labelledby="settings-schedule-title">
        <h2 id="settings-schedule-title">Schedule</h2>
        <section className="card" aria-labelledby="template-title">
          <h3 id="template-title">Weekly schedule</h3>
          <p className="quiet">
            Interlude offers a reset when each session ends, and a moment to arrive just before the next.
          </p>
          <TemplateForm api={api} settings={settings} />
        </section>
        <CalendarSection api={api} calendar={state.calendar} settings={settings} timeZone={timeZone} now={state.now} />
        <QuietDaysForm api={api} settings={settings} today={localDateKey(state.now, timeZone)} />
      </section>
      <section id="settings-app" className="settings-group" aria-labelledby="settings-app-title">
        <h2 id="settings-app-title">App</h2>
        <AppSettings api={api} settings={settings} launchAtLogin={state.launchAtLogin} />
        <YourData api={api} />
      </section>
    </main>
  );
}
