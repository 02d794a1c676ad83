import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DaySchedule } from '../shared/records';
import { seedHistoryCommand } from './seed-history-command';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'interlude-seed-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

/** The command in this process, with its output captured as the CLI would print it. */
async function seed(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  // A Wednesday at noon in Chicago, so that the last days include a weekend.
  const now = Date.parse('2026-12-02T18:00:00Z');
  const code = await seedHistoryCommand(
    args,
    { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) },
    now,
  );
  return { out, err, code };
}

async function workingDates(): Promise<string[]> {
  const months = (await readdir(directory)).filter((name) => name.startsWith('days-')).sort();
  const text = (await Promise.all(months.map((name) => readFile(join(directory, name), 'utf8')))).join('');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as DaySchedule).date);
}

describe('npm run seed-history', () => {
  it('writes monthly journal, diary and days files, and says how to see them', async () => {
    const { out, code } = await seed('--weeks', '6', '--data', directory, '--tz', 'America/Chicago');
    expect(code).toBe(0);
    expect(out).toContain(`npm run preview -- --data ${directory}`);
    const names = await readdir(directory);
    expect(names.some((name) => /^journal-\d{4}-\d{2}\.jsonl$/.test(name))).toBe(true);
    expect(names.some((name) => /^diary-\d{4}-\d{2}\.jsonl$/.test(name))).toBe(true);
    expect(names).toContain('people.json');
  });

  it('with --without-day-off, the last days all have sessions, weekends too', async () => {
    expect(
      (await seed('--weeks', '4', '--data', directory, '--tz', 'America/Chicago', '--without-day-off', '20')).code,
    ).toBe(0);
    const dates = new Set(await workingDates());
    // 20 days back from yesterday, 2026-12-01: every one of them, Saturdays and Sundays included.
    for (let day = 1; day <= 20; day++) {
      const date = new Date(Date.UTC(2026, 11, 2 - day)).toISOString().slice(0, 10);
      expect(dates.has(date), date).toBe(true);
    }
  });

  it('without the option, weekends have no sessions', async () => {
    expect((await seed('--weeks', '4', '--data', directory, '--tz', 'America/Chicago')).code).toBe(0);
    const weekend = (await workingDates()).filter((date) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay()));
    expect(weekend).toEqual([]);
  });

  it('refuses a folder that already holds Interlude data, and changes nothing in it', async () => {
    await writeFile(join(directory, 'settings.json'), '{"mine":true}');
    const { err, code } = await seed('--data', directory);
    expect(code).toBe(1);
    expect(err).toContain('already holds Interlude data');
    expect(await readdir(directory)).toEqual(['settings.json']);
    expect(await readFile(join(directory, 'settings.json'), 'utf8')).toBe('{"mine":true}');
  });

  it.each([
    [['--weeks', '0']],
    [['--weeks', 'many']],
    [['--without-day-off', '-3']],
    [['--without-day-off', '999']],
    [['--tz', 'Mars/Olympus']],
  ])('explains its usage for %j, and writes nothing', async (extra) => {
    const { err, code } = await seed('--data', directory, ...extra);
    expect(code).toBe(2);
    expect(err.length).toBeGreaterThan(0);
    expect(await readdir(directory)).toEqual([]);
  });
});
