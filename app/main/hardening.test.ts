import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inProcessReader } from '../core/calendar/in-process-reader';
import { VirtualTime } from '../core/testing/virtual-time';
import { startMain, type MainHandle } from './main-process';
import { devRendererUrl } from './security';
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
    fetchFeed: () => Promise.reject(new Error('offline')),
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
      new Set(['file:///opt/interlude/out/renderer/index.html']),
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
