import type * as Electron from 'electron';

/** The parts of Electron the main process uses, passed in so tests can hand over a fake. */
export type ElectronModule = Pick<
  typeof Electron,
  | 'app'
  | 'BrowserWindow'
  | 'Tray'
  | 'Menu'
  | 'Notification'
  | 'nativeImage'
  | 'ipcMain'
  | 'powerMonitor'
  | 'screen'
  | 'shell'
  | 'safeStorage'
  | 'globalShortcut'
  | 'dialog'
  | 'session'
  | 'protocol'
>;
