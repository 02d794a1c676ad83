import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE_CALENDARS } from '../../tests/fixtures/hostile-calendars';
import { readCalendar } from '../core/calendar/in-process-reader';
import { CalendarFormatError } from '../core/calendar/ics-lines';
import { readTimeLimitMs, tooSlowError } from '../core/calendar/parse-calendar';
import { DEFAULT_SESSION_RULE } from '../core/calendar/session-rule';
import { englishWords } from '../core/testing/english';

const request = {
  rule: DEFAULT_SESSION_RULE,
  timeZone: 'America/Chicago',
  hashKey: 'k',
  from: Date.parse('2026-03-01T00:00:00Z'),
  to: Date.parse('2026-03-15T00:00:00Z'),
};
/** The session every hostile file also holds: it must survive whatever else the file does. */
const GOOD_SESSION = Date.parse('2026-03-02T15:00:00Z');
/** Only these are too big to read in time, and may be refused for that reason alone. */
const TOO_BIG = new Set(['50000-weekly-series', 'five-megabytes']);
/**
 * The big ones are read with the worker's clock, so its time limit applies; the others without,
 * so a busy machine cannot turn a reading into a refusal. The limit itself is tested below with a
 * clock of the test's own.
 */
const clockFor = (name: string, started: number) => (TOO_BIG.has(name) ? () => performance.now() - started : undefined);

afterEach(() => vi.restoreAllMocks());

/**
 * The hostile corpus, read as the worker reads it. How fast is measured by `npm run bench` (calendar.hostile.slowest, within 2 s); this checks
 * what comes out, and the test's own timeout only catches a hang.
 */
describe.each(Object.entries(HOSTILE_CALENDARS))('the hostile calendar %s', (name, make) => {
  it('is read, keeping its good session and every time a number, or refused only for its size; and prints nothing', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const logged = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const text = make();
    const started = performance.now();
    let outcome: ReturnType<typeof readCalendar> | Error;
    try {
      outcome = readCalendar(text, request, clockFor(name, started));
    } catch (error) {
      outcome = error as Error;
    }
    if (outcome instanceof Error) {
      expect(TOO_BIG.has(name), `${name} refused: ${outcome.message}`).toBe(true);
      expect(outcome).toBeInstanceOf(CalendarFormatError);
      expect((outcome as CalendarFormatError).userMessage).toEqual(
        tooSlowError(readTimeLimitMs(text.length)).userMessage,
      );
    } else {
      expect(outcome.events.map((event) => event.start)).toContain(GOOD_SESSION);
      for (const event of outcome.events) {
        expect(Number.isFinite(event.start) && Number.isFinite(event.end)).toBe(true);
        expect(event.end).toBeGreaterThanOrEqual(event.start);
      }
      expect(outcome.warnings.length).toBeLessThanOrEqual(21);
    }
    expect([...printed.mock.calls, ...warned.mock.calls, ...logged.mock.calls]).toEqual([]);
  }, 60_000);
});

describe('the time limit', () => {
  it('refuses in our words once the clock passes it, and reads the same file without a clock', () => {
    const text = HOSTILE_CALENDARS['10000-unknown-tzids']!();
    let ticks = 0;
    // A clock that runs a second for every question asked: the limit is passed at once.
    let refusal: unknown;
    try {
      readCalendar(text, request, () => (ticks += 1000));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(CalendarFormatError);
    expect(englishWords.say((refusal as CalendarFormatError).userMessage)).toBe(
      'This calendar has more in it than Interlude can read in time (it stopped after 1.5 seconds), so it was not used. The schedule read from it before, if any, is still in use.',
    );
    expect(readCalendar(text, request).events.length).toBe(10_001);
  }, 60_000);

  it('grows with the file past 15 MB, so a very large honest export is still read', () => {
    expect(readTimeLimitMs(5_000_000)).toBe(1_500);
    expect(readTimeLimitMs(50_000_000)).toBe(5_000);
  });
});
