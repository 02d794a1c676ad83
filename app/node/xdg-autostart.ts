import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LoginItem } from '../core/login-item';
import type { LoginItemStatus } from '../shared/domain';

export const AUTOSTART_FILE = 'interlude.desktop';

/**
 * Where the autostart entry goes and what it runs: `$XDG_CONFIG_HOME/autostart` (else
 * `~/.config/autostart`), and the AppImage itself when running from one, since the executable
 * inside it lives on a mount that changes every run.
 */
export function autostartTarget(
  env: NodeJS.ProcessEnv,
  executable: string,
  home: string = homedir(),
): { directory: string; command: string } {
  const configHome = env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
  return { directory: join(configHome, 'autostart'), command: env.APPIMAGE || executable };
}

/** One argument of an Exec line, quoted as the Desktop Entry specification asks. */
export function quoteExecArgument(argument: string): string {
  const escaped = argument.replace(/[\\"`$]/g, (character) => `\\${character}`).replace(/%/g, '%%');
  return /[\s"'\\><~|&;$*?#()`%]/.test(argument) ? `"${escaped}"` : escaped;
}

export function autostartEntry(command: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Interlude',
    'Comment=Short pauses between your sessions',
    `Exec=${quoteExecArgument(command)} --hidden`,
    'Icon=interlude',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Opening at login on Linux, as Stretchly and BreakTimer do it: an XDG autostart entry that the
 * desktop runs at login. Written whole (through a temporary file) or removed; an entry left by an
 * older copy of the app at another path is rewritten to this one when read.
 */
export class XdgAutostart implements LoginItem {
  constructor(private readonly target: { directory: string; command: string }) {}

  private get path(): string {
    return join(this.target.directory, AUTOSTART_FILE);
  }

  async status(): Promise<LoginItemStatus> {
    const text = await readFile(this.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (text === null) return 'off';
    // A user who turned the entry off in their desktop's startup settings has turned it off.
    if (/^X-GNOME-Autostart-enabled=false$/m.test(text) || /^Hidden=true$/m.test(text)) return 'off';
    if (text !== autostartEntry(this.target.command)) await this.write();
    return 'on';
  }

  async setOpenAtLogin(open: boolean): Promise<LoginItemStatus> {
    if (open) await this.write();
    else await rm(this.path, { force: true });
    return open ? 'on' : 'off';
  }

  private async write(): Promise<void> {
    await mkdir(this.target.directory, { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, autostartEntry(this.target.command), { mode: 0o644 });
    await rename(temporary, this.path);
  }
}
