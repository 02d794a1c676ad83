import type { Shell as ElectronShell, Session, WebContents } from 'electron';

/** The only places a link may open in the user's browser. https only. */
export const EXTERNAL_LINK_ALLOW_LIST: readonly string[] = ['www.proqol.org'];

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      EXTERNAL_LINK_ALLOW_LIST.includes(parsed.hostname) &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

export function openExternalSafely(shell: Pick<ElectronShell, 'openExternal'>, url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/** Every web contents: no navigation away, no new windows, no webviews. Allowed links open in the browser. */
export function hardenWebContents(contents: WebContents, shell: Pick<ElectronShell, 'openExternal'>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(shell, url);
    return { action: 'deny' };
  });
}

/** What an IPC message says of where it came from. */
export interface SenderFacts {
  frameUrl: string | undefined;
  /** The message came from the page itself, not from a frame inside it. */
  mainFrame: boolean;
  /** The page is in one of Interlude's own windows. */
  ourWindow: boolean;
}

/**
 * Whether an IPC message comes from our own renderer: the main frame of one of our windows,
 * showing app://interlude/index.html, or the dev server while developing. Anything else (another
 * host, a file:// or UNC path, a navigated frame, an iframe) is refused.
 */
export function createSenderCheck(rendererUrl: string): (sender: SenderFacts) => boolean {
  const expected = new URL(rendererUrl);
  return ({ frameUrl, mainFrame, ourWindow }) => {
    if (!frameUrl || !mainFrame || !ourWindow) return false;
    try {
      const actual = new URL(frameUrl);
      // Scheme, host and path, each exactly: an app:// URL's origin reads "null" in Node, so origins alone would match any.
      return (
        actual.protocol === expected.protocol &&
        actual.host === expected.host &&
        actual.port === expected.port &&
        actual.pathname === expected.pathname
      );
    } catch {
      return false;
    }
  };
}

/** The dev server's address, honoured only while developing and only on this machine. */
export function devRendererUrl(candidate: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !candidate) return undefined;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
      ? candidate
      : undefined;
  } catch {
    return undefined;
  }
}

/** Camera, microphone, notifications through the web API, USB, HID, serial: Interlude needs none, so all are refused. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
