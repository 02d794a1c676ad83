import type { AsideReason, DocumentStore } from '../ports';

/** Documents in a map. A write or append can be made to fail, as a full disk would. */
export class MemoryStore implements DocumentStore {
  readonly documents = new Map<string, string>();
  /** When set, every write and append rejects with it. */
  failWrites: Error | null = null;
  private asideCount = 0;

  read(name: string): Promise<string | undefined> {
    return Promise.resolve(this.documents.get(name));
  }

  write(name: string, contents: string): Promise<void> {
    if (this.failWrites) return Promise.reject(this.failWrites);
    this.documents.set(name, contents);
    return Promise.resolve();
  }

  append(name: string, text: string): Promise<void> {
    if (this.failWrites) return Promise.reject(this.failWrites);
    this.documents.set(name, (this.documents.get(name) ?? '') + text);
    return Promise.resolve();
  }

  setAside(name: string, reason: AsideReason = 'damaged'): Promise<string> {
    const keptAs = this.copy(name, reason);
    this.documents.delete(name);
    return Promise.resolve(keptAs);
  }

  copyAside(name: string): Promise<string> {
    return Promise.resolve(this.copy(name));
  }

  private copy(name: string, reason: AsideReason = 'damaged'): string {
    const keptAs = `${name}.${reason}-${++this.asideCount}`;
    const contents = this.documents.get(name);
    if (contents !== undefined) this.documents.set(keptAs, contents);
    return keptAs;
  }

  list(): Promise<string[]> {
    return Promise.resolve([...this.documents.keys()]);
  }

  remove(name: string): Promise<void> {
    this.documents.delete(name);
    return Promise.resolve();
  }

  sweepTemporaryFiles(): Promise<number> {
    return Promise.resolve(0);
  }
}
