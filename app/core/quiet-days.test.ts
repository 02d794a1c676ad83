import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import type { Session } from '../shared/domain';
import { quietDayTest, withoutQuietDays } from './quiet-days';

const zone = 'America/Los_Angeles';
const at = (day: number, hour: number) => new TZDate(2026, 11, day, hour, 0, zone).getTime();
const session = (day: number, hour: number): Session => ({
  start: at(day, hour),
  end: at(day, hour) + 50 * 60_000,
  source: 'template',
});

describe('quiet days', () => {
  it('treats every day of a time off as quiet, inclusive of both ends, and nothing else', () => {
    const isQuiet = quietDayTest(
      { ranges: [{ from: '2026-12-24', to: '2026-12-26' }], outOfOfficeFromCalendar: false },
      new Set(),
      zone,
    );
    expect([23, 24, 25, 26, 27].map((day) => isQuiet(at(day, 10)))).toEqual([false, true, true, true, false]);
    // Late evening in Los Angeles is already the next day in UTC; the user's zone decides.
    expect(isQuiet(at(23, 23))).toBe(false);
    expect(isQuiet(at(26, 23))).toBe(true);
  });

  it('uses calendar out-of-office days only when the user turned that on', () => {
    const outOfOffice = new Set(['2026-12-07']);
    expect(quietDayTest({ ranges: [], outOfOfficeFromCalendar: false }, outOfOffice, zone)(at(7, 10))).toBe(false);
    expect(quietDayTest({ ranges: [], outOfOfficeFromCalendar: true }, outOfOffice, zone)(at(7, 10))).toBe(true);
    expect(quietDayTest({ ranges: [], outOfOfficeFromCalendar: true }, outOfOffice, zone)(at(8, 10))).toBe(false);
  });

  it('drops the sessions of quiet days and keeps the rest in order', () => {
    const isQuiet = quietDayTest(
      { ranges: [{ from: '2026-12-08', to: '2026-12-08' }], outOfOfficeFromCalendar: false },
      new Set(),
      zone,
    );
    const sessions = [session(7, 9), session(8, 9), session(8, 14), session(9, 9)];
    expect(withoutQuietDays(sessions, isQuiet)).toEqual([session(7, 9), session(9, 9)]);
  });
});
