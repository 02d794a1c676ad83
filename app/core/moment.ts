import type { JournalEntry, Pause, Session } from '../shared/domain';
import { localDateKey } from '../shared/local-date';
import type { Settings } from '../shared/settings';
import { planPrompts, type Plan } from './planner';
import { sessionIndex } from './planning-rules';
import { endOfLocalDay, startOfLocalDay } from './schedule';

const DAY_MS = 24 * 3_600_000;
/** How far ahead the schedule is read: a week, so the tray can name next Monday's first session. */
export const LOOKAHEAD_MS = 7 * DAY_MS;

export interface MomentInput {
  now: number;
  timeZone: string;
  settings: Settings;
  pause: Pause | null;
  journal: readonly JournalEntry[];
  /** Every source merged into sessions overlapping [from, to), days off already taken out. */
  sessionsBetween: (from: number, to: number) => Session[];
  isQuietDay: (instant: number) => boolean;
}

/**
 * Everything one wake (or one state push) needs, worked out once and passed down: the sessions
 * around now, the plan, and the facts the tray, the dashboard and the prompts are built from.
 */
export interface Moment {
  now: number;
  timeZone: string;
  pause: Pause | null;
  sessions: Session[];
  plan: Plan;
  quietToday: boolean;
  currentSession: Session | null;
  nextSession: Session | null;
  /** Whether a session is under way at an instant (a binary search over this moment's sessions). */
  insideSession: (instant: number) => boolean;
  dayStart: number;
  dayEnd: number;
  sessionsLeftToday: boolean;
}

export function deriveMoment({
  now,
  timeZone,
  settings,
  pause,
  journal,
  sessionsBetween,
  isQuietDay,
}: MomentInput): Moment {
  const sessions = sessionsBetween(now - DAY_MS, now + LOOKAHEAD_MS);
  const sameDay = (a: number, b: number) => localDateKey(a, timeZone) === localDateKey(b, timeZone);
  const dayStart = startOfLocalDay(now, timeZone).getTime();
  const dayEnd = endOfLocalDay(now, timeZone);
  return {
    now,
    timeZone,
    pause,
    sessions,
    plan: planPrompts({ sessions, settings, journal, pause, now, sameDay }),
    quietToday: isQuietDay(now),
    currentSession: sessions.find((session) => session.start <= now && now < session.end) ?? null,
    nextSession: sessions.find((session) => session.start > now) ?? null,
    insideSession: sessionIndex(sessions),
    dayStart,
    dayEnd,
    sessionsLeftToday: sessions.some((session) => session.end > now && session.start < dayEnd),
  };
}
