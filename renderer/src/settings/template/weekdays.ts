import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import type { Weekday } from '../../../../app/shared/settings';

/** ISO weekdays, Monday first. */
export const WEEKDAY_NUMBERS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

// 1 January 2024 was a Monday, so ISO weekday n falls on the nth of that month.
const dateOf = (day: number) => new Date(2024, 0, day);

/** The first letter in capitals, as a name standing alone is written ("lunes" → "Lunes"); English is unchanged. */
const standingAlone = (name: string, locale: Locale) => name.charAt(0).toLocaleUpperCase(locale.code) + name.slice(1);

/** "Monday" / "lunes" / "lundi": the weekday's name as a sentence says it, in the language's own words. */
export const weekdayInSentence = (day: number, locale: Locale): string => format(dateOf(day), 'EEEE', { locale });

/** "Monday" / "Lunes" / "Lundi": the name on its own, as a label, a legend or a list item shows it. */
export const weekdayName = (day: number, locale: Locale): string =>
  standingAlone(weekdayInSentence(day, locale), locale);

/** "Mon" / "Lun" / "Lun.": the short name on a day's checkbox. */
export const weekdayShort = (day: number, locale: Locale): string =>
  standingAlone(format(dateOf(day), 'EEE', { locale }), locale);
