import type { Bucket } from '../../../app/shared/patterns';

const formats = {
  dayShort: new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', timeZone: 'UTC' }),
  dayLong: new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
  weekday: new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }),
  weekShort: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  weekLong: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
  monthShort: new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }),
  monthLong: new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A calendar date as noon UTC, so formatting in UTC shows that very date. */
export function dateOf(key: string): Date {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** For an axis: "Mon 2", "2 Nov", "Nov". */
export function shortLabel(bucket: Bucket): string {
  const date = dateOf(bucket.start);
  if (bucket.unit === 'day') return formats.dayShort.format(date);
  return bucket.unit === 'week' ? formats.weekShort.format(date) : formats.monthShort.format(date);
}

/** For a sentence or a table: "Monday 2 November", "the week of 2 November", "November 2026". */
export function longLabel(bucket: Bucket): string {
  const date = dateOf(bucket.start);
  if (bucket.unit === 'day') return formats.dayLong.format(date);
  return bucket.unit === 'week' ? `the week of ${formats.weekLong.format(date)}` : formats.monthLong.format(date);
}

/** In a sentence about one week: "Thursday"; otherwise the long label. */
export function nameInSentence(bucket: Bucket): string {
  return bucket.unit === 'day' ? formats.weekday.format(dateOf(bucket.start)) : longLabel(bucket);
}

export function dateInWords(key: string): string {
  return formats.dayLong.format(dateOf(key));
}
