/** Seals small secrets with whatever protects them on this machine: the system keychain in the app. */
export interface Cipher {
  encrypt(plain: string): Promise<Buffer>;
  decrypt(sealed: Buffer): Promise<string>;
  /** Whether this really protects what it seals, and a sentence for the user saying how. */
  describe(): { encrypted: boolean; note: string };
}

/** For the preview, which has no keychain: its key is stored as it is, and the UI says where. */
export const plainTextCipher: Cipher = {
  encrypt: (plain) => Promise.resolve(Buffer.from(plain, 'utf8')),
  decrypt: (sealed) => Promise.resolve(sealed.toString('utf8')),
  describe: () => ({
    encrypted: false,
    note: 'This preview encrypts your data and calendar addresses, but keeps the key unprotected beside them, in data-key.json in its data folder. The desktop app protects the key with your system keychain.',
  }),
};
