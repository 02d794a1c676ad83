/**
 * A journal writer for the crash test: appends records one after another and prints each
 * record's id once its append has resolved, i.e. once Interlude would have told the user it
 * was saved. The test kills it with SIGKILL at an arbitrary moment.
 */
import { Journal } from '../../core/journal';
import { FileStore } from '../file-store';

const [directory, prefix] = process.argv.slice(2) as [string, string];
const store = new FileStore(directory);
await store.sweepTemporaryFiles();
const { journal } = await Journal.open(store, { timeZone: () => 'UTC', now: () => Date.now() });
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const promptId = `${prefix}-${n}`;
  await journal.append({ at: Date.now(), promptId, kind: 'reset', event: 'offered' });
  process.stdout.write(`${promptId}\n`);
}
