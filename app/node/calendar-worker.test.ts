import { afterAll, describe, expect, it } from 'vitest';
import { ehrExport, googleStyle } from '../../tests/fixtures/calendars';
import { CalendarError } from '../core/calendar/calendar-error';
import { CalendarFormatError } from '../core/calendar/ics-lines';
import { DEFAULT_SESSION_RULE } from '../core/calendar/session-rule';
import { englishWords } from '../core/testing/english';
import { WORKER_LIMITS, WorkerCalendarReader } from './calendar-worker';
import { LIBRARY_CONSOLE_NOTE } from './calendar-worker-service';

const reader = new WorkerCalendarReader(new URL('./calendar-worker-entry.ts', import.meta.url), {
  fromTypeScriptSource: true,
});
afterAll(() => reader.close());
const request = {
  rule: DEFAULT_SESSION_RULE,
  timeZone: 'UTC',
  hashKey: 's',
  from: Date.parse('2026-03-01T00:00:00Z'),
  to: Date.parse('2026-03-08T00:00:00Z'),
};

/** What the user is told when a read fails: the error's message, in English. */
function toldOf(reason: unknown): string {
  expect(reason).toBeInstanceOf(CalendarError);
  return englishWords.say((reason as CalendarError).userMessage);
}
const refusalOf = (read: Promise<unknown>) =>
  read.then(
    () => {
      throw new Error('the read did not fail');
    },
    (error: unknown) => error,
  );

describe('reading calendars on a worker thread', () => {
  it('returns the same events as reading in-process', async () => {
    const result = await reader.read(googleStyle(), request);
    expect(result.events.map((e) => new Date(e.start).toISOString())).toEqual([
      '2026-03-02T17:00:00.000Z',
      '2026-03-03T18:00:00.000Z',
      '2026-03-04T18:00:00.000Z',
    ]);
    expect(result.ignored.allDay).toBe(1);
  });

  it('reads on a thread whose heap is bounded, so a hostile file ends that thread and not the app', async () => {
    await reader.read(googleStyle(), request);
    const thread = (reader as unknown as { worker: { resourceLimits: Record<string, number> } }).worker;
    expect(thread.resourceLimits).toMatchObject(WORKER_LIMITS);
  });

  it('keeps the main thread free while a big file is read', async () => {
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    const result = await reader.read(ehrExport(20_000), {
      ...request,
      from: Date.parse('2026-01-05T00:00:00Z'),
      to: Date.parse('2026-01-06T00:00:00Z'),
    });
    clearInterval(ticker);
    expect(result.events).toHaveLength(8);
    expect(ticks).toBeGreaterThan(3);
  });

  it('passes on a clear message for something that is not a calendar', async () => {
    const refusal = await refusalOf(reader.read('<html>Sign in</html>', request));
    expect(refusal).toBeInstanceOf(CalendarFormatError);
    expect(toldOf(refusal)).toBe('This is a web page (perhaps a sign-in page), not a calendar.');
  });

  it('gives up on a read that runs too long, and recovers for the next', async () => {
    const impatient = new WorkerCalendarReader(new URL('./calendar-worker-entry.ts', import.meta.url), {
      fromTypeScriptSource: true,
      timeoutMs: 1,
    });
    expect(toldOf(await refusalOf(impatient.read(ehrExport(20_000), request)))).toMatch(
      /^Reading the calendar took longer than \d+ seconds, so Interlude stopped\.$/,
    );
    await impatient.close();
  });

  it('fails only the read that hangs: the calendars queued behind it are read by a fresh thread', async () => {
    const isolating = new WorkerCalendarReader(new URL('./testing/scripted-worker-entry.ts', import.meta.url), {
      fromTypeScriptSource: true,
      // Long enough for a fresh thread to start on a busy machine; the hang is caught by it.
      timeoutMs: 10_000,
    });
    try {
      const reads = [
        isolating.read('HANG', request),
        isolating.read(googleStyle(), request),
        isolating.read(googleStyle(), request),
      ];
      const [hung, ...healthy] = await Promise.allSettled(reads);
      expect(hung?.status === 'rejected' ? toldOf(hung.reason) : hung?.status).toBe(
        'Reading the calendar took longer than 10 seconds, so Interlude stopped.',
      );
      expect(
        healthy.map((result) => (result.status === 'fulfilled' ? result.value.events.length : result.status)),
      ).toEqual([3, 3]);
    } finally {
      await isolating.close();
    }
  }, 30_000);

  it("sends a library's console output to the logger as a note, without its words", async () => {
    const warnings: string[] = [];
    const printing = new WorkerCalendarReader(new URL('./testing/scripted-worker-entry.ts', import.meta.url), {
      fromTypeScriptSource: true,
      log: { warn: (message) => warnings.push(message) },
    });
    try {
      await printing.read('PRINT', request).catch(() => undefined);
      expect(warnings).toEqual([`${LIBRARY_CONSOLE_NOTE} (console.error)`]);
      expect(warnings.join()).not.toContain('Jane');
    } finally {
      await printing.close();
    }
  });
});
