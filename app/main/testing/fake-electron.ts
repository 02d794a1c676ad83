import { EventEmitter } from 'node:events';
import { basename, join } from 'node:path';
import type { ElectronModule } from '../electron-module';

/**
 * A stand-in for the `electron` module that records what the main process asks of it:
 * windows and their options, IPC handlers, the tray's menu, notifications.
 */
/** `systemLanguages`: what app.getPreferredSystemLanguages() answers, most preferred first. */
export function createFakeElectron(userData: string, systemLanguages: readonly string[] = ['en-US']) {
  const calls: string[] = [];
  const ipcHandlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
  const windows: FakeBrowserWindow[] = [];
  const trays: FakeTray[] = [];
  const notifications: FakeNotification[] = [];
  const shortcuts = new Map<string, () => void>();
  /** Set false to act as a system where notifications are denied or unsupported. */
  const notificationSupport = { supported: true };
  const opened: string[] = [];
  const appEvents = new EventEmitter();
  const powerEvents = new EventEmitter();

  class FakeWebContents extends EventEmitter {
    sent: { channel: string; payload: unknown }[] = [];
    /** The page's own frame: IPC from it names it as the sender frame. */
    readonly mainFrame = { url: '' };
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload });
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    visible = false;
    focused = false;
    url = '';
    position: [number, number] = [0, 0];
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
    show() {
      this.visible = true;
      this.focused = true;
    }
    showInactive() {
      this.visible = true;
    }
    hide() {
      this.visible = false;
    }
    focus() {
      this.focused = true;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    isDestroyed() {
      return false;
    }
    setPosition(x: number, y: number) {
      this.position = [x, y];
    }
    setAlwaysOnTop() {}
  }

  class FakeTray extends EventEmitter {
    image: unknown;
    tooltip = '';
    menu: unknown;
    poppedUp = 0;
    constructor(image: unknown) {
      super();
      this.image = image;
      trays.push(this);
    }
    popUpContextMenu() {
      this.poppedUp += 1;
    }
    setImage(image: unknown) {
      this.image = image;
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: unknown) {
      this.menu = menu;
    }
    destroy() {}
  }

  class FakeNotification extends EventEmitter {
    shown = false;
    constructor(readonly options: { title: string; body: string; actions?: { type: 'button'; text: string }[] }) {
      super();
      notifications.push(this);
    }
    static isSupported() {
      return notificationSupport.supported;
    }
    closed = false;
    show() {
      this.shown = true;
    }
    close() {
      this.closed = true;
      this.emit('close');
    }
  }

  /** What the system keeps of the login item, as macOS and Windows report it. */
  const loginItem: {
    openAtLogin: boolean;
    status?: 'not-registered' | 'enabled' | 'requires-approval' | 'not-found';
    wasOpenedAtLogin: boolean;
    /** Answer requires-approval once registered, as macOS 13+ does until the user approves. */
    needsApproval: boolean;
    set: Record<string, unknown>[];
  } = { openAtLogin: false, wasOpenedAtLogin: false, needsApproval: false, set: [] };

  /** What was asked of the default session's permission handlers, and what they answered. */
  const permissions: { request?: (permission: string) => boolean; check?: () => boolean; device?: () => boolean } = {};
  const menus: unknown[] = [];
  /** The app:// scheme as registered and handled. */
  const protocols: { privileged: unknown[]; handlers: Map<string, (request: Request) => Promise<Response>> } = {
    privileged: [],
    handlers: new Map(),
  };

  const electron = {
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => protocols.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        protocols.handlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (
          handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
        ) => {
          permissions.request = (permission) => {
            let granted = true;
            handler(null, permission, (answer) => (granted = answer));
            return granted;
          };
        },
        setPermissionCheckHandler: (handler: () => boolean) => (permissions.check = handler),
        setDevicePermissionHandler: (handler: () => boolean) => (permissions.device = handler),
      },
    },
    app: {
      isPackaged: false,
      getLoginItemSettings: () => ({ ...loginItem }),
      setLoginItemSettings: (settings: { openAtLogin?: boolean }) => {
        loginItem.set.push(settings);
        loginItem.openAtLogin = settings.openAtLogin === true;
        if (loginItem.status !== undefined)
          loginItem.status = loginItem.openAtLogin
            ? loginItem.needsApproval
              ? 'requires-approval'
              : 'enabled'
            : 'not-registered';
      },
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return true;
      },
      setAppUserModelId: (id: string) => calls.push(`setAppUserModelId:${id}`),
      whenReady: () => Promise.resolve(),
      on: (event: string, listener: (...args: unknown[]) => void) => {
        appEvents.on(event, listener);
      },
      quit: () => calls.push('quit'),
      exit: () => calls.push('exit'),
      getAppPath: () => '/opt/interlude',
      getPreferredSystemLanguages: () => [...systemLanguages],
      getPath: (name: string) => (name === 'exe' ? '/opt/interlude/interlude' : userData),
      dock: { hide: () => calls.push('dock.hide') },
    },
    BrowserWindow: FakeBrowserWindow,
    Tray: FakeTray,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => menus.push(menu),
    },
    Notification: FakeNotification,
    nativeImage: { createFromPath: (path: string) => ({ path }) },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload: unknown) => unknown) => {
        ipcHandlers.set(channel, handler);
      },
    },
    powerMonitor: {
      on: (event: string, listener: () => void) => {
        powerEvents.on(event, listener);
      },
    },
    screen: {
      getCursorScreenPoint: () => ({ x: 2000, y: 300 }),
      getDisplayNearestPoint: () => ({ workArea: { x: 1920, y: 0, width: 1920, height: 1080 } }),
    },
    safeStorage: {
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      isEncryptionAvailable: () => true,
      // Reversible stand-in: what matters in tests is that the plain address never reaches disk.
      encryptStringAsync: (plain: string) => Promise.resolve(Buffer.from([...plain].reverse().join(''), 'utf8')),
      decryptStringAsync: (sealed: Buffer) =>
        Promise.resolve({ result: [...sealed.toString('utf8')].reverse().join(''), shouldReEncrypt: false }),
      getSelectedStorageBackend: () => 'gnome_libsecret',
    },
    globalShortcut: {
      register: (accelerator: string, callback: () => void) => {
        shortcuts.set(accelerator, callback);
        return true;
      },
      unregister: (accelerator: string) => shortcuts.delete(accelerator),
    },
    dialog: {
      // The user picks a file in the folder offered, under the name offered.
      showSaveDialog: (options: { defaultPath?: string }) =>
        Promise.resolve({ canceled: false, filePath: join(userData, basename(options.defaultPath ?? 'export')) }),
    },
    shell: {
      openExternal: (url: string) => {
        opened.push(url);
        return Promise.resolve();
      },
    },
  };

  return {
    electron: electron as unknown as ElectronModule,
    calls,
    ipcHandlers,
    windows,
    trays,
    notifications,
    shortcuts,
    notificationSupport,
    opened,
    loginItem,
    permissions,
    menus,
    protocols,
    appEvents,
    powerEvents,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
