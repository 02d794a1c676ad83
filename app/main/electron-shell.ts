import type { Notification, Shell } from '../core/ports';
import type { TrayMenuModel } from '../shared/tray-menu';
import type { ElectronModule } from './electron-module';
import type { TrayController } from './tray';
import type { WindowManager } from './windows';

/** The core's Shell port, rendered natively: tray, notifications and windows. */
export class ElectronShell implements Shell {
  constructor(
    private readonly electron: ElectronModule,
    private readonly windows: WindowManager,
    private readonly tray: TrayController,
  ) {}

  setTrayMenu(model: TrayMenuModel): void {
    this.tray.render(model);
  }

  notify({ title, body }: Notification): void {
    if (!this.electron.Notification.isSupported()) return;
    const notification = new this.electron.Notification({ title, body, silent: true });
    notification.on('click', () => this.windows.showPrompt({ focus: true }));
    notification.show();
  }

  showPromptWindow(): void {
    this.windows.showPrompt({ focus: false });
  }

  hidePromptWindow(): void {
    this.windows.hidePrompt();
  }

  showDashboard(): void {
    this.windows.showDashboard();
  }

  quit(): void {
    this.windows.prepareToQuit();
    this.electron.app.quit();
  }
}
