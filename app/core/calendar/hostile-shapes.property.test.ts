import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { googleStyle, outlookStyle } from '../../../tests/fixtures/calendars';
import { readCalendar } from './in-process-reader';
import { DEFAULT_SESSION_RULE } from './session-rule';

/**
 * Calendars mutated with the shapes that once hung a reader or lost a whole file: impossible
 * BY-rules, dates that are not dates, damaged VTIMEZONEs, huge names, intervals and counts.
 * Whatever is done to the rest of the file, a session no mutation touches is still read, no time
 * is NaN, and nothing is refused: each part that can be read is.
 */
const request = {
  rule: DEFAULT_SESSION_RULE,
  timeZone: 'Europe/Berlin',
  hashKey: 'p',
  from: Date.parse('2026-03-01T00:00:00Z'),
  to: Date.parse('2026-03-15T00:00:00Z'),
};
const UNTOUCHED = ['BEGIN:VEVENT', 'UID:untouched', 'DTSTART:20260310T090000Z', 'DURATION:PT50M', 'END:VEVENT'];
const UNTOUCHED_START = Date.parse('2026-03-10T09:00:00Z');
const SEEDS = [googleStyle(), outlookStyle()].map((text) => text.split('\r\n').filter((line) => line !== ''));

type Shape =
  | { kind: 'impossible-rule'; freq: string; month: number; day: number }
  | { kind: 'letter-in-date'; position: number }
  | { kind: 'damaged-zone-time' }
  | { kind: 'huge-tzid'; length: number }
  | { kind: 'huge-interval'; freq: string; interval: number }
  | { kind: 'many-rules'; count: number }
  | { kind: 'many-events'; count: number }
  | { kind: 'many-observances'; count: number };

const FREQS = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

const shape: fc.Arbitrary<Shape> = fc.oneof(
  fc.record({
    kind: fc.constant('impossible-rule' as const),
    freq: fc.constantFrom(...FREQS),
    month: fc.constantFrom(2, 4, 6, 9, 11),
    day: fc.constantFrom(30, 31),
  }),
  fc.record({ kind: fc.constant('letter-in-date' as const), position: fc.nat({ max: 14 }) }),
  fc.record({ kind: fc.constant('damaged-zone-time' as const) }),
  fc.record({ kind: fc.constant('huge-tzid' as const), length: fc.integer({ min: 65, max: 50_000 }) }),
  fc.record({
    kind: fc.constant('huge-interval' as const),
    freq: fc.constantFrom(...FREQS),
    interval: fc.integer({ min: 1_000_000, max: Number.MAX_SAFE_INTEGER }),
  }),
  fc.record({ kind: fc.constant('many-rules' as const), count: fc.integer({ min: 2, max: 500 }) }),
  fc.record({ kind: fc.constant('many-events' as const), count: fc.integer({ min: 100, max: 1_000 }) }),
  fc.record({ kind: fc.constant('many-observances' as const), count: fc.integer({ min: 100, max: 1_000 }) }),
);

/** Applies a shape to the nth place it fits, or to the first. */
function apply(lines: string[], change: Shape, at: number): string[] {
  const result = [...lines];
  const places = (test: (line: string) => boolean) =>
    result.map((line, index) => (test(line) ? index : -1)).filter((index) => index >= 0);
  const pick = (indexes: number[]) => (indexes.length === 0 ? undefined : indexes[at % indexes.length]);
  const eventStarts = places((line) => line === 'BEGIN:VEVENT');
  const eventStart = pick(eventStarts);
  switch (change.kind) {
    case 'impossible-rule':
      if (eventStart !== undefined)
        result.splice(eventStart + 1, 0, `RRULE:FREQ=${change.freq};BYMONTH=${change.month};BYMONTHDAY=${change.day}`);
      break;
    case 'letter-in-date': {
      const line = pick(places((text) => text.startsWith('DTSTART') || text.startsWith('DTEND')));
      if (line !== undefined) {
        const value = result[line]!.indexOf(':') + 1 + change.position;
        result[line] = `${result[line]!.slice(0, value)}O${result[line]!.slice(value + 1)}`;
      }
      break;
    }
    case 'damaged-zone-time': {
      const inZone = places((text) => /^DTSTART:\d{8}T\d{6}$/.test(text));
      const line = pick(inZone);
      if (line !== undefined) result[line] = result[line]!.slice(0, -1);
      break;
    }
    case 'huge-tzid': {
      const line = pick(places((text) => text.includes('TZID=')));
      if (line !== undefined) result[line] = result[line]!.replace(/TZID=[^:;]*/, `TZID=${'Z'.repeat(change.length)}`);
      break;
    }
    case 'huge-interval':
      if (eventStart !== undefined)
        result.splice(eventStart + 1, 0, `RRULE:FREQ=${change.freq};INTERVAL=${change.interval}`);
      break;
    case 'many-rules':
      if (eventStart !== undefined)
        result.splice(
          eventStart + 1,
          0,
          ...Array.from({ length: change.count }, (_, index) => `RRULE:FREQ=DAILY;INTERVAL=${index + 1}`),
        );
      break;
    case 'many-events': {
      if (eventStart === undefined) break;
      const end = result.indexOf('END:VEVENT', eventStart);
      const block = result.slice(eventStart, end + 1);
      result.splice(end + 1, 0, ...Array.from({ length: change.count }, () => block).flat());
      break;
    }
    case 'many-observances': {
      const observance = pick(places((text) => text === 'BEGIN:STANDARD' || text === 'BEGIN:DAYLIGHT'));
      if (observance === undefined) break;
      const end = result.findIndex((text, index) => index > observance && text.startsWith('END:'));
      const block = result.slice(observance, end + 1);
      result.splice(end + 1, 0, ...Array.from({ length: change.count }, () => block).flat());
      break;
    }
  }
  return result;
}

describe('calendars with hostile shapes (property-based)', () => {
  it(
    'keep the session no mutation touched, give no NaN time, and are never refused whole',
    { timeout: 300_000 },
    () => {
      fc.assert(
        fc.property(
          fc.nat({ max: SEEDS.length - 1 }),
          fc.array(fc.tuple(shape, fc.nat()), { minLength: 1, maxLength: 4 }),
          (seed, changes) => {
            const body = SEEDS[seed]!.slice(0, -1); // without END:VCALENDAR
            const mutated = changes.reduce((lines, [change, at]) => apply(lines, change, at), body);
            const text = [...mutated, ...UNTOUCHED, 'END:VCALENDAR', ''].join('\r\n');
            const started = performance.now();
            const result = readCalendar(text, request, () => performance.now() - started);
            expect(result.events.map((event) => event.start)).toContain(UNTOUCHED_START);
            for (const event of result.events) {
              expect(Number.isFinite(event.start) && Number.isFinite(event.end)).toBe(true);
              expect(event.end).toBeGreaterThanOrEqual(event.start);
            }
          },
        ),
        { numRuns: 50, seed: 20261203 },
      );
    },
  );
});
