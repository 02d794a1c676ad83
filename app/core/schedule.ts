import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { getISODay } from 'date-fns/getISODay';
import type { Session } from '../shared/domain';
import type { WeeklyTemplate } from '../shared/settings';
import { workingDayOf, workingDayStarts } from '../shared/template-days';

const MINUTE = 60_000;

/**
 * Sessions the weekly template places on the calendar day that contains `instant` in `timeZone`.
 * Start times are local wall-clock times, so 09:00 stays 09:00 across DST; each session lasts
 * its real length in minutes.
 */
export function templateSessionsOnDay(template: WeeklyTemplate, instant: number, timeZone: string): Session[] {
  const local = new TZDate(instant, timeZone);
  const workingDay = workingDayOf(template, getISODay(local));
  if (!workingDay) return [];
  return workingDayStarts(workingDay, template).map((offset) => {
    const start = new TZDate(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      Math.floor(offset / 60),
      offset % 60,
      timeZone,
    ).getTime();
    return { start, end: start + template.sessionMinutes * MINUTE, source: 'template' as const };
  });
}

/** Template sessions that overlap [from, to), in order. */
export function templateSessionsBetween(
  template: WeeklyTemplate,
  from: number,
  to: number,
  timeZone: string,
): Session[] {
  const sessions: Session[] = [];
  // Start a day early: a session that began yesterday may still overlap `from`.
  let day = addDays(startOfLocalDay(from, timeZone), -1);
  while (day.getTime() < to) {
    for (const session of templateSessionsOnDay(template, day.getTime(), timeZone)) {
      if (session.end > from && session.start < to) sessions.push(session);
    }
    day = startOfLocalDay(addDays(day, 1).getTime(), timeZone);
  }
  return sessions;
}

export function startOfLocalDay(instant: number, timeZone: string): TZDate {
  const local = new TZDate(instant, timeZone);
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), timeZone);
}

export function endOfLocalDay(instant: number, timeZone: string): number {
  return startOfLocalDay(addDays(startOfLocalDay(instant, timeZone), 1).getTime(), timeZone).getTime();
}
