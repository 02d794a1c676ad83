import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { ehrExport, twoYearSeries } from '../tests/fixtures/calendars';
import { result, type BenchResult } from './results';

const run = promisify(execFile);
const COLD_RUNS = 5;

interface Probe {
  firstMs: number;
  againMs: number;
  events: number;
}

/**
 * Interlude's calendar reading against node-ical on the same generated files, each measured
 * cold in a fresh process, as the app meets a calendar. The probe is bundled the way the app
 * ships (no source transforms at run time).
 */
export async function measureCalendar(): Promise<BenchResult[]> {
  const directory = await mkdtemp(join(tmpdir(), 'interlude-bench-calendar-'));
  try {
    const probe = join(directory, 'probe.mjs');
    await build({
      entryPoints: ['bench/calendar-probe.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: probe,
      logLevel: 'warning',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    const ehr = join(directory, 'ehr-20000.ics');
    const twoYear = join(directory, 'two-year.ics');
    await writeFile(ehr, ehrExport(20_000));
    await writeFile(twoYear, twoYearSeries(300));
    const ehrWindow = ['2026-03-02T00:00:00Z', '2026-03-16T00:00:00Z'];
    const twoYearWindow = ['2026-06-01T00:00:00Z', '2026-06-15T00:00:00Z'];

    const median = async (library: string, file: string, window: string[], args: string[] = []): Promise<Probe> => {
      const runs: Probe[] = [];
      for (let i = 0; i < COLD_RUNS; i++) {
        const { stdout } = await run(process.execPath, [...args, probe, library, file, ...window]);
        runs.push(JSON.parse(stdout) as Probe);
      }
      runs.sort((a, b) => a.firstMs - b.firstMs);
      return runs[Math.floor(runs.length / 2)]!;
    };
    const ours = await median('interlude', ehr, ehrWindow);
    const theirs = await median('node-ical', ehr, ehrWindow);
    if (ours.events !== theirs.events)
      throw new Error(`The libraries disagree on the EHR window: ${ours.events} vs ${theirs.events} events.`);
    const oursTwoYear = await median('interlude', twoYear, twoYearWindow);
    const theirsTwoYear = await median('node-ical', twoYear, twoYearWindow);
    if (oursTwoYear.events !== theirsTwoYear.events)
      throw new Error(
        `The libraries disagree on the two-year window: ${oursTwoYear.events} vs ${theirsTwoYear.events}.`,
      );

    // Peak heap: the smallest old-space limit (MB) at which reading the 20,000-event file still
    // succeeds, plus the 16 MB young generation allowed alongside it.
    const fits = async (megabytes: number) =>
      run(process.execPath, [
        `--max-old-space-size=${megabytes}`,
        '--max-semi-space-size=8',
        probe,
        'interlude',
        ehr,
        ...ehrWindow,
      ]).then(
        () => true,
        () => false,
      );
    let low = 4;
    let high = 256;
    while (high - low > 2) {
      const middle = Math.floor((low + high) / 2);
      if (await fits(middle)) high = middle;
      else low = middle;
    }

    return [
      result('calendar.ehr_20000.parse_and_14_days', ours.firstMs, 'ms', 250),
      result('calendar.ehr_20000.node_ical', theirs.firstMs, 'ms', null),
      result('calendar.ehr_20000.speedup_vs_node_ical', theirs.firstMs / ours.firstMs, '×', 5, 'at-least'),
      result('calendar.two_year.first_parse_and_14_days', oursTwoYear.firstMs, 'ms', null),
      result('calendar.two_year.speedup_vs_node_ical', theirsTwoYear.firstMs / oursTwoYear.firstMs, '×', null),
      result('calendar.two_year.14_days_after_first_parse', oursTwoYear.againMs, 'ms', 20),
      result('calendar.ehr_20000.peak_heap', high + 16, 'MB', 80),
    ];
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
