import { useEffect, useState } from 'react';
import type { ShellCommand, ShellMessage } from '../../../app/shared/preview-shell';
import type { TrayMenuModel } from '../../../app/shared/tray-menu';
import type { PreviewConnection } from './websocket-bridge';
import { TrayPanel } from './TrayPanel';

interface Toast {
  id: number;
  title: string;
  body: string;
  promptId: string;
  actions: { response: 'start' | 'snooze'; text: string }[];
}

const TOAST_MS = 10_000;

/**
 * Stands in for the desktop: the tray menu as an HTML panel, notifications as toasts, and the
 * prompt and dashboard windows as frames that open and close when the core asks.
 */
export function PreviewShell({ connection }: { connection: PreviewConnection }) {
  const [tray, setTray] = useState<TrayMenuModel | null>(null);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [windows, setWindows] = useState({ prompt: false, dashboard: false });
  const [quit, setQuit] = useState(false);

  useEffect(
    () =>
      connection.onShellMessage((message: ShellMessage) => {
        switch (message.type) {
          case 'tray':
            setTray(message.model);
            break;
          case 'notification': {
            const toast = {
              id: Date.now() + Math.random(),
              title: message.title,
              body: message.body,
              promptId: message.promptId,
              actions: message.actions,
            };
            setToasts((current) => [...current, toast]);
            setTimeout(() => setToasts((current) => current.filter((t) => t !== toast)), TOAST_MS);
            break;
          }
          case 'notification-closed':
            setToasts((current) => current.filter((t) => t.promptId !== message.promptId));
            break;
          case 'window':
            setWindows((current) => ({ ...current, [message.window]: message.visible }));
            break;
          case 'quit':
            setQuit(true);
            break;
        }
      }),
    [connection],
  );

  const respond = (toast: Toast, response: Extract<ShellCommand, { type: 'notification-response' }>['response']) => {
    connection.sendShellCommand({ type: 'notification-response', promptId: toast.promptId, response });
    setToasts((current) => current.filter((t) => t !== toast));
  };

  if (quit) {
    return (
      <main className="preview-quit">
        <h1>Interlude has quit.</h1>
        <p className="quiet">Start the preview again to continue.</p>
      </main>
    );
  }

  return (
    <div className="preview">
      <header className="preview-header">
        <h1>Interlude preview</h1>
        <p className="quiet">
          The real core and renderer. The tray, notifications and windows are drawn here as Electron would show them.
        </p>
      </header>
      <div className="preview-desktop">
        <TrayPanel model={tray} onAction={(action) => connection.sendShellCommand({ type: 'tray-action', action })} />
        <div className="preview-windows">
          <section
            className="preview-window"
            aria-labelledby="prompt-window-title"
            hidden={!windows.prompt}
            data-testid="prompt-window"
          >
            <h2 className="window-caption" id="prompt-window-title">
              Prompt window
            </h2>
            {/* Kept loaded while hidden, as the app keeps its prompt window, so it shows at once. */}
            <div className="prompt-frame">
              <iframe title="Prompt window" src="index.html#prompt" />
            </div>
          </section>
          <section className="preview-window" aria-labelledby="dashboard-window-title" hidden={!windows.dashboard}>
            <h2 className="window-caption" id="dashboard-window-title">
              Dashboard window
            </h2>
            <div className="dashboard-frame">
              {windows.dashboard ? <iframe title="Dashboard window" src="index.html#dashboard" /> : null}
            </div>
          </section>
        </div>
      </div>
      <div className="toasts" role="status" aria-live="polite" aria-label="Notifications">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast" data-testid="toast">
            {/* Clicking a notification opens its prompt, as it does on the desktop. */}
            <button type="button" className="toast-open" onClick={() => respond(toast, 'open')}>
              <strong>{toast.title}</strong>
              <span>{toast.body}</span>
            </button>
            {toast.actions.length > 0 ? (
              <div className="toast-actions">
                {toast.actions.map((action) => (
                  <button
                    key={action.response}
                    type="button"
                    className="button"
                    onClick={() => respond(toast, action.response)}
                  >
                    {action.text}
                  </button>
                ))}
              </div>
            ) : null}
          </div>
        ))}
      </div>
    </div>
  );
}
