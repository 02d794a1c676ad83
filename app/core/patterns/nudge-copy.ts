import { message, type Message } from '../../shared/i18n/message';

/**
 * Gentle nudges: the user's own data in plain words, never a diagnosis, a score or a risk. Each is a
 * message (nudges.*), worded where it is shown; names of days and months are messages too, so the
 * core never writes a date in English.
 */

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

function partsOf(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** The weekday of a calendar date ("2026-11-07"), as a message: "Saturday". */
export function weekdayOf(date: string): Message {
  const { year, month, day } = partsOf(date);
  // Monday first, as ISO counts: getUTCDay() is 0 on Sunday.
  const index = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return message(`nudges.weekday.${WEEKDAYS[index]!}`);
}

/** The month of a calendar date, as a message: "November". */
export function monthOf(date: string): Message {
  return message(`nudges.month.${MONTHS[partsOf(date).month - 1]!}`);
}

/** A working day named in the pace nudge: its calendar date and how many sessions it had. */
export interface BackToBackDay {
  date: string;
  sessions: number;
}

export const nudgeCopy = {
  carrying: (days: number, people: readonly string[]): Message =>
    people.length > 0
      ? message('nudges.carryingSuchAs', { days, people: { list: people, join: 'and' } })
      : message('nudges.carrying', { days }),
  numbOrIrritated: (days: number, people: readonly string[]): Message =>
    message('nudges.numbOrIrritated', {
      days,
      people: people.length > 0 ? { list: people, join: 'or' } : message('nudges.aColleagueYouTrust'),
    }),
  lowerEnergy: (): Message => message('nudges.lowerEnergy'),
  moreWornOut: (): Message => message('nudges.moreWornOut'),
  /** Three working days running, oldest first. */
  backToBack: ([first, second, third]: readonly [BackToBackDay, BackToBackDay, BackToBackDay]): Message =>
    message('nudges.backToBack', {
      first: weekdayOf(first.date),
      second: weekdayOf(second.date),
      third: weekdayOf(third.date),
      firstSessions: first.sessions,
      secondSessions: second.sessions,
      thirdSessions: third.sessions,
    }),
  skippedMore: (skipped: number, taken: number): Message => message('nudges.skippedMore', { skipped, taken }),
  dayOff: (days: number, sinceRecordsBegan: boolean): Message =>
    message(sinceRecordsBegan ? 'nudges.dayOffSinceRecordsBegan' : 'nudges.dayOff', { count: days }),
  /** A moment the user wrote down, with the calendar date (in their zone) they wrote it. */
  rememberedMoment: (date: string, text: string): Message =>
    message('nudges.rememberedMoment', {
      weekday: weekdayOf(date),
      month: monthOf(date),
      day: partsOf(date).day,
      text,
    }),
};
