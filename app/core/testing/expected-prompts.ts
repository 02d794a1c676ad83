import type { Session } from '../../shared/domain';
import { localDateKey } from '../../shared/local-date';
import type { Settings } from '../../shared/settings';

export interface ExpectedWindow {
  id: string;
  kind: 'reset' | 'check-in' | 'check-out' | 'wind-down';
  from: number;
  to: number;
}

const MINUTE = 60_000;
const iso = (instant: number) => new Date(instant).toISOString();

/**
 * The prompts a schedule calls for, worked out here from the rules as the README writes them,
 * so the tests do not grade the planner by the planner's own answers:
 * - a check-in `lead` minutes before a session, unless the one before ends by then;
 * - after a session, by the gap before the next that day: a reset from two minutes, a one-tap
 *   check-out below that, nothing if they touch; open until the next check-in (or the next start
 *   when that check-in was skipped);
 * - after the day's last, a wind-down for an hour (or until the next check-in, if sooner);
 * - never anything due inside a session.
 */
export function expectedWindows(sessions: readonly Session[], settings: Settings, zone: string): ExpectedWindow[] {
  const lead = settings.checkInLeadMinutes * MINUTE;
  const shortGap = settings.gapRules.shortResetMinutes * MINUTE;
  const sorted = [...sessions].sort((a, b) => a.start - b.start);
  const windows: ExpectedWindow[] = [];
  sorted.forEach((session, index) => {
    const previous = sorted[index - 1];
    const next = sorted[index + 1];
    if (lead > 0 && (!previous || previous.end < session.start - lead))
      windows.push({
        id: `check-in@${iso(session.start)}`,
        kind: 'check-in',
        from: session.start - lead,
        to: session.start,
      });
    const after = `after@${iso(session.end)}`;
    if (!next || localDateKey(next.start, zone) !== localDateKey(session.end, zone)) {
      const to = Math.min(session.end + 60 * MINUTE, next ? next.start - lead : Infinity);
      if (to > session.end) windows.push({ id: after, kind: 'wind-down', from: session.end, to });
      return;
    }
    const gap = next.start - session.end;
    if (gap <= 0) return;
    const to = lead > 0 && gap <= lead ? next.start : next.start - lead;
    if (gap >= shortGap && to > session.end) windows.push({ id: after, kind: 'reset', from: session.end, to });
    else if (gap < shortGap) windows.push({ id: after, kind: 'check-out', from: session.end, to: next.start });
  });
  const inside = (instant: number) => sorted.some((session) => session.start <= instant && instant < session.end);
  return windows.filter((window) => !inside(window.from));
}
