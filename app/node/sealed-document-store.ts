import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { safeJsonParse } from '../core/documents';
import { message, type Message, type MessageKey } from '../shared/i18n/message';
import type { AsideReason, DocumentStore } from '../core/ports';
import { isInterludeDocument } from '../core/user-data';
import type { Cipher } from './cipher';
import { containsSealed, DATA_KEY_BYTES, sealedLineCount, sealLine, UNREADABLE, unsealText } from './line-seal';

/** The data key, sealed by the Cipher. The one document not sealed by the data key itself. */
export const DATA_KEY_DOCUMENT = 'data-key.json';

const StoredKeySchema = z.object({
  version: z.literal(1),
  /** 'keychain': sealed by the Cipher. 'none': this machine offered no way to seal it, and the user was told. */
  protection: z.enum(['keychain', 'none']),
  key: z.string(),
  /** A known word sealed with the data key, so a key that unseals to something else is caught before any record is read. */
  check: z.string(),
});
type StoredKey = z.infer<typeof StoredKeySchema>;

const CHECK_WORD = 'interlude';

export interface OpenedSealedStore {
  store: SealedDocumentStore;
  /** For the user, when the key could not be opened. */
  notices: Message[];
}

/**
 * Every document encrypted at rest with AES-256-GCM under one random data key, and the data key
 * sealed by the system keychain (Signal keeps its database key the same way). Each write is one
 * sealed line, and each append another, so appends stay one write and a crash tears at most the
 * last line. Reads hand back the text as it was written; callers never see ciphertext.
 */
export class SealedDocumentStore implements DocumentStore {
  private key: Promise<Buffer> | undefined;

  private constructor(
    private readonly raw: DocumentStore,
    private readonly cipher: Cipher,
    key: Buffer | undefined,
  ) {
    this.key = key ? Promise.resolve(key) : undefined;
  }

  /**
   * Opens the data key. A key that will not unseal (a reset keychain, another machine's copy) or
   * that has gone missing while sealed documents remain leaves those documents unreadable: they
   * are set aside with the old key, never deleted, and Interlude starts afresh with a new key.
   * Documents written before encryption began are sealed now.
   */
  static async open(raw: DocumentStore, cipher: Cipher): Promise<OpenedSealedStore> {
    const stored = await raw.read(DATA_KEY_DOCUMENT);
    const opened = stored === undefined ? { missing: true as const } : await unsealKey(stored, cipher);
    if ('key' in opened) return { store: new SealedDocumentStore(raw, cipher, opened.key), notices: [] };

    const ours = (await raw.list()).filter((name) => isInterludeDocument(name) && name !== DATA_KEY_DOCUMENT);
    const sealed: string[] = [];
    const plain: string[] = [];
    for (const name of ours) {
      const text = (await raw.read(name)) ?? '';
      (containsSealed(text) ? sealed : plain).push(name);
    }
    if ('missing' in opened && sealed.length === 0) {
      const store = new SealedDocumentStore(raw, cipher, undefined);
      // Written before encryption began: sealed in place, each by one atomic write.
      for (const name of plain) await store.write(name, (await raw.read(name)) ?? '');
      return { store, notices: [] };
    }
    for (const name of ours) await raw.setAside(name, 'locked');
    if (stored !== undefined) await raw.setAside(DATA_KEY_DOCUMENT, 'locked');
    const count = ours.length;
    return {
      store: new SealedDocumentStore(raw, cipher, undefined),
      notices: [
        'missing' in opened
          ? message('notices.dataKeyMissing', { count })
          : message('notices.dataNotUnlocked', { count, reason: message(KEY_TROUBLE[opened.reason]) }),
      ],
    };
  }

