import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import { enUS } from 'date-fns/locale/en-US';

/**
 * Clock times, weekdays and dates in a date-fns locale, English (US) by default. The sentences
 * around them ("tomorrow 9:00 AM", "in 5 min") are messages, worded by app/shared/i18n/translator.ts.
 */
export type FormattingLocale = Locale;

/** "3:00 PM" in the user's zone. */
export function formatClockTime(instant: number, timeZone: string, locale: Locale = enUS): string {
  return format(new TZDate(instant, timeZone), 'p', { locale });
}

/** "Mon": the weekday's short name, in the user's zone. */
export function formatWeekday(instant: number, timeZone: string, locale: Locale = enUS): string {
  return format(new TZDate(instant, timeZone), 'EEE', { locale });
}

/** Calendar days from now's to instant's, in the user's zone: 0 today, 1 tomorrow, -1 yesterday. */
export function daysFromToday(instant: number, now: number, timeZone: string): number {
  return differenceInCalendarDays(new TZDate(instant, timeZone), new TZDate(now, timeZone));
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
