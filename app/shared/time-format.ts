import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import { enUS } from 'date-fns/locale/en-US';

/**
 * The words and date order follow a date-fns locale, English (US) by default; the words that are
 * ours ("tomorrow", "in 5 min") are translated with the rest of the app's messages.
 */
export type FormattingLocale = Locale;

/** "3:00 PM" in the user's zone. */
export function formatClockTime(instant: number, timeZone: string, locale: Locale = enUS): string {
  return format(new TZDate(instant, timeZone), 'p', { locale });
}

/**
 * The one way Interlude says when: "3:00 PM" today, "tomorrow 9:00 AM", "yesterday 8:16 PM",
 * "Mon 9:00 AM" within the week, "Dec 1 8:16 PM" further off. The core's words, the tray and the
 * windows all use it, so each says the same time the same way.
 */
export function formatWhen(instant: number, now: number, timeZone: string, locale: Locale = enUS): string {
  const local = new TZDate(instant, timeZone);
  const days = differenceInCalendarDays(local, new TZDate(now, timeZone));
  const time = formatClockTime(instant, timeZone, locale);
  if (days === 0) return time;
  if (days === 1) return `tomorrow ${time}`;
  if (days === -1) return `yesterday ${time}`;
  if (days > 1 && days < 7) return `${format(local, 'EEE', { locale })} ${time}`;
  return `${formatDay(instant, timeZone, locale)} ${time}`;
}

/** "Wed, Dec 24, 2026": a calendar date ("2026-12-24") on its own, as the days-off list shows it. */
export function formatLocalDate(date: string, locale: Locale = enUS): string {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return format(new Date(year!, month! - 1, dayOfMonth), 'EEE, PP', { locale });
}

/** "Dec 24": a day, without its time. */
export function formatDay(instant: number, timeZone: string, locale: Locale = enUS): string {
  // Month and day in the locale's order ("Dec 24", "24 Dec"): Intl knows the order, date-fns the zone.
  const local = new TZDate(instant, timeZone);
  return new Intl.DateTimeFormat(locale.code, { month: 'short', day: 'numeric' }).format(
    new Date(local.getFullYear(), local.getMonth(), local.getDate()),
  );
}

/** The same, after a verb: "at 3:00 PM" today, "tomorrow 9:00 AM" otherwise. */
export function formatAt(instant: number, now: number, timeZone: string, locale: Locale = enUS): string {
  const days = differenceInCalendarDays(new TZDate(instant, timeZone), new TZDate(now, timeZone));
  return days === 0 ? `at ${formatClockTime(instant, timeZone, locale)}` : formatWhen(instant, now, timeZone, locale);
}

/** "in 14 min", "in 2 h 5 min". Rounded up, so "in 0 min" never appears before a start. */
export function formatCountdown(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `in ${hours} h` : `in ${hours} h ${rest} min`;
}
