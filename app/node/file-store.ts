import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { AsideReason, DocumentStore } from '../core/ports';

const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;
/** The suffix write() gives its temporary files, and only those. */
const TEMPORARY = /\.[0-9a-f]{12}\.tmp$/;

/**
 * Documents as files in one folder. Writes go to a temporary file that is fsynced and then
 * renamed over the original, so a crash leaves either the old or the new contents, never a mix.
 */
export class FileStore implements DocumentStore {
  constructor(
    readonly directory: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async read(name: string): Promise<string | undefined> {
    try {
      return await readFile(this.pathOf(name), 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async write(name: string, contents: string): Promise<void> {
    const target = this.pathOf(name);
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const file = await open(temporary, 'w', 0o600);
    try {
      await file.writeFile(contents, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    await this.syncDirectory();
  }

  /** One write and one fsync, so a record costs the same whatever the document's length. */
  async append(name: string, text: string): Promise<void> {
    const target = this.pathOf(name);
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const file = await open(target, 'a', 0o600);
    let created: boolean;
    try {
      created = (await file.stat()).size === 0;
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    // A new file's name is only durable once its folder is.
    if (created) await this.syncDirectory();
  }

  async setAside(name: string, reason: AsideReason = 'damaged'): Promise<string> {
    const keptAs = this.asideName(name, reason);
    await rename(this.pathOf(name), this.pathOf(keptAs));
    await this.syncDirectory();
    return keptAs;
  }

  async copyAside(name: string): Promise<string> {
    const keptAs = this.asideName(name);
    await copyFile(this.pathOf(name), this.pathOf(keptAs), constants.COPYFILE_EXCL);
    const copy = await open(this.pathOf(keptAs), 'r+');
    try {
      await copy.sync();
    } finally {
      await copy.close();
    }
    await this.syncDirectory();
    return keptAs;
  }

  async list(): Promise<string[]> {
    try {
      // Documents only: a folder beside them (the preview keeps its autostart entry in one) is not one.
      return (await readdir(this.directory, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && SAFE_NAME.test(entry.name) && !TEMPORARY.test(entry.name))
        .map((entry) => entry.name);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  async remove(name: string): Promise<void> {
    await rm(this.pathOf(name), { force: true });
  }

  async sweepTemporaryFiles(): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch (error) {
      if (isMissing(error)) return 0;
      throw error;
    }
    const leftovers = names.filter((name) => TEMPORARY.test(name));
    await Promise.all(leftovers.map((name) => rm(join(this.directory, name), { force: true })));
    return leftovers.length;
  }

  private asideName(name: string, reason: AsideReason = 'damaged'): string {
    const extension = extname(name);
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    return `${basename(name, extension)}.${reason}-${stamp}${extension}`;
  }

  private pathOf(name: string): string {
    if (!SAFE_NAME.test(name)) throw new Error(`Not a document name: ${name}`);
    return join(this.directory, name);
  }

  /** Makes the rename itself durable. Not every platform can open a directory (Windows), so it is best effort. */
  private async syncDirectory(): Promise<void> {
    try {
      const directory = await open(this.directory, 'r');
      try {
        await directory.sync();
      } finally {
        await directory.close();
      }
    } catch {
      // Best effort only.
    }
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
