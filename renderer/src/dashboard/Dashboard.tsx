import type { InterludeApi } from '../../../app/shared/contract';
import type { AppState } from '../../../app/shared/domain';
import { localDateKey } from '../../../app/shared/local-date';
import { clockTime } from '../format';
import { CalendarSection } from './CalendarSection';
import { ExercisePreferences } from './ExercisePreferences';
import { QuietDaysForm } from './QuietDaysForm';
import { TemplateForm } from './TemplateForm';
import { Timeline } from './Timeline';

interface DashboardProps {
  api: InterludeApi;
  state: AppState;
}

const PROMPT_NAMES = {
  reset: 'Reset',
  'check-in': 'Check-in',
  'check-out': 'Check-in',
  'wind-down': 'Wind-down',
} as const;

function todaySummary({ quietToday, pause, nextPrompt, timeZone }: AppState): string {
  if (quietToday) return 'A day off: no prompts today.';
  if (pause)
    return pause.until === null
      ? 'Prompts are paused until you resume them.'
      : `Prompts are paused until ${clockTime(pause.until, timeZone)}.`;
  if (nextPrompt)
    return `Next: ${PROMPT_NAMES[nextPrompt.kind].toLowerCase()} at ${clockTime(nextPrompt.dueAt, timeZone)}.`;
  return 'No more prompts today.';
}

/** Resets run to their end and those ended early are counted apart: ending early is not finishing. */
function resetsLine({ finished, endedEarly }: AppState['resetsToday']): string {
  const done =
    finished === 0 ? 'No resets finished yet today' : `${finished} reset${finished === 1 ? '' : 's'} finished today`;
  return endedEarly === 0 ? `${done}.` : `${done}, ${endedEarly} ended early.`;
}

export default function Dashboard({ api, state }: DashboardProps) {
  const { timeZone } = state;
  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <h1>Interlude</h1>
        <p className="quiet">Short pauses between your sessions.</p>
      </header>
      {state.notices.length > 0 ? (
        <section className="notices" aria-label="Notices">
          {state.notices.map((notice) => (
            <p key={notice} className="notice" role="status">
              {notice}
            </p>
          ))}
        </section>
      ) : null}
      <main className="dashboard-grid">
        <div className="today-column">
          <section className="card" aria-labelledby="today-title">
            <h2 id="today-title">Today</h2>
            <p className="summary" data-testid="next-prompt">
              {todaySummary(state)}
            </p>
            <Timeline sessions={state.today} now={state.now} timeZone={timeZone} />
            <p className="quiet" data-testid="completed-count">
              {resetsLine(state.resetsToday)}
            </p>
          </section>
          <ExercisePreferences api={api} settings={state.settings} timeZone={timeZone} />
        </div>
        <section className="schedule-column" aria-labelledby="schedule-title">
          <h2 id="schedule-title" className="column-title">
            Schedule
          </h2>
          <CalendarSection api={api} calendar={state.calendar} settings={state.settings} timeZone={timeZone} />
          <section className="card" aria-labelledby="template-title">
            <h3 id="template-title">Weekly schedule</h3>
            <p className="quiet">
              Interlude offers a reset when each session ends, and a moment to arrive just before the next.
            </p>
            <TemplateForm api={api} settings={state.settings} />
          </section>
          <QuietDaysForm api={api} settings={state.settings} today={localDateKey(state.now, timeZone)} />
        </section>
      </main>
    </div>
  );
}
