import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTOSTART_FILE, autostartEntry, autostartTarget, quoteExecArgument, XdgAutostart } from './xdg-autostart';

let configHome: string;
beforeEach(async () => {
  configHome = await mkdtemp(join(tmpdir(), 'interlude-xdg-'));
});
afterEach(() => rm(configHome, { recursive: true, force: true }));

const entryPath = () => join(configHome, 'autostart', AUTOSTART_FILE);

describe('opening at login on Linux', () => {
  it('finds the autostart folder under XDG_CONFIG_HOME, else ~/.config, and runs the AppImage when there is one', () => {
    expect(autostartTarget({ XDG_CONFIG_HOME: configHome }, '/opt/Interlude/interlude', '/home/ana')).toEqual({
      directory: join(configHome, 'autostart'),
      command: '/opt/Interlude/interlude',
    });
    expect(autostartTarget({}, '/opt/Interlude/interlude', '/home/ana').directory).toBe('/home/ana/.config/autostart');
    // A relative XDG_CONFIG_HOME is invalid by the specification and ignored.
    expect(autostartTarget({ XDG_CONFIG_HOME: 'rel' }, '/x', '/home/ana').directory).toBe(
      '/home/ana/.config/autostart',
    );
    expect(
      autostartTarget({ APPIMAGE: '/home/ana/Apps/Interlude-1.0.AppImage' }, '/tmp/.mount_Inter/interlude').command,
    ).toBe('/home/ana/Apps/Interlude-1.0.AppImage');
  });

  it('writes an entry that starts Interlude hidden, then removes it', async () => {
    const item = new XdgAutostart(autostartTarget({ XDG_CONFIG_HOME: configHome }, '/opt/Interlude/interlude'));
    expect(await item.status()).toBe('off');
    expect(await item.setOpenAtLogin(true)).toBe('on');
    const text = await readFile(entryPath(), 'utf8');
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Interlude\n/);
    expect(text).toContain('\nExec=/opt/Interlude/interlude --hidden\n');
    expect(await item.status()).toBe('on');
    // No temporary file is left beside it.
    expect(await readdir(join(configHome, 'autostart'))).toEqual([AUTOSTART_FILE]);
    expect(await item.setOpenAtLogin(false)).toBe('off');
    expect(await readdir(join(configHome, 'autostart'))).toEqual([]);
    expect(await item.status()).toBe('off');
    // Removing what is not there is not an error.
    expect(await item.setOpenAtLogin(false)).toBe('off');
  });

  it('updates an entry left by a copy of the app that has since moved', async () => {
    await new XdgAutostart({
      directory: join(configHome, 'autostart'),
      command: '/old/Interlude.AppImage',
    }).setOpenAtLogin(true);
    const moved = new XdgAutostart({ directory: join(configHome, 'autostart'), command: '/new/Interlude.AppImage' });
    expect(await moved.status()).toBe('on');
    expect(await readFile(entryPath(), 'utf8')).toContain('Exec=/new/Interlude.AppImage --hidden');
  });

  it('counts an entry the user turned off in their desktop’s startup settings as off', async () => {
    await mkdir(join(configHome, 'autostart'), { recursive: true });
    await writeFile(entryPath(), autostartEntry('/opt/i').replace('enabled=true', 'enabled=false'));
    expect(await new XdgAutostart({ directory: join(configHome, 'autostart'), command: '/opt/i' }).status()).toBe(
      'off',
    );
  });

  it('quotes a path with spaces or special characters as the Desktop Entry specification asks', () => {
    expect(quoteExecArgument('/opt/Interlude/interlude')).toBe('/opt/Interlude/interlude');
    expect(quoteExecArgument('/home/ana/My Apps/Interlude.AppImage')).toBe('"/home/ana/My Apps/Interlude.AppImage"');
    expect(quoteExecArgument('/home/ana/$HOME"x`/100%')).toBe('"/home/ana/\\$HOME\\"x\\`/100%%"');
  });
});
