import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inProcessReader } from '../core/calendar/in-process-reader';
import { VirtualTime } from '../core/testing/virtual-time';
import { invokeChannels } from '../shared/contract';
import { englishWords } from '../core/testing/english';
import type { TrayMenuItem } from '../shared/tray-menu';
import { APP_ID, startMain, type MainHandle } from './main-process';
import { isAllowedExternalUrl } from './security';
import { createFakeElectron, type FakeElectron } from './testing/fake-electron';

const RENDERER_URL = 'file:///opt/interlude/out/renderer/index.html';
/** A message from the prompt window's own page, as Electron describes it. */
const trustedEvent = () => {
  const contents = fake.windows.find((window) => window.url.endsWith('#prompt'))!.webContents;
  return { sender: contents, senderFrame: contents.mainFrame };
};
const silent = { info: () => undefined, warn: () => undefined };
const offline = () => Promise.reject(new Error('No network in tests.'));

let userData: string;
let fake: FakeElectron;
let time: VirtualTime;
let handle: MainHandle;

/** The composition root on a fake electron, on virtual time, reading calendars in-process and never the network. */
async function startOn(electron: FakeElectron): Promise<MainHandle> {
  return (await startMain(electron.electron, {
    clock: time,
    timers: time,
    log: silent,
    rendererUrl: RENDERER_URL,
    calendarReader: inProcessReader,
    fetchFeed: offline,
    // Linux's login item is a file under XDG_CONFIG_HOME: never the real one.
    env: { XDG_CONFIG_HOME: join(userData, 'xdg') },
  }))!;
}

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'interlude-main-'));
  fake = createFakeElectron(userData);
  time = new VirtualTime(Date.parse('2026-11-25T09:49:00Z'), 'UTC');
  handle = await startOn(fake);
});

afterEach(async () => {
  handle.core.stop();
  await handle.core.flushed();
  await rm(userData, { recursive: true, force: true });
});

function menuLabels(template: { label?: string; submenu?: unknown[] }[]): string[] {
  return template.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(item.submenu ? menuLabels(item.submenu as never) : []),
  ]);
}
function modelLabels(items: readonly TrayMenuItem[]): string[] {
  return items.flatMap((item) => [
    ...('text' in item ? [englishWords.say(item.text)] : []),
    ...(item.kind === 'submenu' ? modelLabels(item.items) : []),
  ]);
}

