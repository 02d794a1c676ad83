import type { Bucket } from '../../../app/shared/patterns';
import type { Translator } from '../../../app/shared/i18n/translator';

type DateFormat = 'dayShort' | 'dayLong' | 'weekday' | 'weekShort' | 'weekLong' | 'monthShort' | 'monthLong' | 'hour';

const OPTIONS: Record<DateFormat, Intl.DateTimeFormatOptions> = {
  dayShort: { weekday: 'short', day: 'numeric' },
  dayLong: { weekday: 'long', day: 'numeric', month: 'long' },
  weekday: { weekday: 'long' },
  weekShort: { day: 'numeric', month: 'short' },
  weekLong: { day: 'numeric', month: 'long' },
  monthShort: { month: 'short' },
  monthLong: { month: 'long', year: 'numeric' },
  hour: { hour: 'numeric' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date format in the window's language (Intl knows each language's order and names), made once. */
function formatIn(words: Translator, kind: DateFormat): Intl.DateTimeFormat {
  const locale = words.dateLocale.code ?? words.language;
  const id = `${locale}:${kind}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...OPTIONS[kind], timeZone: 'UTC' });
    formats.set(id, format);
  }
  return format;
}

/** A calendar date as noon UTC, so formatting in UTC shows that very date. */
export function dateOf(key: string): Date {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** For an axis: "Mon 2", "Nov 2", "Nov". */
export function shortLabel(bucket: Bucket, words: Translator): string {
  const date = dateOf(bucket.start);
  if (bucket.unit === 'day') return formatIn(words, 'dayShort').format(date);
  return formatIn(words, bucket.unit === 'week' ? 'weekShort' : 'monthShort').format(date);
}

/** For a sentence or a table: "Monday, November 2", "the week of November 2", "November 2026". */
export function longLabel(bucket: Bucket, words: Translator): string {
  const date = dateOf(bucket.start);
  if (bucket.unit === 'day') return formatIn(words, 'dayLong').format(date);
  return bucket.unit === 'week'
    ? words.t('patterns.weekOf', { date: formatIn(words, 'weekLong').format(date) })
    : formatIn(words, 'monthLong').format(date);
}

/** In a sentence about one week: "Thursday"; otherwise the long label. */
export function nameInSentence(bucket: Bucket, words: Translator): string {
  return bucket.unit === 'day' ? formatIn(words, 'weekday').format(dateOf(bucket.start)) : longLabel(bucket, words);
}

/** "Monday, November 9". */
export function dateInWords(key: string, words: Translator): string {
  return formatIn(words, 'dayLong').format(dateOf(key));
}

/** An hour of the day (0–23) as the language says it on a clock face: "9 AM", "9", "9 h". */
export function hourName(hour: number, words: Translator): string {
  return formatIn(words, 'hour').format(Date.UTC(2026, 0, 1, hour));
}
