import { z } from 'zod';
import { loadJsonDocument } from '../core/documents';
import { message, type Message } from '../shared/i18n/message';
import type { SecretStore } from '../core/calendar/ports';
import type { DocumentStore } from '../core/ports';
import { SerialQueue } from '../core/serial-queue';
import type { Cipher } from './cipher';

const DOCUMENT = 'calendar-secrets.json';
const SecretsSchema = z.record(z.string(), z.string());

/**
 * Feed addresses, sealed by a Cipher (Electron's safeStorage in the app), in one document. Every
 * change reads, changes and rewrites that document under one queue, so two at once both land.
 */
export class FileSecretStore implements SecretStore {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly store: DocumentStore,
    private readonly cipher: Cipher,
  ) {}

  async save(id: string, secret: string): Promise<void> {
    const sealed = (await this.cipher.encrypt(secret)).toString('base64');
    await this.queue.run(async () => {
      const secrets = await this.all();
      secrets[id] = sealed;
      await this.store.write(DOCUMENT, JSON.stringify(secrets));
    });
  }

  async load(id: string): Promise<string | undefined> {
    // In the queue too, so a read never sees a document half-way through a change.
    const sealed = await this.queue.run(async () => (await this.all())[id]);
    return sealed === undefined ? undefined : this.cipher.decrypt(Buffer.from(sealed, 'base64'));
  }

  remove(id: string): Promise<void> {
    return this.queue.run(async () => {
      const secrets = await this.all();
      if (!(id in secrets)) return;
      delete secrets[id];
      await this.store.write(DOCUMENT, JSON.stringify(secrets));
    });
  }

  ids(): Promise<string[]> {
    return this.queue.run(async () => Object.keys(await this.all()));
  }

  describe(): { encrypted: boolean; note: Message } {
    return this.cipher.describe();
  }

  private async all(): Promise<Record<string, string>> {
    return (
      await loadJsonDocument(this.store, DOCUMENT, SecretsSchema, {}, message('notices.documents.calendarAddresses'))
    ).value;
  }
}
