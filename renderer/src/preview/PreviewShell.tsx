import { useEffect, useState } from 'react';
import type { Message } from '../../../app/shared/i18n/message';
import type { ShellCommand, ShellMessage } from '../../../app/shared/preview-shell';
import type { TrayAction, TrayMenuModel } from '../../../app/shared/tray-menu';
import { useWords, WordsProvider } from '../i18n/words';
import type { PreviewConnection } from './websocket-bridge';
import { TrayPanel } from './TrayPanel';

/** A notification as the core sent it: its messages, worded when shown. */
interface Toast {
  id: number;
  title: Message;
  body: Message;
  promptId: string;
  actions: { response: 'start' | 'snooze'; text: Message }[];
}

type ToastResponse = Extract<ShellCommand, { type: 'notification-response' }>['response'];

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

  const respond = (toast: Toast, response: ToastResponse) => {
    connection.sendShellCommand({ type: 'notification-response', promptId: toast.promptId, response });
    setToasts((current) => current.filter((t) => t !== toast));
  };

  // The shell messages are listened to from the start; nothing is worded before the core has said,
  // with the tray's model, which language to speak: a blank moment, not English first.
  if (!tray) return <div className="loading" aria-busy="true" />;
  return (
    <WordsProvider language={tray.language}>
      <Desktop
        tray={tray}
        toasts={toasts}
        windows={windows}
        quit={quit}
        onTrayAction={(action) => connection.sendShellCommand({ type: 'tray-action', action })}
        onRespond={respond}
      />
    </WordsProvider>
  );
}

interface DesktopProps {
  tray: TrayMenuModel;
  toasts: readonly Toast[];
  windows: { prompt: boolean; dashboard: boolean };
  quit: boolean;
  onTrayAction: (action: TrayAction) => void;
  onRespond: (toast: Toast, response: ToastResponse) => void;
}

/** The desktop, worded in the core's language; notifications too, as the core speaks one language at a time. */
function Desktop({ tray, toasts, windows, quit, onTrayAction, onRespond: respond }: DesktopProps) {
  const words = useWords();
  if (quit) {
    return (
      <main className="preview-quit">
        <h1>{words.t('preview.quit.title')}</h1>
        <p className="quiet">{words.t('preview.quit.restart')}</p>
      </main>
    );
  }

  return (
    <div className="preview">
      <header className="preview-header">
        <h1>{words.t('preview.title')}</h1>
        <p className="quiet">{words.t('preview.lead')}</p>
      </header>
      <div className="preview-desktop">
        <TrayPanel model={tray} onAction={onTrayAction} />
        <div className="preview-windows">
          <section
            className="preview-window"
            aria-labelledby="prompt-window-title"
            hidden={!windows.prompt}
            data-testid="prompt-window"
          >
            <h2 className="window-caption" id="prompt-window-title">
              {words.t('preview.promptWindow')}
            </h2>
            {/* Kept loaded while hidden, as the app keeps its prompt window, so it shows at once. */}
            <div className="prompt-frame">
              <iframe title={words.t('preview.promptWindow')} src="index.html#prompt" />
            </div>
          </section>
          <section className="preview-window" aria-labelledby="dashboard-window-title" hidden={!windows.dashboard}>
            <h2 className="window-caption" id="dashboard-window-title">
              {words.t('preview.dashboardWindow')}
            </h2>
            <div className="dashboard-frame">
              {windows.dashboard ? (
                <iframe title={words.t('preview.dashboardWindow')} src="index.html#dashboard" />
              ) : null}
            </div>
          </section>
        </div>
      </div>
      <div className="toasts" role="status" aria-live="polite" aria-label={words.t('preview.notifications')}>
        {toasts.map((toast) => (
          <div key={toast.id} className="toast" data-testid="toast">
            {/* Clicking a notification opens its prompt, as it does on the desktop. */}
            <button type="button" className="toast-open" onClick={() => respond(toast, 'open')}>
              <strong>{words.say(toast.title)}</strong>
              <span>{words.say(toast.body)}</span>
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
                    {words.say(action.text)}
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
