import type { Session } from '../shared/domain';
import type { Settings } from '../shared/settings';
import { mergeBusyBlocks, withGaps } from './calendar/busy-blocks';
import { withoutQuietDays } from './quiet-days';
import { templateSchedule, type ScheduleSource } from './schedule-source';

export interface ScheduleInputs {
  settings: Settings;
  timeZone: string;
  /** A fixed schedule (the preview's demo, a test's), used instead of template and calendars. */
  fixed?: ScheduleSource;
  calendarSessions: (from: number, to: number) => Session[];
  isQuietDay: (instant: number) => boolean;
}

/** The schedule between two instants: every source merged into busy blocks, each knowing its gap to the next. */
export function composeSchedule(from: number, to: number, inputs: ScheduleInputs): Session[] {
  const { settings, timeZone, fixed, isQuietDay } = inputs;
  if (fixed) return withGaps(withoutQuietDays(fixed(from, to, settings, timeZone), isQuietDay));
  const calendar = withoutQuietDays(inputs.calendarSessions(from, to), isQuietDay);
  const template =
    settings.calendar.useTemplate || settings.calendar.sources.length === 0
      ? withoutQuietDays(templateSchedule(from, to, settings, timeZone), isQuietDay)
      : [];
  if (calendar.length === 0) return withGaps(template);
  // Overlapping or touching appointments, from any source, are one busy stretch.
  return withGaps(
    mergeBusyBlocks([...template, ...calendar]).map((block) => ({ ...block, source: 'calendar' as const })),
  );
}
