import { lazy, Suspense, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { DashboardView } from '../../../app/shared/dashboard-view';
import type { AppState, PromptKind } from '../../../app/shared/domain';
import { message, type MessageKey } from '../../../app/shared/i18n/message';
import type { Translator } from '../../../app/shared/i18n/translator';
import { localDateKey } from '../../../app/shared/local-date';
import { useWords } from '../i18n/words';
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
  { view: 'today', title: 'dashboard.views.today' },
  { view: 'patterns', title: 'dashboard.views.patterns' },
  { view: 'settings', title: 'dashboard.views.settings' },
] as const satisfies readonly { view: DashboardView; title: MessageKey }[];

interface DashboardProps {
  api: InterludeApi;
  state: AppState;
}

/** How long a view asked for from the tray still applies to a window that is just opening. */
const FRESH_REQUEST_MS = 10_000;

/** "Next: reset at 3:00 PM.": a check-out is a check-in to the user. */
const NEXT_PROMPT = {
  reset: 'dashboard.today.next.reset',
  'check-in': 'dashboard.today.next.checkIn',
  'check-out': 'dashboard.today.next.checkIn',
  'wind-down': 'dashboard.today.next.windDown',
} as const satisfies Record<PromptKind, MessageKey>;

function todaySummary(words: Translator, { quietToday, pause, nextPrompt, timeZone, now }: AppState): string {
  if (quietToday) return words.t('dashboard.today.dayOff');
  if (pause)
    return pause.until === null
      ? words.t('dashboard.today.pausedUntilResumed')
      : words.t('dashboard.today.pausedUntil', { when: words.when(pause.until, now, timeZone) });
  if (nextPrompt) return words.t(NEXT_PROMPT[nextPrompt.kind], { at: words.at(nextPrompt.dueAt, now, timeZone) });
  return words.t('dashboard.today.noMorePrompts');
}

/** Resets run to their end and those ended early are counted apart: ending early is not finishing. */
function resetsLine(words: Translator, { finished, endedEarly }: AppState['resetsToday']): string {
  const done =
    finished === 0
      ? message('dashboard.today.resets.none')
      : message('dashboard.today.resets.finished', { count: finished });
  return endedEarly === 0
    ? words.t('dashboard.today.resets.line', { done })
    : words.t('dashboard.today.resets.lineWithEndedEarly', {
        done,
        endedEarly: message('dashboard.today.resets.endedEarly', { count: endedEarly }),
      });
}

export default function Dashboard({ api, state }: DashboardProps) {
  const words = useWords();
  // A window opened by the tray's request starts at the view asked for; a later reload starts at today.
  const [view, setView] = useState<DashboardView>(() =>
    state.navigation && state.now - state.navigation.at < FRESH_REQUEST_MS ? state.navigation.view : 'today',
  );
  // A key, not words: a change of language while it shows rewords it.
  const [status, setStatus] = useState<MessageKey | null>(null);
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
          <p className="quiet">{words.t('dashboard.tagline')}</p>
        </div>
        <nav aria-label={words.t('dashboard.views.label')} className="views">
          {VIEWS.map((item) => (
            <button
              key={item.view}
              type="button"
              className="view-link"
              aria-current={view === item.view ? 'page' : undefined}
              onClick={() => open(item.view)}
            >
              {words.t(item.title)}
            </button>
          ))}
        </nav>
      </header>
      {state.notices.length > 0 ? (
        <section className="notices" aria-label={words.t('dashboard.notices')}>
          {state.notices.map((notice) => {
            const text = words.say(notice);
            return (
              <p key={text} className="notice" role="status">
                {text}
              </p>
            );
          })}
        </section>
      ) : null}
      {status ? (
        <p className="saved-status" role="status">
          {words.t(status)}
        </p>
      ) : null}
      {view === 'patterns' ? (
        <Suspense fallback={<p className="loading">{words.t('dashboard.loadingPatterns')}</p>}>
          <PatternsView api={api} state={state} onOpen={open} />
        </Suspense>
      ) : view === 'settings' ? (
        <Suspense fallback={<p className="loading">{words.t('dashboard.loadingSettings')}</p>}>
          <SettingsView api={api} state={state} />
        </Suspense>
      ) : view === 'note-moment' ? (
        <main className="narrow">
          <MomentForm
            api={api}
            onDone={(saved) => {
              open('today');
              if (saved) setStatus('dashboard.momentSaved');
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
                  setStatus('dashboard.reflection.saved');
                }}
              />
            </section>
          ) : (
            <section className="card">
              <h2>{words.t('dashboard.reflection.title')}</h2>
              <p>
                {state.reflection
                  ? words.t('dashboard.reflection.alreadySaved')
                  : words.t('dashboard.reflection.turnedOff')}
              </p>
              <button type="button" className="button" onClick={() => open('today')}>
                {words.t('dashboard.reflection.backToToday')}
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
  const words = useWords();
  const { timeZone } = state;
  const firstDay = localDateKey(state.firstStartedAt, timeZone) === localDateKey(state.now, timeZone);
  return (
    <main className="today">
      {firstDay ? <FirstDayCard state={state} onOpen={onOpen} /> : null}
      <section className="card" aria-labelledby="today-title">
        <h2 id="today-title">{words.t('dashboard.today.title')}</h2>
        <p className="summary" data-testid="next-prompt">
          {todaySummary(words, state)}
        </p>
        <Timeline sessions={state.today} now={state.now} timeZone={timeZone} />
        <p className="quiet" data-testid="completed-count">
          {resetsLine(words, state.resetsToday)}
        </p>
        <div className="actions">
          <button type="button" className="button subtle" onClick={() => onOpen('note-moment')}>
            {words.t('dashboard.today.noteMoment')}
          </button>
          {state.reflection && !state.reflection.saved && !state.reflection.due ? (
            <button type="button" className="button subtle" onClick={() => onOpen('reflection')}>
              {words.t('dashboard.today.reflectEarly')}
            </button>
          ) : null}
        </div>
      </section>
      {state.nudge ? <NudgeCard api={api} nudge={state.nudge} onOpen={onOpen} /> : null}
      {state.reflection?.due ? (
        <section className="card" aria-labelledby="reflection-card-title">
          <h2 id="reflection-card-title">{words.t('dashboard.reflection.title')}</h2>
          <p className="quiet">{words.t('dashboard.reflection.cardLead')}</p>
          <button type="button" className="button primary" onClick={() => onOpen('reflection')}>
            {words.t('dashboard.reflection.reflect')}
          </button>
        </section>
      ) : null}
    </main>
  );
}