  /**
   * Reads documents without ever writing: for a second process looking at the folder while the app
   * runs (the end-to-end tests). Throws if the key will not open.
   */
  static async reader(raw: DocumentStore, cipher: Cipher): Promise<Pick<DocumentStore, 'read' | 'list'>> {
    const stored = await raw.read(DATA_KEY_DOCUMENT);
    const opened = stored === undefined ? undefined : await unsealKey(stored, cipher);
    if (opened && 'reason' in opened) throw new Error(`The data key would not open: ${opened.reason}.`);
    return {
      list: () => raw.list(),
      read: async (name) => {
        const text = await raw.read(name);
        if (text === undefined || !containsSealed(text)) return text;
        if (!opened) throw new Error(`${name} is sealed, but there is no data key.`);
        return unsealText(opened.key, text);
      },
    };
  }

  async read(name: string): Promise<string | undefined> {
    const raw = await this.raw.read(name);
    if (raw === undefined || !containsSealed(raw)) return raw;
    return unsealText(await this.currentKey(), raw);
  }

  async write(name: string, contents: string): Promise<void> {
    await this.raw.write(name, sealLine(await this.currentKey(), contents));
  }

  async append(name: string, text: string): Promise<void> {
    await this.raw.append(name, sealLine(await this.currentKey(), text));
  }

  setAside(name: string, reason?: AsideReason): Promise<string> {
    return this.raw.setAside(name, reason);
  }

  copyAside(name: string): Promise<string> {
    return this.raw.copyAside(name);
  }

  list(): Promise<string[]> {
    return this.raw.list();
  }

  /** Removing the key (erase everything) forgets it here too: what is written next gets a new one. */
  async remove(name: string): Promise<void> {
    await this.raw.remove(name);
    if (name === DATA_KEY_DOCUMENT) this.key = undefined;
  }

  sweepTemporaryFiles(): Promise<number> {
    return this.raw.sweepTemporaryFiles();
  }

  /**
   * Each line costs a decryption of its own (about 5 µs, most of it setting up the cipher), so a
   * month appended to record by record is sealed again as one line once it is closed. A document
   * with a line that will not open is left as it is, for the repair that copies it aside first.
   */
  async consolidate(name: string): Promise<void> {
    const raw = await this.raw.read(name);
    if (raw === undefined || sealedLineCount(raw) < 2) return;
    const text = unsealText(await this.currentKey(), raw);
    if (!text.includes(UNREADABLE)) await this.write(name, text);
  }

  /** Made on first use, once: two writes at once share one new key. */
  private currentKey(): Promise<Buffer> {
    this.key ??= this.createKey().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  private async createKey(): Promise<Buffer> {
    const key = randomBytes(DATA_KEY_BYTES);
    const check = sealLine(key, CHECK_WORD);
    let stored: StoredKey;
    try {
      const sealed = await this.cipher.encrypt(key.toString('base64'));
      stored = { version: 1, protection: 'keychain', key: sealed.toString('base64'), check };
    } catch {
      // No keychain at all (the Cipher's describe() tells the user): encrypted, with the key kept plainly, beats not starting.
      stored = { version: 1, protection: 'none', key: key.toString('base64'), check };
    }
    await this.raw.write(DATA_KEY_DOCUMENT, JSON.stringify(stored));
    return key;
  }
}

type KeyTrouble = 'damaged' | 'mismatch' | 'keychain';

/** Why the key would not open, as the user is told it. */
const KEY_TROUBLE = {
  damaged: 'notices.keyTrouble.damaged',
  mismatch: 'notices.keyTrouble.mismatch',
  keychain: 'notices.keyTrouble.keychain',
} as const satisfies Record<KeyTrouble, MessageKey>;

async function unsealKey(text: string, cipher: Cipher): Promise<{ key: Buffer } | { reason: KeyTrouble }> {
  const parsed = safeJsonParse(text);
  const stored = parsed.ok ? StoredKeySchema.safeParse(parsed.value) : undefined;
  if (!stored?.success) return { reason: 'damaged' };
  try {
    const encoded =
      stored.data.protection === 'none'
        ? stored.data.key
        : await cipher.decrypt(Buffer.from(stored.data.key, 'base64'));
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== DATA_KEY_BYTES || unsealText(key, stored.data.check) !== CHECK_WORD) {
      return { reason: 'mismatch' };
    }
    return { key };
  } catch {
    return { reason: 'keychain' };
  }
}
