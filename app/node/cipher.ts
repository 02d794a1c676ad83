import { message, type Message } from '../shared/i18n/message';

/** Seals small secrets with whatever protects them on this machine: the system keychain in the app. */
export interface Cipher {
  encrypt(plain: string): Promise<Buffer>;
  decrypt(sealed: Buffer): Promise<string>;
  /** Whether this really protects what it seals, and a message for the user saying how. */
  describe(): { encrypted: boolean; note: Message };
}

/** For the preview, which has no keychain: its key is stored as it is, and the UI says where. */
export const plainTextCipher: Cipher = {
  encrypt: (plain) => Promise.resolve(Buffer.from(plain, 'utf8')),
  decrypt: (sealed) => Promise.resolve(sealed.toString('utf8')),
  describe: () => ({ encrypted: false, note: message('calendar.storage.preview', { file: 'data-key.json' }) }),
};
