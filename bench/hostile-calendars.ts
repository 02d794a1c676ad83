import { readCalendar } from '../app/core/calendar/in-process-reader';
import { DEFAULT_SESSION_RULE } from '../app/core/calendar/session-rule';
import { HOSTILE_CALENDARS } from '../tests/fixtures/hostile-calendars';
import { result, type BenchResult } from './results';

/** Each must be read, or refused in our words, within this: a calendar never holds the app up for long. */
const BUDGET_MS = 2_000;

/**
 * Every file of the hostile corpus read cold, as the calendar worker reads it: with its clock,
 * so the reader's time limit applies. A refusal counts as an answer; only how long it took matters.
 */
export function measureHostileCalendars(): BenchResult[] {
  const request = {
    rule: DEFAULT_SESSION_RULE,
    timeZone: 'America/Chicago',
    hashKey: 'bench',
    from: Date.parse('2026-03-01T00:00:00Z'),
    to: Date.parse('2026-03-15T00:00:00Z'),
  };
  return Object.entries(HOSTILE_CALENDARS).map(([name, make]) => {
    const text = make();
    const started = performance.now();
    try {
      readCalendar(text, request, () => performance.now() - started);
    } catch {
      // Refused: as good an answer as a reading, if it came in time.
    }
    return result(`calendar.hostile.${name}`, performance.now() - started, 'ms', BUDGET_MS);
  });
}
