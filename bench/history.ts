import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Interlude } from '../app/core/interlude';
import { Journal } from '../app/core/journal';
import type { DocumentStore } from '../app/core/ports';
import { LOOKAHEAD_MS } from '../app/core/moment';
import { computePatterns } from '../app/core/patterns/compute-patterns';
import { planPrompts } from '../app/core/planner';
import { templateSessionsBetween } from '../app/core/schedule';
import { RecordingShell } from '../app/core/testing/recording-shell';
import { MemoryStore } from '../app/core/testing/memory-store';
import { syntheticHistory, writeSyntheticHistory, type SyntheticHistory } from '../app/core/testing/synthetic-history';
import { VirtualTime } from '../app/core/testing/virtual-time';
import { plainTextCipher } from '../app/node/cipher';
import { FileStore } from '../app/node/file-store';
import { SealedDocumentStore } from '../app/node/sealed-document-store';
import { localDateKey } from '../app/shared/local-date';
import type { PatternsRange } from '../app/shared/patterns';
import { DEFAULT_SETTINGS } from '../app/shared/settings';
import { result, type BenchResult } from './results';

const TIME_ZONE = 'America/Chicago';
const NOW = Date.parse('2026-12-01T16:00:00Z');
const DAY = 86_400_000;
const quiet = { info: () => undefined, warn: () => undefined };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The data folder as the app opens it: every document encrypted (the preview's cipher stands in for the keychain). */
async function sealedStore(raw: DocumentStore) {
  return (await SealedDocumentStore.open(raw, plainTextCipher)).store;
}

/**
 * The history encrypted as the app leaves it: each record sealed by its own append. Appended in
 * memory, then copied to disk, since 42,000 appends each made durable would take minutes.
 */
async function writeSealedHistory(directory: string, history: SyntheticHistory) {
  const memory = new MemoryStore();
  await writeSyntheticHistory(await sealedStore(memory), history, TIME_ZONE, { appendEach: true });
  const disk = new FileStore(directory);
  for (const name of await memory.list()) await disk.write(name, (await memory.read(name)) ?? '');
}

async function appendTimes(journal: Journal): Promise<number[]> {
  const appends: number[] = [];
  for (let n = 0; n < 200; n++) {
    const started = performance.now();
    await journal.append({ at: NOW + n * 1000, promptId: `bench@${n}`, kind: 'reset', event: 'offered' });
    appends.push(performance.now() - started);
  }
  return appends;
}

/**
 * A fresh core started on the folder, then the year's Patterns opened as the first view would:
 * read from disk. The first run reads months as appended; it consolidates the closed ones, which
 * is what every later start finds.
 */
async function startAndOpenPatterns(open: () => Promise<DocumentStore>) {
  const starts: number[] = [];
  const patterns: number[] = [];
  for (let run = 0; run < 7; run++) {
    const time = new VirtualTime(NOW, TIME_ZONE);
    const started = performance.now();
    const core = new Interlude({
      clock: time,
      timers: time,
      store: await open(),
      shell: new RecordingShell(),
      log: quiet,
    });
    await core.start();
    starts.push(performance.now() - started);
    const opened = performance.now();
    await core.handlers.getPatterns({ range: '1y' });
    patterns.push(performance.now() - opened);
    await core.flushed();
    core.stop();
  }
  return { start: median(starts), firstPatterns: patterns[0]!, patterns: median(patterns.slice(1)) };
}

/** Three years of made-up history on disk, encrypted as the app keeps it, as the figures for a long-time user. */
export async function measureHistory(): Promise<BenchResult[]> {
  const directory = await mkdtemp(join(tmpdir(), 'interlude-bench-history-'));
  const plainDirectory = await mkdtemp(join(tmpdir(), 'interlude-bench-plain-'));
  try {
    const history = syntheticHistory({ weeks: 156, end: NOW, timeZone: TIME_ZONE, extraSessions: 4 });
    await writeSealedHistory(directory, history);
    const records = history.journal.length + history.diary.length + history.days.length;

    const sealed = await startAndOpenPatterns(() => sealedStore(new FileStore(directory)));
    // The same history unencrypted, for the cost of encryption alone.
    await writeSyntheticHistory(new FileStore(plainDirectory), history, TIME_ZONE);
    const plain = await startAndOpenPatterns(() => Promise.resolve(new FileStore(plainDirectory)));

    const options = { timeZone: () => TIME_ZONE, now: () => NOW };
    const { journal } = await Journal.open(await sealedStore(new FileStore(directory)), options);
    // One re-plan as a wake makes it: the moment's sessions, and the journal as loaded from three years on disk.
    const sameDay = (a: number, b: number) => localDateKey(a, TIME_ZONE) === localDateKey(b, TIME_ZONE);
    const sessions = templateSessionsBetween(DEFAULT_SETTINGS.template, NOW - DAY, NOW + LOOKAHEAD_MS, TIME_ZONE);
    const replans: number[] = [];
    for (let run = 0; run < 50; run++) {
      const now = NOW + run * 60_000;
      const started = performance.now();
      planPrompts({ sessions, settings: DEFAULT_SETTINGS, journal: journal.entries(), pause: null, now, sameDay });
      replans.push(performance.now() - started);
    }

    const appends = await appendTimes(journal);
    // The same appends unencrypted, for the cost of encryption alone.
    const plainAppends = await appendTimes((await Journal.open(new FileStore(plainDirectory), options)).journal);

    // Patterns worked out from records already read, as the view asks for them.
    const patternsMs = (range: PatternsRange, weeks: number) => {
      const from = NOW - weeks * 7 * DAY;
      const input = {
        range,
        now: NOW,
        timeZone: TIME_ZONE,
        journal: history.journal.filter((entry) => entry.at >= from),
        diary: history.diary.filter((record) => record.at >= from),
        days: history.days.filter((day) => day.at >= from),
        people: history.people.people,
        supportBefore: [],
        daysSinceDayOff: null,
      };
      const runs: number[] = [];
      for (let run = 0; run < 15; run++) {
        const started = performance.now();
        computePatterns(input);
        runs.push(performance.now() - started);
      }
      return median(runs);
    };

    return [
      result('history.records_in_3_years', records, 'records', null),
      result('patterns.12_weeks', patternsMs('12w', 12), 'ms', 20),
      result('patterns.1_year', patternsMs('1y', 53), 'ms', 80),
      result('journal.append.median', median(appends), 'ms', 5),
      result('journal.append.max', Math.max(...appends), 'ms', 20),
      result('journal.append.unencrypted_median', median(plainAppends), 'ms', null),
      // For the cost of encryption (the patterns issue budgets only the working out, above): the year's
      // records read, decrypted and worked out on a fresh start, against the same unencrypted.
      result('patterns.1_year_from_disk', sealed.patterns, 'ms', null),
      result('patterns.1_year_from_disk_unencrypted', plain.patterns, 'ms', null),
      result('patterns.1_year_from_disk_before_consolidation', sealed.firstPatterns, 'ms', null),
      result('core.start_with_3_years', sealed.start, 'ms', 100),
      result('core.start_with_3_years_unencrypted', plain.start, 'ms', null),
      result('planner.replan_with_3_years', median(replans), 'ms', 1),
    ];
  } finally {
    await rm(directory, { recursive: true, force: true });
    await rm(plainDirectory, { recursive: true, force: true });
  }
}
