import type { SafeStorage } from 'electron';
import type { Cipher } from '../node/file-secret-store';

/**
 * Seals feed addresses with the system keychain through Electron's safeStorage, using the
 * asynchronous API where this Electron and system offer it. On Linux without a keyring Electron
 * falls back to a fixed key ("basic_text"): that is not real encryption, and the UI says so.
 */
export function safeStorageCipher(safeStorage: SafeStorage, platform: NodeJS.Platform): Cipher {
  const asyncAvailable = (): Promise<boolean> =>
    typeof safeStorage.isAsyncEncryptionAvailable === 'function'
      ? safeStorage.isAsyncEncryptionAvailable()
      : Promise.resolve(false);
  return {
    async encrypt(plain) {
      if (await asyncAvailable()) return safeStorage.encryptStringAsync(plain);
      if (safeStorage.isEncryptionAvailable()) return safeStorage.encryptString(plain);
      throw new Error('This computer offers no way to encrypt the calendar address, so Interlude did not save it.');
    },
    async decrypt(sealed) {
      if (await asyncAvailable()) return (await safeStorage.decryptStringAsync(sealed)).result;
      return safeStorage.decryptString(sealed);
    },
    describe() {
      if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
        return {
          encrypted: false,
          note: 'This system has no keyring, so calendar addresses are only obscured, not truly encrypted. Installing a keyring (such as GNOME Keyring or KWallet) fixes this.',
        };
      }
      return { encrypted: true, note: 'Calendar addresses are encrypted with your system keychain.' };
    },
  };
}
