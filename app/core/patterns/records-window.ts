import type { JournalEntry } from '../../shared/domain';
import type { DaySchedule, DiaryRecord, Person } from '../../shared/records';

/** The user's records over a stretch of time, as patterns and nudges read them. */
export interface RecordsWindow {
  now: number;
  timeZone: string;
  journal: readonly JournalEntry[];
  diary: readonly DiaryRecord[];
  /** Recorded working days, with today's sessions so far among them. */
  days: readonly DaySchedule[];
  people: readonly Person[];
  /** Days since a day with no sessions; null when the records do not reach back far enough to say. */
  daysSinceDayOff: number | null;
}
