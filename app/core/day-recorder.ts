import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import type { Session } from '../shared/domain';
import { localDateKey } from '../shared/local-date';
import type { DaySchedule } from '../shared/records';
import type { History } from './history';
import type { Moment } from './moment';

/** How far back a start catches up on days it did not see end (the computer was off). */
export const RECORD_BACK_DAYS = 14;

/** Today's sessions so far, as a day record would keep them; null on a day without sessions. */
export function todayOf(moment: Moment): DaySchedule | null {
  const sessions = moment.sessions.filter(
    (session) => session.start >= moment.dayStart && session.start < moment.dayEnd,
  );
  if (sessions.length === 0) return null;
  return dayRecord(moment.dayStart, moment.timeZone, sessions);
}

function dayRecord(dayStart: number, timeZone: string, sessions: readonly Session[]): DaySchedule {
  return {
    type: 'day',
    at: dayStart,
    date: localDateKey(dayStart, timeZone),
    sessions: sessions.map((session) => [session.start, session.end]),
  };
}

/**
 * Keeps each past working day's session times (times only), once the day is over, so the pace
 * of the work can be shown for weeks a calendar no longer covers. Only days since Interlude's
 * first record count, and a day without sessions is recorded by having no record.
 * Returns how many days were recorded.
 */
export async function recordPastDays(
  history: History,
  now: number,
  timeZone: string,
  sessionsBetween: (from: number, to: number) => Session[],
): Promise<number> {
  const firstRecorded = await history.firstRecordedDate(timeZone);
  if (firstRecorded === null) return 0;
  const recorded = new Set(history.recentDays().map((day) => day.date));
  const local = new TZDate(now, timeZone);
  const today = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), timeZone);
  let count = 0;
  for (let back = RECORD_BACK_DAYS; back >= 1; back--) {
    const start = addDays(today, -back);
    const date = localDateKey(start.getTime(), timeZone);
    if (date < firstRecorded || recorded.has(date)) continue;
    const end = addDays(start, 1).getTime();
    const sessions = sessionsBetween(start.getTime(), end).filter(
      (session) => session.start >= start.getTime() && session.start < end,
    );
    if (sessions.length === 0) continue;
    await history.addDay(dayRecord(start.getTime(), timeZone, sessions));
    count += 1;
  }
  return count;
}
