import type { BrowserWindow as BrowserWindowType, Rectangle } from 'electron';
import type { ElectronModule } from './electron-module';
import { hardenWebContents } from './security';

export interface WindowPaths {
  /** file:// URL of the built index.html, or the dev server's URL. */
  rendererUrl: string;
  preloadPath: string;
  /** DevTools only while developing: a packaged app has none. */
  devTools: boolean;
}

// Tall enough for the after-session check-in without scrolling.
const PROMPT_SIZE = { width: 440, height: 680 };
/** Brings a waiting prompt to the keyboard. Held only while a prompt is on screen, so it borrows the keys briefly. */
export const PROMPT_SHORTCUT = 'CommandOrControl+Alt+I';
const SCREEN_MARGIN = 24;

/** Bottom-right of the work area of the display under the cursor, where a notification would sit. */
export function promptPosition(workArea: Rectangle, size = PROMPT_SIZE): { x: number; y: number } {
  return {
    x: Math.round(workArea.x + workArea.width - size.width - SCREEN_MARGIN),
    y: Math.round(workArea.y + workArea.height - size.height - SCREEN_MARGIN),
  };
}

/** Owns the prompt window (small, frameless, on top) and the dashboard window. */
export class WindowManager {
  private prompt: BrowserWindowType | null = null;
  private dashboard: BrowserWindowType | null = null;
  private quitting = false;

  constructor(
    private readonly electron: ElectronModule,
    private readonly paths: WindowPaths,
  ) {}

  /** Creates the prompt window hidden, so the first prompt appears without a page load. */
  preparePrompt(): void {
    this.promptWindow();
  }

  showPrompt({ focus }: { focus: boolean }): void {
    const window = this.promptWindow();
    const display = this.electron.screen.getDisplayNearestPoint(this.electron.screen.getCursorScreenPoint());
    const { x, y } = promptPosition(display.workArea);
    window.setPosition(x, y);
    window.setAlwaysOnTop(true, 'floating');
    // Appearing must not take the keyboard from a video call; the user clicks, or presses the shortcut, when ready.
    if (focus) {
      window.show();
      window.focus();
    } else window.showInactive();
    this.holdShortcut(true);
  }

  hidePrompt(): void {
    this.prompt?.hide();
    this.holdShortcut(false);
  }

  private shortcutHeld = false;

  private holdShortcut(hold: boolean): void {
    const { globalShortcut } = this.electron;
    if (hold === this.shortcutHeld) return;
    if (hold) {
      // Another app may own the keys; then the prompt is still a click away.
      this.shortcutHeld = globalShortcut.register(PROMPT_SHORTCUT, () => {
        const prompt = this.prompt;
        if (prompt && !prompt.isDestroyed()) {
          prompt.show();
          prompt.focus();
        }
      });
    } else {
      globalShortcut.unregister(PROMPT_SHORTCUT);
      this.shortcutHeld = false;
    }
  }

  showDashboard(): void {
    const window = this.dashboardWindow();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  send(channel: string, payload: unknown): void {
    for (const window of [this.prompt, this.dashboard]) {
      if (window && !window.isDestroyed()) window.webContents.send(channel, payload);
    }
  }

  /** Lets the windows really close when the app quits. */
  prepareToQuit(): void {
    this.quitting = true;
    this.holdShortcut(false);
  }

  private promptWindow(): BrowserWindowType {
    if (this.prompt && !this.prompt.isDestroyed()) return this.prompt;
    const window = new this.electron.BrowserWindow({
      ...PROMPT_SIZE,
      show: false,
      frame: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      title: 'Interlude',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        // The pacer must keep time even when another window covers this one.
        backgroundThrottling: false,
        devTools: this.paths.devTools,
        preload: this.paths.preloadPath,
      },
    });
    this.load(window, 'prompt');
    window.on('close', (event) => {
      if (this.quitting) return;
      event.preventDefault();
      this.hidePrompt();
    });
    this.prompt = window;
    return window;
  }

  private dashboardWindow(): BrowserWindowType {
    if (this.dashboard && !this.dashboard.isDestroyed()) return this.dashboard;
    const window = new this.electron.BrowserWindow({
      width: 1000,
      height: 760,
      minWidth: 480,
      minHeight: 480,
      show: false,
      title: 'Interlude',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        devTools: this.paths.devTools,
        preload: this.paths.preloadPath,
      },
    });
    this.load(window, 'dashboard');
    window.on('closed', () => {
      this.dashboard = null;
    });
    this.dashboard = window;
    return window;
  }

  /** Whether these web contents are one of Interlude's own windows. */
  owns(contents: unknown): boolean {
    return [this.prompt, this.dashboard].some(
      (window) => window !== null && !window.isDestroyed() && window.webContents === contents,
    );
  }

  private load(window: BrowserWindowType, view: 'prompt' | 'dashboard'): void {
    hardenWebContents(window.webContents, this.electron.shell);
    const url = new URL(this.paths.rendererUrl);
    url.hash = view;
    void window.loadURL(url.toString());
  }
}
