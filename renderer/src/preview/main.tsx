import '../zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLanguage } from '../../../app/shared/i18n/languages';
import { useWords, WordsProvider } from '../i18n/words';
import { openPreviewConnection, PreviewServerUnreachable } from './websocket-bridge';
import { PreviewShell } from './PreviewShell';
import '../styles.css';
import './preview.css';

// The shell words itself in the core's language, from the tray's model (PreviewShell holds the provider).
const root = createRoot(document.getElementById('root')!);
openPreviewConnection(new URL('/bridge', window.location.href)).then(
  (connection) =>
    root.render(
      <StrictMode>
        <PreviewShell connection={connection} />
      </StrictMode>,
    ),
  // Without the server the core cannot say which language to speak: the browser's is used.
  (error: unknown) =>
    root.render(
      <WordsProvider language={resolveLanguage('system', navigator.languages)}>
        <ConnectionFailed error={error} />
      </WordsProvider>,
    ),
);

function ConnectionFailed({ error }: { error: unknown }) {
  const words = useWords();
  const text =
    error instanceof PreviewServerUnreachable
      ? words.t('preview.serverUnreachable')
      : error instanceof Error
        ? error.message
        : String(error);
  return <p className="loading">{text}</p>;
}
