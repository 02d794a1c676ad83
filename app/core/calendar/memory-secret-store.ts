import { message, type Message } from '../../shared/i18n/message';
import type { SecretStore } from './ports';

/** Keeps secrets in memory only: for tests, and for hosts with no safe place to put them. */
export function memorySecretStore(note: Message = message('calendar.storage.memoryOnly')): SecretStore {
  const secrets = new Map<string, string>();
  return {
    save: (id, secret) => Promise.resolve(void secrets.set(id, secret)),
    load: (id) => Promise.resolve(secrets.get(id)),
    remove: (id) => Promise.resolve(void secrets.delete(id)),
    ids: () => Promise.resolve([...secrets.keys()]),
    describe: () => ({ encrypted: false, note }),
  };
}
