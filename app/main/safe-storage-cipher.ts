import type { SafeStorage } from 'electron';
import { CalendarError } from '../core/calendar/calendar-error';
import type { Cipher } from '../node/cipher';
import { message } from '../shared/i18n/message';

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
      // What it seals that the user hears about is a calendar's address (the data key falls back quietly).
      throw new CalendarError(message('calendar.storage.cannotEncrypt'));
    },
    async decrypt(sealed) {
      if (await asyncAvailable()) return (await safeStorage.decryptStringAsync(sealed)).result;
      return safeStorage.decryptString(sealed);
    },
    describe() {
      if (!safeStorage.isEncryptionAvailable()) {
        return { encrypted: false, note: message('calendar.storage.noKeychain') };
      }
      if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
        return { encrypted: false, note: message('calendar.storage.noKeyring') };
      }
      return { encrypted: true, note: message('calendar.storage.keychain') };
    },
  };
}
