import type { SafeStorage } from 'electron';
import type { Cipher } from '../node/cipher';

/**
 * Seals the data key and the feed addresses with the system keychain through Electron's safeStorage, using the
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
      throw new Error('This computer offers no keychain to encrypt with, so Interlude did not save it.');
    },
    async decrypt(sealed) {
      if (await asyncAvailable()) return (await safeStorage.decryptStringAsync(sealed)).result;
      return safeStorage.decryptString(sealed);
    },
    describe() {
      if (!safeStorage.isEncryptionAvailable()) {
        return {
          encrypted: false,
          note: 'This computer offers no keychain, so Interlude keeps the key to your encrypted data unprotected beside it, and cannot save calendar addresses.',
        };
      }
      if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
        return {
          encrypted: false,
          note: 'This system has no keyring, so the key to your encrypted data, and your calendar addresses, are only obscured, not truly protected. Installing a keyring (such as GNOME Keyring or KWallet) fixes this.',
        };
      }
      return {
        encrypted: true,
        note: 'Your check-ins, reflections and calendar addresses are encrypted, with a key your system keychain protects.',
      };
    },
  };
}
