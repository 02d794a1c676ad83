import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Interlude } from '../app/core/interlude';
import { Journal } from '../app/core/journal';
import { LOOKAHEAD_MS } from '../app/core/moment';
import { computePatterns } from '../app/core/patterns/compute-patterns';
import { planPrompts } from '../app/core/planner';
import { templateSessionsBetween } from '../app/core/schedule';
import { RecordingShell } from '../app/core/testing/recording-shell';
import { syntheticHistory, writeSyntheticHistory } from '../app/core/testing/synthetic-history';
import { VirtualTime } from '../app/core/testing/virtual-time';
import { FileStore } from '../app/node/file-store';
import { localDateKey } from '../app/shared/local-date';
import type { PatternsRange } from '../app/shared/patterns';
import { DEFAULT_SETTINGS } from '../app/shared/settings';
import { result, type BenchResult } from './results';

const TIME_ZONE = 'America/Chicago';
const NOW = Date.parse('2026-12-01T16:00:00Z');
const DAY = 86_400_000;
const quiet = { info: () => undefined, warn: () => undefined };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Three years of made-up history on disk, as the figures for a long-time user. */
export async function measureHistory(): Promise<BenchResult[]> {
  const directory = await mkdtemp(join(tmpdir(), 'interlude-bench-history-'));
  try {
    const history = syntheticHistory({ weeks: 156, end: NOW, timeZone: TIME_ZONE, extraSessions: 4 });
    await writeSyntheticHistory(new FileStore(directory), history, TIME_ZONE);
    const records = history.journal.length + history.diary.length + history.days.length;

    const starts: number[] = [];
    for (let run = 0; run < 7; run++) {
      const time = new VirtualTime(NOW, TIME_ZONE);
      const core = new Interlude({
        clock: time,
        timers: time,
        store: new FileStore(directory),
        shell: new RecordingShell(),
        log: quiet,
      });
      const started = performance.now();
      await core.start();
      starts.push(performance.now() - started);
      core.stop();
    }

    const options = { timeZone: () => TIME_ZONE, now: () => NOW };
    const { journal } = await Journal.open(new FileStore(directory), options);
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

    const appends: number[] = [];
    for (let n = 0; n < 200; n++) {
      const started = performance.now();
      await journal.append({ at: NOW + n * 1000, promptId: `bench@${n}`, kind: 'reset', event: 'offered' });
      appends.push(performance.now() - started);
    }

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
      result('core.start_with_3_years', median(starts), 'ms', 100),
      result('planner.replan_with_3_years', median(replans), 'ms', 1),
    ];
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
