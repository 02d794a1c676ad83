import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notification as NativeNotification } from 'electron';
import type { Notification, NotificationResponse, Shell } from '../core/ports';
import type { Language } from '../shared/i18n/languages';
import { Translations } from '../shared/i18n/translations';
import type { Translator } from '../shared/i18n/translator';
import type { TrayMenuModel } from '../shared/tray-menu';
import type { ElectronModule } from './electron-module';
import type { TrayController } from './tray';
import type { WindowManager } from './windows';

/** The core's Shell port, rendered natively: tray, notifications and windows. */
export class ElectronShell implements Shell {
  /**
   * Electron holds notifications weakly: one no longer referenced is collected, and its click
   * and buttons stop working (electron/electron#16922). Each is kept until it is answered or replaced.
   */
  private readonly shown = new Map<string, NativeNotification>();

  constructor(
    private readonly electron: ElectronModule,
    private readonly windows: WindowManager,
    private readonly tray: TrayController,
    private readonly onNotificationResponse: (promptId: string, response: NotificationResponse) => void,
    /** Each language's messages, loaded when the core first speaks it. */
    private readonly translations = new Translations(),
    private readonly log: (message: string) => void = console.warn,
  ) {}

  setTrayMenu(model: TrayMenuModel): void {
    this.inWords('tray', model.language, (words) => this.tray.render(model, words));
  }

  /** The latest words for a purpose, once its language has loaded; a failed load is logged, never thrown. */
  private inWords(purpose: string, language: Language, use: (words: Translator) => void): void {
    this.translations
      .inTurn(purpose, language, use)
      .catch((error: unknown) => this.log(`Could not word the ${purpose} in ${language}: ${String(error)}`));
  }

  /**
   * Where notifications are denied or held back by Do Not Disturb this shows nothing, and that
   * is fine: the prompt window is already on screen, waiting, when the user looks.
   */
  notify(announced: Notification): void {
    if (!this.electron.Notification.isSupported()) return;
    this.inWords('notification', announced.language, (words) => this.show(announced, words));
  }

  private show({ title, body, promptId, actions }: Notification, words: Translator): void {
    // Buttons show on macOS; elsewhere the notification is clicked to open the prompt.
    const notification = new this.electron.Notification({
      title: words.say(title),
      body: words.say(body),
      silent: true,
      actions: actions.map(({ text }) => ({ type: 'button' as const, text: words.say(text) })),
    });
    // Only one prompt waits at a time: an older notification is out of date.
    for (const [id, older] of this.shown) if (id !== promptId) this.release(id, older);
    this.shown.set(promptId, notification);
    notification.on('click', () => {
      this.release(promptId, notification);
      this.onNotificationResponse(promptId, 'open');
    });
    notification.on('action', (_event, index) => {
      this.release(promptId, notification);
      const action = actions[index];
      if (action) this.onNotificationResponse(promptId, action.response);
    });
    notification.on('close', () => this.shown.delete(promptId));
    notification.show();
  }

  /** Answered in a window or withdrawn: a notification still up would offer buttons that no longer mean anything. */
  closeNotification(promptId: string): void {
    const notification = this.shown.get(promptId);
    if (!notification) return;
    this.shown.delete(promptId);
    notification.close();
  }

  /** How many notifications are held, for the wiring test. */
  get heldNotifications(): number {
    return this.shown.size;
  }

  private release(promptId: string, notification: NativeNotification): void {
    if (this.shown.get(promptId) === notification) this.shown.delete(promptId);
  }

  showPromptWindow(options?: { focus: boolean }): void {
    this.windows.showPrompt({ focus: options?.focus ?? false });
  }

  hidePromptWindow(): void {
    this.windows.hidePrompt();
  }

  showDashboard(): void {
    this.windows.showDashboard();
  }

  /** Asks where, with the system's save dialog (in Documents at first), and writes only there. */
  async saveExport(fileName: string, contents: string, language: Language): Promise<'saved' | 'cancelled'> {
    const { app, dialog } = this.electron;
    const words = await this.translations.translator(language);
    const extension = fileName.split('.').pop() ?? '';
    const choice = await dialog.showSaveDialog({
      title: words.t('dialogs.exportTitle'),
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [{ name: extension === 'csv' ? words.t('dialogs.csvFiles') : 'JSON', extensions: [extension] }],
    });
    if (choice.canceled || !choice.filePath) return 'cancelled';
    await writeFile(choice.filePath, contents, { encoding: 'utf8', mode: 0o600 });
    return 'saved';
  }

  quit(): void {
    this.windows.prepareToQuit();
    this.electron.app.quit();
  }
}
