import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inProcessReader } from '../core/calendar/in-process-reader';
import { offline } from '../core/testing/started-core';
import { VirtualTime } from '../core/testing/virtual-time';
import { startMain, type MainHandle } from './main-process';
import { APP_RENDERER_URL, handleAppProtocol, resolveAppRequest } from './app-protocol';
import { createSenderCheck, devRendererUrl } from './security';
import { WINDOW_CSP } from '../shared/csp';
import { createFakeElectron, type FakeElectron } from './testing/fake-electron';

let userData: string;
let fake: FakeElectron;
let handle: MainHandle | null = null;
const previousUrl = process.env.ELECTRON_RENDERER_URL;

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'interlude-hardening-'));
  fake = createFakeElectron(userData);
});
afterEach(async () => {
  if (previousUrl === undefined) delete process.env.ELECTRON_RENDERER_URL;
  else process.env.ELECTRON_RENDERER_URL = previousUrl;
  handle?.core.stop();
  await handle?.core.flushed();
  handle = null;
  await rm(userData, { recursive: true, force: true });
});

async function start(packaged: boolean): Promise<MainHandle> {
  (fake.electron.app as { isPackaged: boolean }).isPackaged = packaged;
  const time = new VirtualTime(Date.parse('2026-11-25T07:00:00Z'), 'UTC');
  handle = (await startMain(fake.electron, {
    clock: time,
    timers: time,
    log: { info: () => undefined, warn: () => undefined },
    calendarReader: inProcessReader,
    fetchFeed: offline,
    env: { XDG_CONFIG_HOME: join(userData, 'xdg') },
    argv: ['interlude'],
  }))!;
  return handle;
}

describe('a packaged app', () => {
  it('ignores ELECTRON_RENDERER_URL, has no DevTools and no default menu', async () => {
    process.env.ELECTRON_RENDERER_URL = 'https://evil.example/';
    await start(true);
    expect(new Set(fake.windows.map((window) => window.url.replace(/#.*/, '')))).toEqual(
      new Set(['app://interlude/index.html']),
    );
    expect(fake.windows.every((window) => (window.options.webPreferences as { devTools: boolean }).devTools)).toBe(
      false,
    );
    expect(fake.menus).toEqual([null]);
  });

  it('while developing, loads the dev server on this machine, and nothing else', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    await start(false);
    expect(fake.windows[0]!.url).toBe('http://localhost:5173/#prompt');
    expect(fake.menus).toEqual([]);
  });
});

describe('the dev server address', () => {
  it.each([
    ['http://localhost:5173/', false, 'http://localhost:5173/'],
    ['http://127.0.0.1:5173/', false, 'http://127.0.0.1:5173/'],
    ['http://localhost:5173/', true, undefined],
    ['https://evil.example/', false, undefined],
    ['http://localhost.evil.example/', false, undefined],
    ['file:///tmp/page.html', false, undefined],
    ['not a url', false, undefined],
  ])('%s (packaged: %s) gives %s', (candidate, packaged, expected) => {
    expect(devRendererUrl(candidate, packaged)).toBe(expected);
  });
});

describe('the app:// scheme', () => {
  it('is registered privileged, standard and secure before the app is ready, and the windows load from it', async () => {
    await start(false);
    expect(fake.protocols.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.windows[0]!.url).toBe('app://interlude/index.html#prompt');
  });

  it('serves only the built renderer, with the window CSP as a header', async () => {
    const root = join(userData, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'assets', 'app.js'), 'export {}');
    await writeFile(join(userData, 'secret.json'), '{"token":"x"}');
    handleAppProtocol(fake.electron, root);
    const serve = (url: string, method = 'GET') => fake.protocols.handlers.get('app')!(new Request(url, { method }));
    const page = await serve('app://interlude/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(WINDOW_CSP);
    expect(page.headers.get('content-security-policy')).not.toContain("frame-src 'self'");
    expect((await serve('app://interlude/assets/app.js')).headers.get('content-type')).toContain('javascript');
    for (const url of [
      'app://interlude/../secret.json',
      'app://interlude/%2e%2e/secret.json',
      'app://interlude/assets/..%2F..%2Fsecret.json',
      'app://other/index.html',
      'app://interlude/missing.js',
    ])
      expect((await serve(url)).status, url).toBe(404);
    expect((await serve('app://interlude/index.html', 'POST')).status).toBe(404);
  });

  it('trusts IPC only from app://interlude/index.html itself', () => {
    const check = createSenderCheck(APP_RENDERER_URL);
    const facts = (frameUrl: string) => ({ frameUrl, mainFrame: true, ourWindow: true });
    expect(check(facts('app://interlude/index.html#prompt'))).toBe(true);
    expect(check(facts('app://other/index.html'))).toBe(false);
    expect(check(facts('app://interlude/other.html'))).toBe(false);
    expect(check(facts('file:///opt/interlude/out/renderer/index.html'))).toBe(false);
    expect(check({ ...facts('app://interlude/index.html'), mainFrame: false })).toBe(false);
  });
});

describe('resolving an app:// request', () => {
  it('keeps inside the folder, whatever the path says', () => {
    expect(resolveAppRequest('GET', 'app://interlude/', '/r')).toBe('/r/index.html');
    expect(resolveAppRequest('GET', 'app://interlude/a/b.js', '/r')).toBe('/r/a/b.js');
    expect(resolveAppRequest('GET', 'app://interlude/%2e%2e%2fetc/passwd', '/r')).toBeNull();
    expect(resolveAppRequest('GET', 'app://interlude/%E0%A4%A', '/r')).toBeNull();
    expect(resolveAppRequest('GET', 'app://interlude/a%00.js', '/r')).toBeNull();
  });
});
