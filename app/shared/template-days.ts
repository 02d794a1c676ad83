import type { StartAlignment, WeeklyTemplate, WorkingDay } from './settings';
import { minutesOfDay, TIME_OF_DAY_PATTERN } from './time-of-day';

/** The working stretches of a day: its hours less its breaks, in order, as minutes after midnight. */
function stretches(day: WorkingDay): [number, number][] {
  let pieces: [number, number][] = [[minutesOfDay(day.start), minutesOfDay(day.end)]];
  for (const pause of day.breaks) {
    const from = minutesOfDay(pause.start);
    const to = minutesOfDay(pause.end);
    pieces = pieces.flatMap(([start, end]): [number, number][] =>
      to <= start || from >= end
        ? [[start, end]]
        : [
            ...(from > start ? [[start, from] as [number, number]] : []),
            ...(to < end ? [[to, end] as [number, number]] : []),
          ],
    );
  }
  return pieces;
}

/** The first minute at or after `minute` that a session may start on. */
function aligned(minute: number, alignment: StartAlignment): number {
  if (alignment === 'day') return minute;
  const step = alignment === 'half-hour' ? 30 : 60;
  const offset = alignment === 'hour' || alignment === 'half-hour' ? 0 : alignment;
  return minute + ((((offset - minute) % step) + step) % step);
}

/**
 * Session starts (minutes after midnight) on one working day. Sessions begin when the day begins
 * and again after each break, one every `sessionEveryMinutes`; an alignment moves each start on to
 * the next hour, half hour or chosen minute.
 */
export function workingDayStarts(day: WorkingDay, template: WeeklyTemplate): number[] {
  const starts: number[] = [];
  // A form mid-edit can hold no number, or nought: count nothing rather than loop for ever.
  if (!(template.sessionMinutes >= 1 && template.sessionEveryMinutes >= 1)) return starts;
  for (const [from, to] of stretches(day)) {
    let start = aligned(from, template.startAlignment);
    while (start + template.sessionMinutes <= to) {
      starts.push(start);
      start = aligned(start + template.sessionEveryMinutes, template.startAlignment);
    }
  }
  return starts;
}

export function workingDayOf(template: WeeklyTemplate, weekday: number): WorkingDay | undefined {
  return template.days.find((day) => day.day === weekday);
}

/** Whether every time in a day is well formed, so that it can be counted while the user types. */
export function isCountable(day: WorkingDay): boolean {
  return [day.start, day.end, ...day.breaks.flatMap((pause) => [pause.start, pause.end])].every((time) =>
    TIME_OF_DAY_PATTERN.test(time),
  );
}

export interface DaySummary {
  day: number;
  /** Session starts, minutes after midnight; empty when the day gives none. */
  starts: number[];
  /** When the last session ends, minutes after midnight. */
  lastEnd: number | null;
  /** Indexes of the breaks that lie wholly outside the day's hours. */
  breaksOutside: number[];
  /** False while a time in the day is not yet a time: nothing is counted. */
  complete: boolean;
}

/** What the template gives on each working day: the live summary under the form, and the core's checks. */
export function summarizeTemplate(template: WeeklyTemplate): DaySummary[] {
  return template.days.map((day) => {
    if (!isCountable(day)) return { day: day.day, starts: [], lastEnd: null, breaksOutside: [], complete: false };
    const start = minutesOfDay(day.start);
    const end = minutesOfDay(day.end);
    const starts = workingDayStarts(day, template);
    return {
      day: day.day,
      starts,
      lastEnd: starts.length > 0 ? starts.at(-1)! + template.sessionMinutes : null,
      breaksOutside: day.breaks.flatMap((pause, index) =>
        minutesOfDay(pause.end) <= start || minutesOfDay(pause.start) >= end ? [index] : [],
      ),
      complete: true,
    };
  });
}
