import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { InterludeApi } from '../../app/shared/contract';
import type { AppState } from '../../app/shared/domain';
import { resolveLanguage } from '../../app/shared/i18n/languages';
import { useWords, WordsProvider } from './i18n/words';
import { PromptWindow } from './prompt/PromptWindow';
import { useAppState } from './use-app-state';
import { useTimeZoneReport } from './use-time-zone-report';
import './styles.css';

// The dashboard is its own chunk, so the prompt window loads only what it shows.
const Dashboard = lazy(() => import('./dashboard/Dashboard'));

type WindowKind = 'prompt' | 'dashboard';

function windowKind(): WindowKind {
  return window.location.hash === '#dashboard' ? 'dashboard' : 'prompt';
}

function App({ api }: { api: InterludeApi }) {
  const state = useAppState(api);
  const [kind, setKind] = useState(windowKind);
  useTimeZoneReport(api, state?.timeZone);
  useEffect(() => {
    const onHashChange = () => setKind(windowKind());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  // Nothing is worded before the core has said which language to speak: a blank moment, not English first.
  if (!state) return <div className="loading" aria-busy="true" />;
  return (
    <WordsProvider language={state.language} parts={kind === 'dashboard' ? 'all' : 'window'}>
      <WindowContent api={api} state={state} kind={kind} />
    </WordsProvider>
  );
}

function WindowContent({ api, state, kind }: { api: InterludeApi; state: AppState; kind: WindowKind }) {
  const words = useWords();
  useEffect(() => {
    document.title = kind === 'dashboard' ? 'Interlude' : words.t('prompt.windowTitle');
    document.body.dataset.window = kind;
  }, [kind, words]);
  if (kind === 'dashboard') {
    return (
      <Suspense fallback={<p className="loading">{words.t('common.loading')}</p>}>
        <Dashboard api={api} state={state} />
      </Suspense>
    );
  }
  return <PromptWindow api={api} state={state} />;
}

let root: Root | undefined;
const rootElement = () => (root ??= createRoot(document.getElementById('root')!));

/** Shows this window (the prompt or the dashboard, by the URL's hash) over the given API. */
export function startWindow(api: InterludeApi): void {
  rootElement().render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
}

/** What the window shows when it has no API to start with: in the browser's language, as the core cannot say. */
export function showStartError(error: unknown): void {
  rootElement().render(
    <WordsProvider language={resolveLanguage('system', navigator.languages)} parts="window">
      <StartError error={error} />
    </WordsProvider>,
  );
}

function StartError({ error }: { error: unknown }) {
  const words = useWords();
  return (
    <main className="prompt">
      <h1>{words.t('errors.windowCouldNotStart')}</h1>
      <p className="lead">{error instanceof Error ? error.message : String(error)}</p>
    </main>
  );
}
