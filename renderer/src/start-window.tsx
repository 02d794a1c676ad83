import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { InterludeApi } from '../../app/shared/contract';
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
  useEffect(() => {
    document.title = kind === 'dashboard' ? 'Interlude' : 'Interlude · Reset';
    document.body.dataset.window = kind;
  }, [kind]);
  if (!state) return <p className="loading">Loading…</p>;
  if (kind === 'dashboard') {
    return (
      <Suspense fallback={<p className="loading">Loading…</p>}>
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

/** What the window shows when it has no API to start with. */
export function showStartError(error: unknown): void {
  rootElement().render(
    <main className="prompt">
      <h1>Interlude could not start this window.</h1>
      <p className="lead">{error instanceof Error ? error.message : String(error)}</p>
    </main>,
  );
}
