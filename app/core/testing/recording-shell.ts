import type { TrayMenuModel } from '../../shared/tray-menu';
import type { Notification, Shell } from '../ports';

export type ShellCall =
  | { type: 'tray'; model: TrayMenuModel }
  | { type: 'notify'; notification: Notification }
  | { type: 'close-notification'; promptId: string }
  | { type: 'show-prompt'; focus?: true }
  | { type: 'hide-prompt' }
  | { type: 'show-dashboard' }
  | { type: 'save-export'; fileName: string }
  | { type: 'quit' };

/** A Shell that remembers what it was asked to do. */
export class RecordingShell implements Shell {
  readonly calls: ShellCall[] = [];

  get notifications(): Notification[] {
    return this.calls.flatMap((call) => (call.type === 'notify' ? [call.notification] : []));
  }

  get lastTray(): TrayMenuModel | undefined {
    return this.calls.findLast((call): call is Extract<ShellCall, { type: 'tray' }> => call.type === 'tray')?.model;
  }

  setTrayMenu(model: TrayMenuModel): void {
    this.calls.push({ type: 'tray', model });
  }
  notify(notification: Notification): void {
    this.calls.push({ type: 'notify', notification });
  }
  closeNotification(promptId: string): void {
    this.calls.push({ type: 'close-notification', promptId });
  }
  showPromptWindow(options?: { focus: boolean }): void {
    this.calls.push(options?.focus ? { type: 'show-prompt', focus: true } : { type: 'show-prompt' });
  }
  hidePromptWindow(): void {
    this.calls.push({ type: 'hide-prompt' });
  }
  showDashboard(): void {
    this.calls.push({ type: 'show-dashboard' });
  }
  /** As the preview's: the file is handed back to download. */
  saveExport(fileName: string): Promise<'download'> {
    this.calls.push({ type: 'save-export', fileName });
    return Promise.resolve('download');
  }
  quit(): void {
    this.calls.push({ type: 'quit' });
  }
}

export const silentLog = { info: () => undefined, warn: () => undefined };
