/** What `npm run seed-history` does, as a function: the CLI entry only wires it to the process. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIanaZone } from '../core/calendar/time-zones';
import { syntheticHistory, writeSyntheticHistory } from '../core/testing/synthetic-history';
import { isInterludeDocument } from '../core/user-data';
import { FileStore } from '../node/file-store';

const USAGE = `Usage: npm run seed-history -- --data DIR [--weeks N] [--tz IANA-zone] [--seed N]

  Writes a made-up history (varied days, heavier weeks, skipped resets, days off, check-ins
  about 75% complete) into DIR, for the preview and the tests: npm run preview -- --data DIR.
  DIR must hold no Interlude data yet; nothing already there is changed.
  --weeks N   how many weeks back, through yesterday (default 12, at most 260)
  --tz ZONE   the zone the days are in (default: this computer's)
  --seed N    another seed gives another history (default 7)
  --without-day-off N
              the last N days all have sessions, weekends too (default 0), to see the day-off nudge`;

export async function seedHistoryCommand(
  args: string[],
  io: { out: (text: string) => void; err: (text: string) => void },
  now = Date.now(),
): Promise<number> {
  let values: { data?: string; weeks: string; tz?: string; seed: string; 'without-day-off': string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        data: { type: 'string' },
        weeks: { type: 'string', default: '12' },
        tz: { type: 'string' },
        seed: { type: 'string', default: '7' },
        'without-day-off': { type: 'string', default: '0' },
      },
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const weeks = Number(values.weeks);
  const seed = Number(values.seed);
  const withoutDayOff = Number(values['without-day-off']);
  const timeZone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const validDays = Number.isInteger(withoutDayOff) && withoutDayOff >= 0 && withoutDayOff <= weeks * 7;
  if (!values.data || !Number.isInteger(weeks) || weeks < 1 || weeks > 260 || !Number.isInteger(seed) || !validDays) {
    io.err(USAGE);
    return 2;
  }
  if (!isIanaZone(timeZone)) {
    io.err(`"${timeZone}" is not a time zone Interlude knows.`);
    return 2;
  }
  const directory = resolve(values.data);
  const store = new FileStore(directory);
  const existing = (await store.list()).filter(isInterludeDocument);
  if (existing.length > 0) {
    io.err(
      `${directory} already holds Interlude data (${existing.length} files), so nothing was written. Choose an empty folder.`,
    );
    return 1;
  }
  const history = syntheticHistory({ weeks, end: now, timeZone, seed, withoutDayOff });
  await writeSyntheticHistory(store, history, timeZone);
  io.out(
    `Wrote ${weeks} weeks of made-up history to ${directory}: ${history.journal.length} journal records, ` +
      `${history.diary.length} diary records and ${history.days.length} working days, in ${timeZone}.`,
  );
  io.out(`See it with: npm run preview -- --data ${directory}`);
  return 0;
}
