import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DocumentStore } from '../core/ports';

const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

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
    await mkdir(this.directory, { recursive: true });
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

  async setAside(name: string): Promise<string> {
    const extension = extname(name);
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const keptAs = `${basename(name, extension)}.damaged-${stamp}${extension}`;
    await rename(this.pathOf(name), this.pathOf(keptAs));
    return keptAs;
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
