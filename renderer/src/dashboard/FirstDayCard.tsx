import type { AppState } from '../../../app/shared/domain';
import type { DashboardView } from '../../../app/shared/dashboard-view';
import type { Translator } from '../../../app/shared/i18n/translator';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';
import { useWords } from '../i18n/words';

/** What comes next, in plain words, for someone who has only just started Interlude. */
function whatHappensNext(words: Translator, state: AppState): string[] {
  const { nextSession, nextPrompt, settings, now, timeZone } = state;
  const lines: string[] = [];
  if (!nextSession) {
    lines.push(words.t('dashboard.firstDay.noSession'));
    return lines;
  }
  lines.push(words.t('dashboard.firstDay.nextSession', { at: words.at(nextSession.start, now, timeZone) }));
  if (nextPrompt?.kind === 'check-in')
    lines.push(words.t('dashboard.firstDay.checkInBefore', { when: words.when(nextPrompt.dueAt, now, timeZone) }));
  lines.push(
    words.t('dashboard.firstDay.resetAfter', {
      when: words.when(nextSession.end, now, timeZone),
      count: settings.resetMinutes,
    }),
  );
  lines.push(words.t('dashboard.firstDay.neverDuring'));
  return lines;
}

/** Shown on the first day only: where the schedule comes from, and what will happen next. */
export function FirstDayCard({ state, onOpen }: { state: AppState; onOpen: (view: DashboardView) => void }) {
  const words = useWords();
  const fromCalendars = state.settings.calendar.sources.length > 0;
  const sample = JSON.stringify(state.settings.template) === JSON.stringify(DEFAULT_SETTINGS.template);
  return (
    <section className="card welcome" aria-labelledby="first-day-title">
      <h2 id="first-day-title">{words.t('dashboard.firstDay.title')}</h2>
      <p>
        {words.t('dashboard.firstDay.livesInTray')}{' '}
        {state.nextSession?.source === 'demo'
          ? words.t('dashboard.firstDay.followsDemo')
          : fromCalendars
            ? words.t('dashboard.firstDay.followsCalendars')
            : sample
              ? words.t('dashboard.firstDay.followsSample')
              : words.t('dashboard.firstDay.followsSchedule')}
      </p>
      <ul className="plain-list next-steps" data-testid="first-day-next">
        {whatHappensNext(words, state).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={() => onOpen('settings')}>
        {fromCalendars ? words.t('dashboard.firstDay.openSettings') : words.t('dashboard.firstDay.setSchedule')}
      </button>
    </section>
  );
}
