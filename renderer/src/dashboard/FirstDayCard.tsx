import type { AppState } from '../../../app/shared/domain';
import type { DashboardView } from '../../../app/shared/dashboard-view';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';
import { at, when } from '../format';

/** What comes next, in plain words, for someone who has only just started Interlude. */
function whatHappensNext(state: AppState): string[] {
  const { nextSession, nextPrompt, settings, now, timeZone } = state;
  const lines: string[] = [];
  if (!nextSession) {
    lines.push('There is no session on your schedule in the coming days, so nothing will come up yet.');
    return lines;
  }
  lines.push(`Your next session starts ${at(nextSession.start, now, timeZone)}.`);
  if (nextPrompt?.kind === 'check-in')
    lines.push(
      `Just before it, ${when(nextPrompt.dueAt, now, timeZone)}, Interlude will offer a check-in of a few seconds.`,
    );
  lines.push(
    `When it ends, ${when(nextSession.end, now, timeZone)}, a reset will be offered: ${settings.resetMinutes} minute${settings.resetMinutes === 1 ? '' : 's'}, or a shorter one when the next session is close.`,
  );
  lines.push('Nothing ever comes up during a session, and you can skip or snooze anything.');
  return lines;
}

/** Shown on the first day only: where the schedule comes from, and what will happen next. */
export function FirstDayCard({ state, onOpen }: { state: AppState; onOpen: (view: DashboardView) => void }) {
  const fromCalendars = state.settings.calendar.sources.length > 0;
  const sample = JSON.stringify(state.settings.template) === JSON.stringify(DEFAULT_SETTINGS.template);
  return (
    <section className="card welcome" aria-labelledby="first-day-title">
      <h2 id="first-day-title">Welcome to Interlude</h2>
      <p>
        Interlude lives in your tray.{' '}
        {state.nextSession?.source === 'demo'
          ? 'In this preview it follows a demo schedule of one-minute sessions.'
          : fromCalendars
            ? 'It follows the calendars you added.'
            : sample
              ? 'For now it follows a sample week: weekday sessions on the hour from 9:00 AM to 5:00 PM, with lunch at noon.'
              : 'It follows the weekly schedule you set.'}
      </p>
      <ul className="plain-list next-steps" data-testid="first-day-next">
        {whatHappensNext(state).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={() => onOpen('settings')}>
        {fromCalendars ? 'Open settings' : 'Set your own schedule'}
      </button>
    </section>
  );
}