describe('the Electron composition root, wired to a fake electron', () => {
  it('takes the single-instance lock, sets the app user model id and hides the dock icon', () => {
    expect(fake.calls).toEqual(
      expect.arrayContaining(['requestSingleInstanceLock', `setAppUserModelId:${APP_ID}`, 'dock.hide']),
    );
  });

  it('registers a handler for every contract channel and no others', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      Object.values(invokeChannels)
        .map((c) => c.channel)
        .sort(),
    );
  });

  it('gives every window contextIsolation, sandbox and no nodeIntegration', () => {
    time.advanceTo(Date.parse('2026-11-25T09:50:00Z')); // fires a prompt, creating the prompt window
    expect(fake.windows).toHaveLength(2);
    for (const window of fake.windows) {
      expect(window.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        preload: '/opt/interlude/out/preload/index.cjs',
      });
    }
    const prompt = fake.windows.find((w) => w.url.endsWith('#prompt'))!;
    expect(prompt.options).toMatchObject({ frame: false, alwaysOnTop: true, skipTaskbar: true });
  });

  it('speaks the system’s language in the tray, and changes it at once when the Language setting changes', async () => {
    handle.core.stop();
    await handle.core.flushed();
    const spanish = createFakeElectron(userData, ['es-MX', 'en-US']);
    const started = await startOn(spanish);
    try {
      const labels = () => menuLabels((spanish.trays[0]!.menu as { template: never }).template);
      expect(labels()).toContain('Empezar un respiro de 3 minutos');
      expect(spanish.trays[0]!.tooltip).toBe('Interlude · En sesión hasta las 09:50');
      const settings = started.core.snapshot().settings;
      const saved = await started.core.handlers.updateSettings({
        ...settings,
        app: { ...settings.app, language: 'fr' },
      });
      expect(saved).toMatchObject({ ok: true });
      await vi.waitFor(() => expect(labels()).toContain('Commencer une pause de 3 minutes'));
      expect(started.core.snapshot().language).toBe('fr');
    } finally {
      started.core.stop();
      await started.core.flushed();
    }
  });

  it('puts the core menu model into the tray', () => {
    const tray = fake.trays[0]!;
    const model = handle.core.trayMenu();
    expect(menuLabels((tray.menu as { template: never }).template)).toEqual(modelLabels(model.items));
    expect(menuLabels((tray.menu as { template: never }).template)).toContain('Start a 3-minute reset');
    expect(tray.tooltip).toBe(englishWords.say(model.tooltip));
    expect(tray.image).toEqual({ path: '/opt/interlude/assets/tray/tray-session.png' }); // 09:49, in session
    tray.emit('click');
    expect(tray.poppedUp).toBe(1);
  });

  it('shows the prompt window without taking focus, and a notification, when a prompt fires', () => {
    time.advanceTo(Date.parse('2026-11-25T09:50:00Z'));
    const prompt = fake.windows.find((w) => w.url.endsWith('#prompt'))!;
    expect(prompt.visible).toBe(true);
    expect(prompt.focused).toBe(false);
    expect(prompt.position).toEqual([1920 + 1920 - 440 - 24, 1080 - 680 - 24]);
    expect(fake.notifications.map((n) => [n.options.title, n.shown])).toEqual([['Your session has ended', true]]);
    expect((fake.trays[0]!.image as { path: string }).path).toContain('tray-prompt');
    fake.notifications[0]!.emit('click');
    expect(prompt.focused).toBe(true);
  });

  it('offers Start and Snooze on the notification, and a pressed button answers the prompt', async () => {
    time.advanceTo(Date.parse('2026-11-25T09:50:00Z'));
    const notification = fake.notifications[0]!;
    expect(notification.options.actions).toEqual([
      { type: 'button', text: 'Start' },
      { type: 'button', text: 'In 5 minutes' },
    ]);
    notification.emit('action', {}, 1);
    await handle.core.flushed();
    expect(handle.core.snapshot().activePrompt).toBeNull();
    expect(handle.core.snapshot().journalToday.at(-1)).toMatchObject({ event: 'snoozed', reason: 'snooze' });
    time.advance(5 * 60_000);
    fake.notifications[1]!.emit('action', {}, 0);
    await handle.core.flushed();
    expect(handle.core.snapshot().activePrompt?.stage).toBe('exercise');
    const prompt = fake.windows.find((w) => w.url.endsWith('#prompt'))!;
    await vi.waitFor(() => expect(prompt.focused).toBe(true));
  });

  it('lets go of the prompt shortcut when the system closes the prompt window', () => {
    time.advanceTo(Date.parse('2026-11-25T09:50:00Z'));
    expect(fake.shortcuts.size).toBe(1);
    const prompt = fake.windows.find((w) => w.url.endsWith('#prompt'))!;
    let prevented = false;
    prompt.emit('close', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true); // hidden, not destroyed: it is needed again
    expect(prompt.visible).toBe(false);
    expect(fake.shortcuts.size).toBe(0);
  });

  it('still shows the prompt window when notifications are denied', () => {
    fake.notificationSupport.supported = false;
    time.advanceTo(Date.parse('2026-11-25T09:50:00Z'));
    expect(fake.notifications).toHaveLength(0);
    const prompt = fake.windows.find((w) => w.url.endsWith('#prompt'))!;
    expect(prompt.visible).toBe(true);
    expect(prompt.focused).toBe(false);
  });

  it('holds the prompt shortcut only while a prompt is on screen, and the shortcut focuses it', async () => {
    expect(fake.shortcuts.size).toBe(0);
    time.advanceTo(Date.parse('2026-11-25T09:50:00Z'));
    const prompt = fake.windows.find((w) => w.url.endsWith('#prompt'))!;
    expect(prompt.focused).toBe(false);
    fake.shortcuts.get('CommandOrControl+Alt+I')!();
    expect(prompt.focused).toBe(true);
    const promptId = handle.core.snapshot().activePrompt!.prompt.id;
    await handle.core.handlers.respondToPrompt({ promptId, action: 'skip' });
    expect(prompt.visible).toBe(false);
    expect(fake.shortcuts.size).toBe(0);
  });

  it('answers a valid request from its own window', async () => {
    const state = await fake.ipcHandlers.get(invokeChannels.getState.channel)!(trustedEvent(), undefined);
    expect(state).toMatchObject({ timeZone: 'UTC', activePrompt: null });
  });

  it('rejects an invalid payload with a clear error and changes nothing', async () => {
    time.advanceTo(Date.parse('2026-11-25T09:50:00Z'));
    await handle.core.flushed();
    const journalBefore = await readFile(join(userData, 'journal-2026-11.jsonl'), 'utf8');
    const respond = fake.ipcHandlers.get(invokeChannels.respondToPrompt.channel)!;
    await expect(
      respond(trustedEvent(), { promptId: handle.core.snapshot().activePrompt!.prompt.id, action: 'detonate' }),
    ).rejects.toThrow(/Rejected interlude:respond-to-prompt: action: Invalid option/);
    await expect(respond(trustedEvent(), 'start')).rejects.toThrow(/Rejected interlude:respond-to-prompt/);
    await handle.core.flushed();
    expect(await readFile(join(userData, 'journal-2026-11.jsonl'), 'utf8')).toBe(journalBefore);
    expect(handle.core.snapshot().activePrompt?.stage).toBe('offer');
  });

  it('rejects a request from any other sender: another page, a UNC path, a frame inside our page, a window not ours', async () => {
    const getState = fake.ipcHandlers.get(invokeChannels.getState.channel)!;
    const ours = trustedEvent().sender;
    const from = (url: string) => ({ sender: { mainFrame: { url } }, senderFrame: { url } });
    for (const event of [
      { sender: ours, senderFrame: { url: 'https://evil.example/' } },
      { sender: ours, senderFrame: { url: 'file:///tmp/other.html' } },
      // A UNC path on Windows: same path, another host.
      { sender: ours, senderFrame: { url: 'file://otherhost/opt/interlude/out/renderer/index.html' } },
      // An iframe inside our own page, with our own URL.
      { sender: ours, senderFrame: { url: `${RENDERER_URL}#prompt` } },
      // A page with our URL in a window we did not make.
      from(`${RENDERER_URL}#prompt`),
      { sender: ours, senderFrame: null },
    ]) {
      await expect(getState(event, undefined)).rejects.toThrow(/sender is not Interlude/);
    }
    expect(await getState(trustedEvent(), undefined)).toMatchObject({ timeZone: 'UTC' });
  });

  it('refuses every permission a page asks for, and keeps DevTools to development', () => {
    expect(fake.permissions.request?.('media')).toBe(false);
    expect(fake.permissions.request?.('notifications')).toBe(false);
    expect(fake.permissions.check?.()).toBe(false);
    expect(fake.permissions.device?.()).toBe(false);
    expect(fake.windows.every((window) => (window.options.webPreferences as { devTools: boolean }).devTools)).toBe(
      true,
    );
  });

  it('denies navigation and new windows, and opens only allow-listed https links', () => {
    const contents = fake.windows[0]!.webContents;
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://www.proqol.org/' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://www.proqol.org/']);
    expect(isAllowedExternalUrl('http://www.proqol.org/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@www.proqol.org/')).toBe(false);
  });

  it('re-plans when the system resumes', () => {
    time.sleep(2 * 60_000); // asleep across 09:50
    expect(fake.notifications).toHaveLength(0);
    fake.powerEvents.emit('resume');
    expect(fake.notifications).toHaveLength(1);
  });

  it('seals a subscribed feed address with safeStorage, so the token never reaches disk in the clear', async () => {
    const subscribe = fake.ipcHandlers.get(invokeChannels.subscribeCalendar.channel)!;
    expect(await subscribe(trustedEvent(), { url: 'webcal://ehr.example.com/feeds/SECRET-TOKEN-123.ics' })).toEqual({
      ok: true,
    });
    const files = await readdir(userData);
    const contents = await Promise.all(files.map((name) => readFile(join(userData, name), 'utf8')));
    expect(files).toContain('calendar-secrets.json');
    for (const content of contents) expect(content).not.toContain('SECRET-TOKEN-123');
    const { calendar } = handle.core.snapshot();
    expect(calendar).toMatchObject({ sources: [{ kind: 'feed' }], secretStorage: { encrypted: true } });
    expect(englishWords.say(calendar.sources[0]!.label)).toBe('ehr.example.com');
    expect(englishWords.say(calendar.secretStorage.note)).toBe(
      'Your check-ins, reflections and calendar addresses are encrypted, with a key your system keychain protects.',
    );
  });

  it('keeps running when every window is closed', () => {
    fake.appEvents.emit('window-all-closed');
    expect(fake.calls).not.toContain('quit');
  });

  it('pushes state changes to the windows', () => {
    time.advanceTo(Date.parse('2026-11-25T09:50:00Z'));
    const dashboard = fake.windows.find((w) => w.url.endsWith('#dashboard'))!;
    expect(dashboard.webContents.sent.at(-1)).toMatchObject({ channel: 'interlude:state-changed' });
  });
});
