import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfMonth } from 'date-fns/startOfMonth';
import { localDateKey } from '../../shared/local-date';
import type { Bucket, PatternsRange } from '../../shared/patterns';

export interface RangeFrame {
  buckets: Bucket[];
  /** The first bucket's start, and the end of today, as instants. */
  from: number;
  to: number;
  /** Which bucket a local date falls in; -1 before the first. */
  indexOf(date: string): number;
}

const SHAPE: Record<PatternsRange, { unit: Bucket['unit']; count: number }> = {
  '1w': { unit: 'day', count: 7 },
  '4w': { unit: 'week', count: 4 },
  '12w': { unit: 'week', count: 12 },
  '1y': { unit: 'month', count: 12 },
};

/** The buckets of a range ending today: the last 7 days, the last 4 or 12 weeks (Monday to Sunday), or 12 months. */
export function rangeFrame(range: PatternsRange, now: number, timeZone: string): RangeFrame {
  const { unit, count } = SHAPE[range];
  const local = new TZDate(now, timeZone);
  const today = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), timeZone);
  const current = unit === 'day' ? today : unit === 'week' ? startOfISOWeek(today) : startOfMonth(today);
  const step = (date: TZDate, by: number) =>
    unit === 'day' ? addDays(date, by) : unit === 'week' ? addWeeks(date, by) : addMonths(date, by);
  const starts = Array.from({ length: count }, (_, index) => step(current, index - (count - 1)));
  const buckets = starts.map((start) => ({ start: localDateKey(start.getTime(), timeZone), unit }));
  const keys = buckets.map((bucket) => bucket.start);
  return {
    buckets,
    from: starts[0]!.getTime(),
    to: addDays(today, 1).getTime(),
    indexOf(date) {
      // Dates as "YYYY-MM-DD" sort as strings: the last start not after the date.
      let low = 0;
      let high = keys.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (keys[middle]! <= date) {
          found = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
      return found;
    },
  };
}
