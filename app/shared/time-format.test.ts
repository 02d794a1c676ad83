import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { formatAt, formatDay, formatLocalDate, formatWhen } from './time-format';

const ZONE = 'America/Chicago';
// Wednesday 2 December 2026, 12:45 PM in Chicago.
const NOW = Date.parse('2026-12-02T18:45:00Z');
const HOUR = 3_600_000;

describe('one way to say when', () => {
  it('says today’s time alone, and tomorrow and yesterday by name', () => {
    expect(formatWhen(NOW + HOUR, NOW, ZONE)).toBe('1:45 PM');
    expect(formatWhen(Date.parse('2026-12-03T14:58:00Z'), NOW, ZONE)).toBe('tomorrow 8:58 AM');
    expect(formatWhen(Date.parse('2026-12-02T02:16:00Z'), NOW, ZONE)).toBe('yesterday 8:16 PM');
  });

  it('names the weekday within the week, and the date further off', () => {
    expect(formatWhen(Date.parse('2026-12-07T15:00:00Z'), NOW, ZONE)).toBe('Mon 9:00 AM');
    expect(formatWhen(Date.parse('2026-12-25T15:00:00Z'), NOW, ZONE)).toBe('Dec 25 9:00 AM');
    expect(formatWhen(Date.parse('2026-11-20T15:00:00Z'), NOW, ZONE)).toBe('Nov 20 9:00 AM');
  });

  it('after a verb, says "at" for today and the day otherwise, so tomorrow never reads as today', () => {
    expect(formatAt(NOW + HOUR, NOW, ZONE)).toBe('at 1:45 PM');
    expect(formatAt(Date.parse('2026-12-03T14:58:00Z'), NOW, ZONE)).toBe('tomorrow 8:58 AM');
  });

  it('goes by the user’s zone, not the machine’s: 11 PM in Chicago is already tomorrow in UTC', () => {
    expect(formatWhen(Date.parse('2026-12-03T05:00:00Z'), NOW, ZONE)).toBe('11:00 PM');
  });

  it('says a day without its time in the user’s zone', () => {
    expect(formatDay(Date.parse('2026-12-25T03:00:00Z'), ZONE)).toBe('Dec 24');
    // A date of the calendar is that date wherever the machine is.
    expect(formatLocalDate('2025-01-01')).toBe('Wed, Jan 1, 2025');
  });

  it('follows the locale for the clock and the order of month and day', () => {
    expect(formatWhen(NOW + HOUR, NOW, ZONE, enGB)).toBe('13:45');
    expect(formatWhen(Date.parse('2026-12-25T15:00:00Z'), NOW, ZONE, enGB)).toBe('25 Dec 09:00');
    expect(formatLocalDate('2025-01-01', enGB)).toBe('Wed, 1 Jan 2025');
    expect(formatDay(Date.parse('2026-12-25T03:00:00Z'), ZONE, enGB)).toBe('24 Dec');
  });
});
