import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';

/** "3:00 PM" in the user's zone. */
export function formatClockTime(instant: number, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'p');
}

/** "3:00 PM" today, "tomorrow 9:00 AM", or "Mon 9:00 AM" further out. */
export function formatWhen(instant: number, now: number, timeZone: string): string {
  const days = differenceInCalendarDays(new TZDate(instant, timeZone), new TZDate(now, timeZone));
  const time = formatClockTime(instant, timeZone);
  if (days === 0) return time;
  if (days === 1) return `tomorrow ${time}`;
  return `${format(new TZDate(instant, timeZone), 'EEE')} ${time}`;
}

/** "in 14 min", "in 2 h 5 min". Rounded up, so "in 0 min" never appears before a start. */
export function formatCountdown(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `in ${hours} h` : `in ${hours} h ${rest} min`;
}
