import '../zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openPreviewConnection } from './websocket-bridge';
import { PreviewShell } from './PreviewShell';
import '../styles.css';
import './preview.css';

const root = createRoot(document.getElementById('root')!);
openPreviewConnection(new URL('/bridge', window.location.href)).then(
  (connection) =>
    root.render(
      <StrictMode>
        <PreviewShell connection={connection} />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<p className="loading">{error instanceof Error ? error.message : String(error)}</p>),
);
