import type { Notification, Shell } from '../core/ports';
import type { ShellMessage } from '../shared/preview-shell';
import type { TrayMenuModel } from '../shared/tray-menu';

/**
 * The preview's Shell: instead of a native tray, notifications and windows, it keeps their
 * state and tells the preview page, which draws them as HTML.
 */
export class PreviewShellAdapter implements Shell {
  private tray: TrayMenuModel | null = null;
  private readonly windows = { prompt: false, dashboard: true };
  private readonly listeners = new Set<(message: ShellMessage) => void>();

  subscribe(listener: (message: ShellMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** What a page that connects now needs to catch up. */
  currentState(): ShellMessage[] {
    const messages: ShellMessage[] = [];
    if (this.tray) messages.push({ type: 'tray', model: this.tray });
    messages.push({ type: 'window', window: 'prompt', visible: this.windows.prompt });
    messages.push({ type: 'window', window: 'dashboard', visible: this.windows.dashboard });
    return messages;
  }

  setTrayMenu(model: TrayMenuModel): void {
    this.tray = model;
    this.emit({ type: 'tray', model });
  }

  notify(notification: Notification): void {
    this.emit({ type: 'notification', ...notification });
  }

  closeNotification(promptId: string): void {
    this.emit({ type: 'notification-closed', promptId });
  }

  /** The preview cannot take focus from other apps either way; both show the prompt frame. */
  showPromptWindow(): void {
    this.setWindow('prompt', true);
  }

  hidePromptWindow(): void {
    this.setWindow('prompt', false);
  }

  showDashboard(): void {
    this.setWindow('dashboard', true);
  }

  /** A browser page downloads the file itself; nothing is written by the server. */
  saveExport(): Promise<'download'> {
    return Promise.resolve('download');
  }

  quit(): void {
    this.emit({ type: 'quit' });
  }

  private setWindow(window: 'prompt' | 'dashboard', visible: boolean): void {
    this.windows[window] = visible;
    this.emit({ type: 'window', window, visible });
  }

  private emit(message: ShellMessage): void {
    for (const listener of this.listeners) listener(message);
  }
}
