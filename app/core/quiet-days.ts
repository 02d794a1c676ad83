import type { Session } from '../shared/domain';
import type { QuietDays } from '../shared/settings';
import { localDateKey } from '../shared/local-date';

/**
 * Whether an instant falls on a day off: a time off the user entered, or (when they asked for
 * it) a day a calendar marks as out of office. Dates compare as "YYYY-MM-DD" strings in the
 * user's current zone, so a day off follows the user when they travel.
 */
export function quietDayTest(
  quietDays: QuietDays,
  outOfOfficeDates: ReadonlySet<string>,
  timeZone: string,
): (instant: number) => boolean {
  const { ranges, outOfOfficeFromCalendar } = quietDays;
  if (ranges.length === 0 && (!outOfOfficeFromCalendar || outOfOfficeDates.size === 0)) return () => false;
  return (instant) => {
    const day = localDateKey(instant, timeZone);
    if (outOfOfficeFromCalendar && outOfOfficeDates.has(day)) return true;
    return ranges.some((range) => range.from <= day && day <= range.to);
  };
}

/** Rule: a quiet day has no sessions, so nothing is planned for it and the tray looks past it. */
export function withoutQuietDays<T extends Session>(
  sessions: readonly T[],
  isQuietDay: (instant: number) => boolean,
): T[] {
  return sessions.filter((session) => !isQuietDay(session.start));
}
