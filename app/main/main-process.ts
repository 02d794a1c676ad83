import { join } from 'node:path';
import type { CalendarReader, FeedFetcher } from '../core/calendar/ports';
import { Interlude } from '../core/interlude';
import { SystemClock, systemTimers, type Clock, type Logger, type Timers } from '../core/ports';
import { WorkerCalendarReader } from '../node/calendar-worker';
import { fetchFeed } from '../node/feed-fetcher';
import { FileSecretStore } from '../node/file-secret-store';
import { FileStore } from '../node/file-store';
import { SealedDocumentStore } from '../node/sealed-document-store';
import { eventChannels } from '../shared/contract';
import { Translations } from '../shared/i18n/translations';
import type { ElectronModule } from './electron-module';
import { APP_RENDERER_URL, handleAppProtocol, registerAppScheme } from './app-protocol';
import { electronLoginItem, startedAtLogin } from './electron-login-item';
import { ElectronShell } from './electron-shell';
import { registerContractHandlers } from './ipc';
import { safeStorageCipher } from './safe-storage-cipher';
import { createSenderCheck, denyAllPermissions, devRendererUrl, hardenWebContents } from './security';
import { TrayController, type TrayIcons } from './tray';
import { WindowManager } from './windows';

/** Must equal electron-builder.yml's appId, so Windows groups notifications under the app. */
export const APP_ID = 'app.interlude.desktop';

export interface MainOptions {
  clock?: Clock;
  timers?: Timers;
  log?: Logger;
  /** Defaults to the dev server (ELECTRON_RENDERER_URL) or the built index.html. */
  rendererUrl?: string;
  /** For tests: the platform, environment and command line to act on (else this process's own). */
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  argv?: string[];
  /** Tests read calendars in-process instead of on the bundled worker... */
  calendarReader?: CalendarReader;
  /** ...and never reach the network. */
  fetchFeed?: FeedFetcher;
}

export interface MainHandle {
  core: Interlude;
  windows: WindowManager;
}

/**
 * The composition root. Electron comes in as a parameter so the wiring can be tested
 * against a fake; everything with behaviour lives in the core.
 */
export async function startMain(electron: ElectronModule, options: MainOptions = {}): Promise<MainHandle | null> {
  const { app } = electron;
  const platform = options.platform ?? process.platform;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.setAppUserModelId(APP_ID);
  // Closing every window leaves Interlude in the tray; only Quit ends it.
  app.on('window-all-closed', () => undefined);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, electron.shell));
  registerAppScheme(electron);

  await app.whenReady();
  app.dock?.hide();

  const appPath = app.getAppPath();
  // The dev server only while developing, and only on this machine: a packaged app loads its own files.
  const rendererUrl =
    options.rendererUrl ?? devRendererUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged) ?? APP_RENDERER_URL;
  handleAppProtocol(electron, join(appPath, 'out/renderer'));
  denyAllPermissions(electron.session.defaultSession);
  // A tray app has no menu bar; packaged, there is no default menu (and with it no DevTools shortcut).
  if (app.isPackaged) electron.Menu.setApplicationMenu(null);
  const windows = new WindowManager(electron, {
    rendererUrl,
    preloadPath: join(appPath, 'out/preload/index.cjs'),
    devTools: !app.isPackaged,
  });
  const log = options.log ?? {
    info: (message: string) => console.log(message),
    warn: (message: string) => console.warn(message),
  };

  // Each language's messages, loaded when first spoken; the tray and notifications word themselves through these.
  const translations = new Translations();
  let core: Interlude | null = null;
  const tray = new TrayController(
    electron,
    loadTrayIcons(electron, join(appPath, 'assets')),
    (action) => void core?.handleTrayAction(action),
  );
  const cipher = safeStorageCipher(electron.safeStorage, process.platform);
  const { store, notices: keyNotices } = await SealedDocumentStore.open(new FileStore(app.getPath('userData')), cipher);
  const reader = new WorkerCalendarReader(join(appPath, 'out/main/calendar-worker.cjs'), { log });
  core = new Interlude({
    clock: options.clock ?? new SystemClock(),
    timers: options.timers ?? systemTimers,
    store,
    shell: new ElectronShell(
      electron,
      windows,
      tray,
      (promptId, response) => void core?.respondToNotification(promptId, response),
      translations,
      (message) => log.warn(message),
    ),
    log,
    loginItem: electronLoginItem(electron, platform, options.env ?? process.env),
    calendar: {
      reader: options.calendarReader ?? reader,
      fetchFeed: options.fetchFeed ?? ((request) => fetchFeed(request)),
      secrets: new FileSecretStore(store, cipher),
    },
    startupNotices: keyNotices,
    systemLanguages: app.getPreferredSystemLanguages(),
  });
  const running = core;

  registerContractHandlers(electron.ipcMain, running.handlers, createSenderCheck(rendererUrl), (contents) =>
    windows.owns(contents),
  );
  running.onStateChanged((state) => windows.send(eventChannels.stateChanged.channel, state));

  electron.powerMonitor.on('resume', () => running.replan('resume'));
  electron.powerMonitor.on('unlock-screen', () => running.replan());
  app.on('second-instance', () => windows.showDashboard());
  app.on('before-quit', () => {
    windows.prepareToQuit();
    running.stop();
    void reader.close();
  });

  await running.start();
  // The tray's first words wait on this language's messages; the app is not ready until they are in.
  await translations.translator(running.snapshot().language);
  windows.preparePrompt();
  // A login start stays in the tray; so does any start, if the user asked for that.
  const hidden =
    startedAtLogin(electron, platform, options.argv ?? process.argv) || running.snapshot().settings.app.startHidden;
  if (!hidden) windows.showDashboard();
  return { core: running, windows };
}

function loadTrayIcons(electron: ElectronModule, assets: string): TrayIcons {
  const load = (state: string) => {
    const file = process.platform === 'darwin' ? `tray-${state}Template.png` : `tray-${state}.png`;
    return electron.nativeImage.createFromPath(join(assets, 'tray', file));
  };
  return {
    idle: load('idle'),
    'in-session': load('session'),
    'prompt-waiting': load('prompt'),
    'in-reset': load('prompt'),
    paused: load('paused'),
  };
}
