import type { CalendarSources } from './calendar/calendar-sources';
import type { Journal } from './journal';
import { deriveMoment, type Moment } from './moment';
import type { Clock } from './ports';
import type { Preferences } from './preferences';
import { quietDayTest } from './quiet-days';
import { composeSchedule } from './schedule-composition';
import type { ScheduleSource } from './schedule-source';

export interface MomentSourceDeps {
  clock: Clock;
  preferences: Preferences;
  calendar: CalendarSources;
  journal: () => Journal;
  /** A fixed schedule (the preview's demo, a test's), instead of the template and calendars. */
  fixed?: ScheduleSource;
}

/** Where each wake and each state push gets its one Moment from. */
export class MomentSource {
  constructor(private readonly deps: MomentSourceDeps) {}

  /** Derives the moment; given an earlier one, keeps its sessions and only plans again (the journal moved on). */
  at(now = this.deps.clock.now(), earlier?: Moment): Moment {
    const { clock, preferences, calendar, fixed } = this.deps;
    const timeZone = clock.timeZone();
    const { settings, pause } = preferences;
    const isQuietDay = quietDayTest(settings.quietDays, calendar.outOfOfficeDates(), timeZone);
    const sessionsBetween = earlier
      ? () => earlier.sessions
      : (from: number, to: number) =>
          composeSchedule(from, to, {
            settings,
            timeZone,
            ...(fixed ? { fixed } : {}),
            calendarSessions: (a, b) => calendar.sessionsBetween(a, b),
            isQuietDay,
          });
    const journal = this.deps.journal().entries();
    return deriveMoment({ now, timeZone, settings, pause, journal, sessionsBetween, isQuietDay });
  }
}
