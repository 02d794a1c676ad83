import type { Shell as ElectronShell, WebContents } from 'electron';

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

/**
 * Whether an IPC message comes from our own renderer: the packaged index.html, or the dev
 * server while developing. Anything else (a navigated frame, an injected iframe) is refused.
 */
export function createSenderCheck(rendererUrl: string): (frameUrl: string | undefined) => boolean {
  const expected = new URL(rendererUrl);
  return (frameUrl) => {
    if (!frameUrl) return false;
    try {
      const actual = new URL(frameUrl);
      if (expected.protocol === 'file:') return actual.protocol === 'file:' && actual.pathname === expected.pathname;
      return actual.origin === expected.origin;
    } catch {
      return false;
    }
  };
}
