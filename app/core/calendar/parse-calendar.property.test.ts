import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appleStyle, ehrExport, googleStyle, outlookStyle } from '../../../tests/fixtures/calendars';
import { englishWords } from '../testing/english';
import { CalendarFormatError } from './ics-lines';
import { parseCalendar } from './parse-calendar';
import { DEFAULT_SESSION_RULE } from './session-rule';

const options = { rule: DEFAULT_SESSION_RULE, timeZone: 'Europe/Berlin', hashKey: 'p', maxOccurrencesPerSeries: 5_000 };
const SEEDS = [googleStyle(), outlookStyle(), appleStyle()].map((text) => text.split('\r\n'));
// Only a hang fails here; how fast mutated calendars are read is measured by `npm run bench`.
const HANG_BOUND_MS = 30_000;

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'corrupt'; at: number; position: number; char: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string(),
      fc.constantFrom(
        'BEGIN:VEVENT',
        'END:VEVENT',
        'END:VCALENDAR',
        'RRULE:FREQ=MINUTELY',
        'DTSTART:99999999T999999Z',
        '<html>',
        'BEGIN:VALARM',
      ),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant('corrupt' as const),
    at: fc.nat(),
    position: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 1 }),
  }),
);

function apply(lines: string[], change: Mutation): string[] {
  const result = [...lines];
  const at = change.at % Math.max(1, result.length);
  switch (change.kind) {
    case 'delete':
      result.splice(at, 1);
      break;
    case 'duplicate':
      result.splice(at, 0, result[at] ?? '');
      break;
    case 'insert':
      result.splice(at, 0, change.text);
      break;
    case 'truncate':
      result.length = at;
      break;
    case 'swap': {
      const other = change.with % Math.max(1, result.length);
      [result[at], result[other]] = [result[other] ?? '', result[at] ?? ''];
      break;
    }
    case 'corrupt': {
      const line = result[at] ?? '';
      const position = change.position % Math.max(1, line.length);
      result[at] = line.slice(0, position) + change.char + line.slice(position + 1);
      break;
    }
  }
  return result;
}

describe('mutated calendars (property-based)', () => {
  it('always give a result or a clear error, and never hang', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(
        fc.nat({ max: SEEDS.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (seed, changes) => {
          const text = changes.reduce(apply, SEEDS[seed]!).join('\r\n');
          const started = performance.now();
          try {
            const calendar = parseCalendar(text, options);
            const { events } = calendar.eventsBetween(
              Date.parse('2026-01-01T00:00:00Z'),
              Date.parse('2027-01-01T00:00:00Z'),
            );
            for (const event of events) expect(event.end).toBeGreaterThanOrEqual(event.start);
            // Each note is one of ours, in words: a key with no English would read as the bare key.
            for (const warning of calendar.warnings) {
              const said = englishWords.say(warning);
              expect(said).not.toBe(warning.key);
              expect(said.length).toBeGreaterThan(10);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(CalendarFormatError);
          }
          expect(performance.now() - started).toBeLessThan(HANG_BOUND_MS);
        },
      ),
      { numRuns: 300, seed: 20261125 },
    );
  });
});

describe('a 50 MB file', () => {
  it('is read completely without hanging', () => {
    const text = ehrExport(215_000);
    expect(text.length).toBeGreaterThan(50 * 1000 * 1000);
    const calendar = parseCalendar(text, options);
    expect(calendar.eventCount).toBe(215_000);
    expect(
      calendar.eventsBetween(Date.parse('2026-01-05T00:00:00Z'), Date.parse('2026-01-06T00:00:00Z')).events,
    ).toHaveLength(8);
  }, 120_000);
});
