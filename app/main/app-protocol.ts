import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../node/content-types';
import { WINDOW_CSP } from '../shared/csp';
import type { ElectronModule } from './electron-module';

/** The windows load from here: a privileged, standard, secure scheme that serves only the built renderer. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'interlude';
export const APP_RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready: Electron fixes a scheme's privileges then. */
export function registerAppScheme({ protocol }: Pick<ElectronModule, 'protocol'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * The file an app:// request names, or null: only our host, only GET, only inside the renderer
 * folder, whatever the request does with "..", encoded or not.
 */
export function resolveAppRequest(method: string, url: string, root: string): string | null {
  if (method !== 'GET') return null;
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || path.includes('\0')) return null;
  const file = normalize(join(root, path === '/' ? '/index.html' : path));
  return file.startsWith(root + sep) ? file : null;
}

/** Serves the renderer over app://, with the window's CSP as a header on every file. */
export function handleAppProtocol({ protocol }: Pick<ElectronModule, 'protocol'>, root: string): void {
  const folder = normalize(root);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.method, request.url, folder);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': WINDOW_CSP,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
