import type { JournalEntry } from '../../shared/domain';
import type { DaySchedule, DiaryRecord, Person } from '../../shared/records';
import type { DayOffCount } from './pace';

/** The user's records over a stretch of time, as patterns and nudges read them. */
export interface RecordsWindow {
  now: number;
  timeZone: string;
  journal: readonly JournalEntry[];
  diary: readonly DiaryRecord[];
  /** Recorded working days, with today's sessions so far among them. */
  days: readonly DaySchedule[];
  people: readonly Person[];
  /** Days since a day with no sessions, or how long every recorded day has had them; null with no records. */
  daysSinceDayOff: DayOffCount | null;
}
