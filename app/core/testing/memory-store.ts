import type { DocumentStore } from '../ports';

export class MemoryStore implements DocumentStore {
  readonly documents = new Map<string, string>();
  private asideCount = 0;

  read(name: string): Promise<string | undefined> {
    return Promise.resolve(this.documents.get(name));
  }

  write(name: string, contents: string): Promise<void> {
    this.documents.set(name, contents);
    return Promise.resolve();
  }

  setAside(name: string): Promise<string> {
    const keptAs = `${name}.damaged-${++this.asideCount}`;
    const contents = this.documents.get(name);
    if (contents !== undefined) this.documents.set(keptAs, contents);
    this.documents.delete(name);
    return Promise.resolve(keptAs);
  }
}
