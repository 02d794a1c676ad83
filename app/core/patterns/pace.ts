import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { localDateKey } from '../../shared/local-date';
import type { DaySchedule } from '../../shared/records';

const MINUTE = 60_000;
/** Sessions closer than this are back to back. */
export const BACK_TO_BACK_GAP_MS = 10 * MINUTE;
/** A day has a real break when some gap between its sessions is at least this long. */
export const REAL_BREAK_MS = 30 * MINUTE;
export const SHORT_GAP_MS = 5 * MINUTE;

export interface DayPace {
  date: string;
  sessions: number;
  /** The most sessions in a row with no gap of 10 minutes or more. */
  longestRun: number;
  /** The longest gap between two sessions; 0 with fewer than two. */
  longestGapMs: number;
  gapsUnderFiveMinutes: number;
}

export function dayPace(day: DaySchedule): DayPace {
  const sessions = [...day.sessions].sort((a, b) => a[0] - b[0]);
  let run = sessions.length > 0 ? 1 : 0;
  let longestRun = run;
  let longestGapMs = 0;
  let gapsUnderFiveMinutes = 0;
  for (let index = 1; index < sessions.length; index++) {
    const gap = Math.max(0, sessions[index]![0] - sessions[index - 1]![1]);
    longestGapMs = Math.max(longestGapMs, gap);
    if (gap < SHORT_GAP_MS) gapsUnderFiveMinutes += 1;
    run = gap < BACK_TO_BACK_GAP_MS ? run + 1 : 1;
    longestRun = Math.max(longestRun, run);
  }
  return { date: day.date, sessions: sessions.length, longestRun, longestGapMs, gapsUnderFiveMinutes };
}

export function hasRealBreak(pace: DayPace): boolean {
  return pace.sessions < 2 || pace.longestGapMs >= REAL_BREAK_MS;
}

/** No gap of 10 minutes or more in the whole day. */
export function allBackToBack(pace: DayPace): boolean {
  return pace.sessions >= 2 && pace.longestGapMs < BACK_TO_BACK_GAP_MS;
}

/** Days since the last day with no sessions; sinceRecordsBegan when every day Interlude has records of had sessions. */
export interface DayOffCount {
  days: number;
  sinceRecordsBegan: boolean;
}

/**
 * Counts back from today (0 when today has no sessions) to the last day without sessions. Days
 * are known only from the first day Interlude recorded, so past it the count is a floor, and says so.
 */
export function daysSinceDayOff(
  workingDates: ReadonlySet<string>,
  today: number,
  timeZone: string,
  firstRecorded: string | null,
): DayOffCount | null {
  if (firstRecorded === null) return null;
  const local = new TZDate(today, timeZone);
  let day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 12, timeZone);
  for (let count = 0; count <= 366; count++) {
    const date = localDateKey(day.getTime(), timeZone);
    if (date < firstRecorded) return { days: count, sinceRecordsBegan: true };
    if (!workingDates.has(date)) return { days: count, sinceRecordsBegan: false };
    day = addDays(day, -1);
  }
  return { days: 366, sinceRecordsBegan: true };
}
