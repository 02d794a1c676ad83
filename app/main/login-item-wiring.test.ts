import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inProcessReader } from '../core/calendar/in-process-reader';
import { offline } from '../core/testing/started-core';
import { VirtualTime } from '../core/testing/virtual-time';
import { invokeChannels } from '../shared/contract';
import { startMain, type MainHandle, type MainOptions } from './main-process';
import { createFakeElectron, type FakeElectron } from './testing/fake-electron';

const RENDERER_URL = 'file:///opt/interlude/out/renderer/index.html';
/** A message from the prompt window's own page, as Electron describes it. */
const trustedEvent = () => {
  const contents = fake.windows.find((window) => window.url.endsWith('#prompt'))!.webContents;
  return { sender: contents, senderFrame: contents.mainFrame };
};

let userData: string;
let fake: FakeElectron;
let handle: MainHandle | null = null;

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'interlude-login-'));
  fake = createFakeElectron(userData);
});
afterEach(async () => {
  handle?.core.stop();
  await handle?.core.flushed();
  handle = null;
  await rm(userData, { recursive: true, force: true });
});

async function start(options: Partial<MainOptions>): Promise<MainHandle> {
  const time = new VirtualTime(Date.parse('2026-11-25T07:00:00Z'), 'UTC');
  handle = (await startMain(fake.electron, {
    clock: time,
    timers: time,
    log: { info: () => undefined, warn: () => undefined },
    rendererUrl: RENDERER_URL,
    calendarReader: inProcessReader,
    fetchFeed: offline,
    env: { XDG_CONFIG_HOME: join(userData, 'xdg') },
    argv: ['interlude'],
    ...options,
  }))!;
  return handle;
}

const setLaunchAtLogin = (open: boolean) =>
  fake.ipcHandlers.get(invokeChannels.setLaunchAtLogin.channel)!(trustedEvent(), { open });
const dashboardShown = () => fake.windows.some((w) => w.url.endsWith('#dashboard') && w.visible);

describe('launch at login, wired to a fake electron', () => {
  it('on macOS 13+, registers the login item and shows that it waits for approval in System Settings', async () => {
    fake.loginItem.status = 'not-registered';
    fake.loginItem.needsApproval = true;
    const { core } = await start({ platform: 'darwin' });
    expect(core.snapshot().launchAtLogin).toBe('off');
    expect(await setLaunchAtLogin(true)).toEqual({ ok: true });
    expect(fake.loginItem.set).toEqual([{ openAtLogin: true }]);
    expect(core.snapshot().launchAtLogin).toBe('needs-approval');
    fake.loginItem.needsApproval = false;
    await setLaunchAtLogin(true);
    expect(core.snapshot().launchAtLogin).toBe('on');
    await setLaunchAtLogin(false);
    expect(core.snapshot().launchAtLogin).toBe('off');
  });

  it('on Windows, registers itself with --hidden and reads the entry back with the same arguments', async () => {
    const { core } = await start({ platform: 'win32' });
    await setLaunchAtLogin(true);
    expect(fake.loginItem.set).toEqual([{ openAtLogin: true, args: ['--hidden'] }]);
    expect(core.snapshot().launchAtLogin).toBe('on');
  });

  it('on Linux, writes the XDG autostart entry under XDG_CONFIG_HOME and removes it', async () => {
    const { core } = await start({
      platform: 'linux',
      env: { XDG_CONFIG_HOME: join(userData, 'xdg'), APPIMAGE: '/home/ana/Interlude.AppImage' },
    });
    await setLaunchAtLogin(true);
    const entry = await readFile(join(userData, 'xdg', 'autostart', 'interlude.desktop'), 'utf8');
    expect(entry).toContain('Exec=/home/ana/Interlude.AppImage --hidden');
    expect(core.snapshot().launchAtLogin).toBe('on');
    expect(fake.loginItem.set).toEqual([]);
    await setLaunchAtLogin(false);
    await expect(readFile(join(userData, 'xdg', 'autostart', 'interlude.desktop'))).rejects.toThrow(/ENOENT/);
  });

  it('stays in the tray when started at login, and opens the dashboard when started by hand', async () => {
    await start({ platform: 'win32', argv: ['interlude', '--hidden'] });
    expect(dashboardShown()).toBe(false);
    handle!.core.stop();
    fake = createFakeElectron(userData);
    fake.loginItem.wasOpenedAtLogin = true;
    await start({ platform: 'darwin' });
    expect(dashboardShown()).toBe(false);
    handle!.core.stop();
    fake = createFakeElectron(userData);
    await start({ platform: 'darwin' });
    expect(dashboardShown()).toBe(true);
  });

  it('stays in the tray on a start by hand when the user chose to start hidden', async () => {
    const { core } = await start({ platform: 'linux' });
    await core.handlers.updateSettings({ ...core.snapshot().settings, app: { startHidden: true } });
    core.stop();
    await core.flushed();
    fake = createFakeElectron(userData);
    await start({ platform: 'linux' });
    expect(dashboardShown()).toBe(false);
  });
});
