import { lazy, Suspense, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { DashboardView } from '../../../app/shared/dashboard-view';
import type { AppState } from '../../../app/shared/domain';
import { localDateKey } from '../../../app/shared/local-date';
import { at, when } from '../format';
import { FirstDayCard } from './FirstDayCard';
import { MomentForm } from '../wellbeing/MomentForm';
import { ReflectionForm } from '../wellbeing/ReflectionForm';
import { MoreThanTiredness } from './MoreThanTiredness';
import { NudgeCard } from './NudgeCard';
import { Timeline } from './Timeline';

// Patterns with its charts, and Settings, are their own chunks, loaded only when opened.
const PatternsView = lazy(() => import('../patterns/PatternsView'));
const SettingsView = lazy(() => import('../settings/SettingsView'));

const VIEWS = [
  { view: 'today', title: 'Today' },
  { view: 'patterns', title: 'Patterns' },
  { view: 'settings', title: 'Settings' },
] as const;

interface DashboardProps {
  api: InterludeApi;
  state: AppState;
}

/** How long a view asked for from the tray still applies to a window that is just opening. */
const FRESH_REQUEST_MS = 10_000;

const PROMPT_NAMES = {
  reset: 'Reset',
  'check-in': 'Check-in',
  'check-out': 'Check-in',
  'wind-down': 'Wind-down',
} as const;

function todaySummary({ quietToday, pause, nextPrompt, timeZone, now }: AppState): string {
  if (quietToday) return 'A day off: no prompts today.';
  if (pause)
    return pause.until === null
      ? 'Prompts are paused until you resume them.'
      : `Prompts are paused until ${when(pause.until, now, timeZone)}.`;
  if (nextPrompt) return `Next: ${PROMPT_NAMES[nextPrompt.kind].toLowerCase()} ${at(nextPrompt.dueAt, now, timeZone)}.`;
  return 'No more prompts today.';
}

/** Resets run to their end and those ended early are counted apart: ending early is not finishing. */
function resetsLine({ finished, endedEarly }: AppState['resetsToday']): string {
  const done =
    finished === 0 ? 'No resets finished yet today' : `${finished} reset${finished === 1 ? '' : 's'} finished today`;
  return endedEarly === 0 ? `${done}.` : `${done}, ${endedEarly} ended early.`;
}

export default function Dashboard({ api, state }: DashboardProps) {
  // A window opened by the tray's request starts at the view asked for; a later reload starts at today.
  const [view, setView] = useState<DashboardView>(() =>
    state.navigation && state.now - state.navigation.at < FRESH_REQUEST_MS ? state.navigation.view : 'today',
  );
  const [status, setStatus] = useState<string | null>(null);
  // The tray asked for a view: each request is numbered, so asking twice for the same view works.
  const [seenRequest, setSeenRequest] = useState(state.navigation?.request ?? 0);
  if (state.navigation && state.navigation.request !== seenRequest) {
    setSeenRequest(state.navigation.request);
    setView(state.navigation.view);
  }
  const open = (next: DashboardView) => {
    setStatus(null);
    setView(next);
    window.scrollTo(0, 0);
  };
  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <div>
          <h1>Interlude</h1>
          <p className="quiet">Short pauses between your sessions.</p>
        </div>
        <nav aria-label="Views" className="views">
          {VIEWS.map((item) => (
            <button
              key={item.view}
              type="button"
              className="view-link"
              aria-current={view === item.view ? 'page' : undefined}
              onClick={() => open(item.view)}
            >
              {item.title}
            </button>
          ))}
        </nav>
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
      {status ? (
        <p className="saved-status" role="status">
          {status}
        </p>
      ) : null}
      {view === 'patterns' ? (
        <Suspense fallback={<p className="loading">Loading Patterns…</p>}>
          <PatternsView api={api} state={state} onOpen={open} />
        </Suspense>
      ) : view === 'settings' ? (
        <Suspense fallback={<p className="loading">Loading Settings…</p>}>
          <SettingsView api={api} state={state} />
        </Suspense>
      ) : view === 'note-moment' ? (
        <main className="narrow">
          <MomentForm
            api={api}
            onDone={(saved) => {
              open('today');
              if (saved) setStatus('Moment saved. You can read it back in Patterns.');
            }}
          />
        </main>
      ) : view === 'reflection' ? (
        <main className="narrow">
          {state.reflection && !state.reflection.saved ? (
            <section className="card">
              <ReflectionForm
                api={api}
                week={state.reflection.week}
                headingLevel="h2"
                onDone={() => {
                  open('today');
                  setStatus('This week’s reflection is saved.');
                }}
              />
            </section>
          ) : (
            <section className="card">
              <h2>This week’s reflection</h2>
              <p>
                {state.reflection ? 'This week’s reflection is already saved.' : 'The weekly reflection is turned off.'}
              </p>
              <button type="button" className="button" onClick={() => open('today')}>
                Back to today
              </button>
            </section>
          )}
        </main>
      ) : view === 'more-than-tiredness' ? (
        <MoreThanTiredness onBack={() => open('patterns')} />
      ) : (
        <TodayView api={api} state={state} onOpen={open} />
      )}
    </div>
  );
}

function TodayView({ api, state, onOpen }: DashboardProps & { onOpen: (view: DashboardView) => void }) {
  const { timeZone } = state;
  const firstDay = localDateKey(state.firstStartedAt, timeZone) === localDateKey(state.now, timeZone);
  return (
    <main className="today">
      {firstDay ? <FirstDayCard state={state} onOpen={onOpen} /> : null}
      <section className="card" aria-labelledby="today-title">
        <h2 id="today-title">Today</h2>
        <p className="summary" data-testid="next-prompt">
          {todaySummary(state)}
        </p>
        <Timeline sessions={state.today} now={state.now} timeZone={timeZone} />
        <p className="quiet" data-testid="completed-count">
          {resetsLine(state.resetsToday)}
        </p>
        <div className="actions">
          <button type="button" className="button subtle" onClick={() => onOpen('note-moment')}>
            Note a moment that mattered
          </button>
          {state.reflection && !state.reflection.saved && !state.reflection.due ? (
            <button type="button" className="button subtle" onClick={() => onOpen('reflection')}>
              Reflect on this week early
            </button>
          ) : null}
        </div>
      </section>
      {state.nudge ? <NudgeCard api={api} nudge={state.nudge} onOpen={onOpen} /> : null}
      {state.reflection?.due ? (
        <section className="card" aria-labelledby="reflection-card-title">
          <h2 id="reflection-card-title">This week’s reflection</h2>
          <p className="quiet">Three short questions about the week, each optional.</p>
          <button type="button" className="button primary" onClick={() => onOpen('reflection')}>
            Reflect on this week
          </button>
        </section>
      ) : null}
    </main>
  );
}
