import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import { enUS } from 'date-fns/locale/en-US';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

/** "HH:MM" on a 24-hour clock, as the settings keep a time of day. */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function minutesOfDay(hhmm: string): number {
  const match = TIME_OF_DAY_PATTERN.exec(hhmm);
  if (!match) throw new Error(`"${hhmm}" is not a time like 09:00`);
  return Number(match[1]) * 60 + Number(match[2]);
}

// Any day will do: only the clock face is read or written.
const REFERENCE_DAY = new Date(2026, 0, 5);

/** Minutes after midnight as the clock on the wall reads it: "9:00 AM". */
export function formatMinutesOfDay(minutes: number, locale: Locale = enUS): string {
  return format(new Date(2026, 0, 5, Math.floor(minutes / 60), minutes % 60), 'p', { locale });
}

/** "HH:MM" as the clock on the wall reads it: "9:00 AM". */
export function formatTimeOfDay(hhmm: string, locale: Locale = enUS): string {
  return formatMinutesOfDay(minutesOfDay(hhmm), locale);
}

/** What people type for a time: "9", "9:30", "9.30", "930", "9am", "9:30 pm", "21:30". */
const TYPED_FORMATS = ['H:mm', 'h:mm a', 'h:mma', 'h a', 'ha', 'H', 'Hmm', 'HHmm'];

/** A typed time as "HH:MM", or null if it is not one. */
export function parseTypedTime(typed: string): string | null {
  const text = typed.trim().replace(/\./g, ':').replace(/\s+/g, ' ').toUpperCase();
  // "9:3" could mean 9:03 or 9:30: ask rather than guess.
  if (text === '' || /:\d(?!\d)/.test(text)) return null;
  for (const pattern of TYPED_FORMATS) {
    const parsed = parse(text, pattern, REFERENCE_DAY);
    if (isValid(parsed)) return format(parsed, 'HH:mm');
  }
  return null;
}
