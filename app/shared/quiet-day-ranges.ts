import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { formatISO } from 'date-fns/formatISO';

export interface DateRange {
  from: string;
  to: string;
}

/** Beyond this many days, the form asks before adding a time off: five years is more likely a typo than a sabbatical. */
export const LONG_TIME_OFF_DAYS = 60;

/** The longest time off the core accepts at all. */
export const MAX_TIME_OFF_DAYS = 366;

/** Days in a range, both ends counted. */
export function daysIn({ from, to }: DateRange): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
}

const nextDay = (date: string) => formatISO(addDays(parseISO(date), 1), { representation: 'date' });

/** Sorted, with overlapping and back-to-back ranges joined into one. */
export function mergeRanges(ranges: readonly DateRange[]): DateRange[] {
  const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const merged: DateRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.from <= nextDay(last.to)) {
      if (range.to > last.to) last.to = range.to;
    } else merged.push({ ...range });
  }
  return merged;
}

/** Ranges wholly before today: kept until the user clears them, and offered for clearing. */
export function pastRanges(ranges: readonly DateRange[], today: string): DateRange[] {
  return ranges.filter((range) => range.to < today);
}
