import { Interlude, type InterludeDeps } from '../interlude';
import { MemoryStore } from './memory-store';
import { RecordingShell, silentLog } from './recording-shell';
import type { VirtualTime } from './virtual-time';

/** A core on virtual time and an in-memory disk, started: for tests and the bench. */
export async function startedCore(
  time: VirtualTime,
  store = new MemoryStore(),
  calendar?: InterludeDeps['calendar'],
): Promise<{ core: Interlude; shell: RecordingShell; store: MemoryStore }> {
  const shell = new RecordingShell();
  const core = new Interlude({
    clock: time,
    timers: time,
    store,
    shell,
    log: silentLog,
    ...(calendar ? { calendar } : {}),
  });
  await core.start();
  return { core, shell, store };
}
