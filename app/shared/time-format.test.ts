import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { daysFromToday, formatClockTime, formatDay, formatLocalDate, formatWeekday } from './time-format';

const ZONE = 'America/Chicago';
// Wednesday 2 December 2026, 12:45 PM in Chicago.
const NOW = Date.parse('2026-12-02T18:45:00Z');

describe('times and dates in a locale', () => {
  it('counts days in the user’s zone, not the machine’s: 11 PM in Chicago is already tomorrow in UTC', () => {
    expect(daysFromToday(Date.parse('2026-12-03T05:00:00Z'), NOW, ZONE)).toBe(0);
    expect(daysFromToday(Date.parse('2026-12-03T14:58:00Z'), NOW, ZONE)).toBe(1);
    expect(daysFromToday(Date.parse('2026-12-02T02:16:00Z'), NOW, ZONE)).toBe(-1);
  });

  it('says a day without its time in the user’s zone, and a date of the calendar wherever the machine is', () => {
    expect(formatDay(Date.parse('2026-12-25T03:00:00Z'), ZONE)).toBe('Dec 24');
    expect(formatLocalDate('2025-01-01')).toBe('Wed, Jan 1, 2025');
    expect(formatWeekday(Date.parse('2026-12-07T15:00:00Z'), ZONE)).toBe('Mon');
  });

  it('follows the locale for the clock and the order of month and day', () => {
    expect(formatClockTime(NOW, ZONE, enGB)).toBe('12:45');
    expect(formatLocalDate('2025-01-01', enGB)).toBe('Wed, 1 Jan 2025');
    expect(formatDay(Date.parse('2026-12-25T03:00:00Z'), ZONE, enGB)).toBe('24 Dec');
  });
});
