import type { LoginItem } from '../core/login-item';
import { autostartTarget, XdgAutostart } from '../node/xdg-autostart';
import type { LoginItemStatus } from '../shared/domain';
import type { ElectronModule } from './electron-module';

/** Passed at a login start on Windows (and in Linux's autostart entry): stay in the tray. */
export const HIDDEN_ARGUMENT = '--hidden';

/**
 * Opening at login. macOS and Windows keep the list themselves (`setLoginItemSettings`); macOS
 * 13+ also reports when the user has yet to approve it in System Settings. Linux has no such
 * list in Electron, so an XDG autostart entry is written instead.
 */
export function electronLoginItem(
  { app }: Pick<ElectronModule, 'app'>,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
): LoginItem {
  if (platform === 'linux') return new XdgAutostart(autostartTarget(env, app.getPath('exe')));
  if (platform !== 'darwin' && platform !== 'win32') {
    return { status: () => Promise.resolve('unavailable'), setOpenAtLogin: () => Promise.resolve('unavailable') };
  }
  // Windows matches an entry by its arguments too, so they are passed to both calls.
  const args = platform === 'win32' ? [HIDDEN_ARGUMENT] : [];
  const status = (): LoginItemStatus => {
    const settings = app.getLoginItemSettings(platform === 'win32' ? { args } : undefined);
    if (platform === 'darwin' && settings.status !== undefined) {
      if (settings.status === 'enabled') return 'on';
      return settings.status === 'requires-approval' ? 'needs-approval' : 'off';
    }
    return settings.openAtLogin ? 'on' : 'off';
  };
  return {
    status: () => Promise.resolve(status()),
    setOpenAtLogin: (open) => {
      app.setLoginItemSettings({ openAtLogin: open, ...(platform === 'win32' ? { args } : {}) });
      return Promise.resolve(status());
    },
  };
}

/** Whether this start was the system opening Interlude at login, which always stays in the tray. */
export function startedAtLogin(
  { app }: Pick<ElectronModule, 'app'>,
  platform: NodeJS.Platform,
  argv: string[],
): boolean {
  if (argv.includes(HIDDEN_ARGUMENT)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true;
}
