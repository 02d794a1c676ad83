import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_SECRETS, googleStyle, ianaWithoutVtimezone } from '../../tests/fixtures/calendars';
import { inspectCalendarCommand } from './inspect-calendar-command';

const run = promisify(execFile);
// Starting tsx and the calendar libraries in a new process takes seconds on a busy machine.
const SPAWN_TIMEOUT_MS = 60_000;
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'interlude-inspect-'));
  await writeFile(join(directory, 'google.ics'), googleStyle());
  await writeFile(join(directory, 'sydney.ics'), ianaWithoutVtimezone());
  await writeFile(join(directory, 'page.ics'), '<!doctype html><title>Sign in</title>');
});
afterAll(() => rm(directory, { recursive: true, force: true }));

/** The command in this process, with its output captured as the CLI would print it. */
async function inspect(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = '';
  let stderr = '';
  const code = await inspectCalendarCommand(args, {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
  });
  return { stdout, stderr, code };
}

/** The real CLI, as `npm run inspect-calendar` starts it. */
async function spawnCli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'app/cli/inspect-calendar.ts', ...args]);
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('npm run inspect-calendar', () => {
  it('prints the sessions of a window as JSON instants, with what was ignored and why', async () => {
    const { stdout, code } = await inspect(
      join(directory, 'google.ics'),
      '--from',
      '2026-03-01',
      '--days',
      '10',
      '--tz',
      'America/Los_Angeles',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      sessions: { start: string; end: string }[];
      ignored: Record<string, number>;
      warnings: string[];
    };
    expect(report.sessions.map((s) => new Date(s.start).toISOString())).toEqual([
      '2026-03-02T17:00:00.000Z',
      '2026-03-03T18:00:00.000Z',
      '2026-03-04T18:00:00.000Z',
      '2026-03-09T18:00:00.000Z',
    ]);
    expect(report.sessions[0]).toEqual({ start: '2026-03-02T09:00:00-08:00', end: '2026-03-02T09:50:00-08:00' });
    expect(report.ignored).toEqual({ allDay: 1, free: 1, cancelled: 1, outOfRange: 2, excluded: 0 });
    expect(report.warnings).toEqual([]);
  });

  it('reads the window in the zone it is given', async () => {
    const { stdout } = await inspect(
      join(directory, 'sydney.ics'),
      '--from',
      '2026-04-03',
      '--days',
      '4',
      '--tz',
      'Australia/Sydney',
      '--json',
    );
    const report = JSON.parse(stdout) as { sessions: { start: string }[] };
    expect(report.sessions.map((s) => s.start)).toEqual(['2026-04-03T09:00:00+11:00', '2026-04-06T09:00:00+10:00']);
  });

  it('prints a readable summary with nothing that identifies a client', async () => {
    const { stdout, code } = await inspect(
      join(directory, 'google.ics'),
      '--from',
      '2026-03-01',
      '--days',
      '10',
      '--tz',
      'America/Los_Angeles',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Sessions from 2026-03-01 to 2026-03-10 (America/Los_Angeles): 4');
    expect(stdout).toContain('Ignored: 1 all-day, 1 free (transparent), 1 cancelled, 2 outside 20–120 minutes');
    for (const secret of CLIENT_SECRETS) expect(stdout).not.toContain(secret);
  });

  it('explains what is wrong with bad input and exits non-zero', async () => {
    expect(await inspect(join(directory, 'page.ics'))).toMatchObject({
      code: 1,
      stderr: 'This is a web page (perhaps a sign-in page), not a calendar.\n',
    });
    expect(await inspect(join(directory, 'missing.ics'))).toMatchObject({ code: 2 });
    expect((await inspect(join(directory, 'google.ics'), '--tz', 'Mars/Olympus')).stderr).toContain(
      '"Mars/Olympus" is not a time zone',
    );
    expect((await inspect(join(directory, 'google.ics'), '--from', 'yesterday')).stderr).toContain(
      '--from must be a date like 2026-03-02.',
    );
  });

  it(
    'runs as a command: prints to stdout, and explains a failure on stderr with its exit code',
    { timeout: SPAWN_TIMEOUT_MS },
    async () => {
      const [good, bad] = await Promise.all([
        spawnCli(
          join(directory, 'google.ics'),
          '--from',
          '2026-03-01',
          '--days',
          '10',
          '--tz',
          'America/Los_Angeles',
          '--json',
        ),
        spawnCli(join(directory, 'page.ics')),
      ]);
      expect(good.code).toBe(0);
      expect((JSON.parse(good.stdout) as { sessions: unknown[] }).sessions).toHaveLength(4);
      expect(bad).toMatchObject({
        code: 1,
        stdout: '',
        stderr: 'This is a web page (perhaps a sign-in page), not a calendar.\n',
      });
    },
  );
});
