import { formatAt, formatClockTime, formatDay, formatLocalDate, formatWhen } from '../../app/shared/time-format';

/** "2:50 PM" in the user's zone: the same words the tray and notifications use. */
export const clockTime = formatClockTime;
/** "2:50 PM", "tomorrow 9:00 AM": said the same way as in the tray. */
export const when = formatWhen;
/** "at 2:50 PM" today, "tomorrow 9:00 AM": after a verb. */
export const at = formatAt;
/** "Dec 24". */
export const day = formatDay;
/** "Wed, Dec 24, 2026", for a date of the calendar ("2026-12-24"). */
export const calendarDate = formatLocalDate;

/** "2:45" for a count of seconds. */
export function minutesAndSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
