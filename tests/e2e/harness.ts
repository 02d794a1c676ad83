import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JournalEntry } from '../../app/shared/domain';
import { DEFAULT_SETTINGS, type Settings } from '../../app/shared/settings';
import { plainTextCipher } from '../../app/node/cipher';
import { FileStore } from '../../app/node/file-store';
import { SealedDocumentStore } from '../../app/node/sealed-document-store';
import { middayZone } from './midday-zone';

export interface Harness {
  url: string;
  dataDirectory: string;
  /** When the demo's running session ends. */
  sessionEnd: number;
  journalOnDisk(): Promise<JournalEntry[]>;
  /** A document of the data folder as the app reads it: decrypted with the preview's key. */
  readDocument: (name: string) => Promise<string>;
  /** The names of the data folder's documents. */
  documents: () => Promise<string[]>;
  /** Everything the harness has printed, stdout and stderr. */
  logs(): string;
  stop(): Promise<void>;
}

/** Runs `npm run preview`'s own entry point, exactly as a newcomer would, and reads what it prints. */
export async function startHarness(
  firstEndInSeconds: number | null,
  {
    gapMinutes = 6,
    seedWeeks = 0,
    seedArgs = [] as string[],
    settings = null as Partial<Settings> | null,
    /** The system's languages the preview reports, e.g. ['es-MX']; English unless given. */
    systemLanguages = ['en-US'],
  } = {},
): Promise<Harness> {
  const dataDirectory = await mkdtemp(join(tmpdir(), 'interlude-e2e-'));
  // `npm run seed-history`'s own entry point, as the README tells a newcomer to run it.
  if (seedWeeks > 0) {
    const seeded = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'app/cli/seed-history.ts',
        '--weeks',
        String(seedWeeks),
        '--data',
        dataDirectory,
        '--tz',
        middayZone(),
        ...seedArgs,
      ],
      { stdio: 'ignore' },
    );
    const code = await new Promise((resolve) => seeded.once('exit', resolve));
    if (code !== 0) throw new Error(`seed-history exited with ${String(code)}`);
  }
  // As if the user had already chosen these in the app: the same file the app writes.
  if (settings) {
    await writeFile(
      join(dataDirectory, 'settings.json'),
      JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2),
    );
  }
  const demo =
    firstEndInSeconds === null
      ? []
      : ['--demo', '--first-end-in', String(firstEndInSeconds), '--gap-minutes', String(gapMinutes)];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'app/preview/cli.ts',
      ...demo,
      '--port',
      '0',
      '--data',
      dataDirectory,
      '--system-language',
      systemLanguages.join(','),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TZ: middayZone() },
    },
  );
  let output = '';
  const { url, sessionEnd } = await new Promise<{ url: string; sessionEnd: number }>((resolve, reject) => {
    // Only a guard against a hang: several previews starting at once on a busy 2-core machine take a while.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The preview did not start:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Interlude preview: (\S+)/.exec(output)?.[1];
      const end = /ends at .*\[(\S+)\]/.exec(output)?.[1];
      if (url && (end || firstEndInSeconds === null)) {
        clearTimeout(timer);
        resolve({ url, sessionEnd: end ? Date.parse(end) : Number.NaN });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The preview exited with ${code}:\n${output}`)));
  });
  // Read as a second process would while the app runs: through the app's own decryption, never writing.
  const disk = new FileStore(dataDirectory);
  const documents = () => disk.list();
  const readDocument = async (name: string) =>
    (await (await SealedDocumentStore.reader(disk, plainTextCipher)).read(name)) ?? '';
  return {
    url,
    dataDirectory,
    sessionEnd,
    readDocument,
    documents,
    async journalOnDisk() {
      const months = (await documents()).filter((name) => /^journal-\d{4}-\d{2}\.jsonl$/.test(name)).sort();
      const texts = await Promise.all(months.map(readDocument));
      return texts
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as JournalEntry);
    },
    logs: () => output,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDirectory, { recursive: true, force: true });
    },
  };
}
