import type { Message } from '../../shared/i18n/message';
import { Interlude, type InterludeDeps } from '../interlude';
import type { DocumentStore } from '../ports';
import { MemoryStore } from './memory-store';
import { RecordingShell, silentLog } from './recording-shell';
import type { VirtualTime } from './virtual-time';

/** A feed fetcher for tests that never reach a network. */
export const offline = (): Promise<never> => Promise.reject(new Error('offline'));

/** A core on virtual time and an in-memory disk (or the store given), started: for tests and the bench. */
export async function startedCore<Store extends DocumentStore = MemoryStore>(
  time: VirtualTime,
  store: Store = new MemoryStore() as DocumentStore as Store,
  calendar?: InterludeDeps['calendar'],
  startupNotices: Message[] = [],
): Promise<{ core: Interlude; shell: RecordingShell; store: Store }> {
  const shell = new RecordingShell();
  const core = new Interlude({
    clock: time,
    timers: time,
    store,
    shell,
    log: silentLog,
    startupNotices,
    ...(calendar ? { calendar } : {}),
  });
  await core.start();
  return { core, shell, store };
}
