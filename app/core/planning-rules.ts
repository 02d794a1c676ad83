import type { Prompt, Session } from '../shared/domain';
import type { Settings } from '../shared/settings';

const MINUTE = 60_000;
/** How long a wind-down, or a reset with no next session soon, stays on offer. */
export const OPEN_ENDED_WINDOW_MS = 60 * MINUTE;

export function postSessionPromptId(session: Session): string {
  return `after@${new Date(session.end).toISOString()}`;
}

export function checkInPromptId(session: Session): string {
  return `check-in@${new Date(session.start).toISOString()}`;
}

/** How long before a session its check-in comes; nought when the user turned the check-in off. */
function checkInLeadMs(settings: Settings): number {
  return settings.checkInBeforeSession ? settings.checkInLeadMinutes * MINUTE : 0;
}

/**
 * Rule: the pre-session check-in comes `lead` minutes before the session. It is skipped when
 * the previous session ended less than `lead` before (or exactly then, when it would collide
 * with that session's own prompt); the previous session's prompt then offers it.
 */
export function checkInPrompt(session: Session, previous: Session | undefined, settings: Settings): Prompt | null {
  const leadMs = checkInLeadMs(settings);
  const dueAt = session.start - leadMs;
  if (leadMs === 0 || (previous && previous.end >= dueAt)) return null;
  return {
    id: checkInPromptId(session),
    kind: 'check-in',
    dueAt,
    expiresAt: session.start,
    session,
    resetSeconds: settings.resetMinutes * 60,
  };
}

/**
 * Rule: after a session, the offer scales to the gap before the next one. A gap of
 * `fullResetMinutes` or more gets the full reset; from `shortResetMinutes` the short one;
 * under that, a one-tap check-out. After the day's last session, a wind-down instead.
 * The offer stays open until the next session's check-in is due (or its start).
 */
export function postSessionPrompt(
  session: Session,
  next: Session | undefined,
  settings: Settings,
  sameDay: (a: number, b: number) => boolean,
): Prompt | null {
  const { gapRules } = settings;
  const id = postSessionPromptId(session);
  const base = { id, dueAt: session.end, session };
  if (!next || !sameDay(session.end, next.start)) {
    const expiresAt = next
      ? Math.min(session.end + OPEN_ENDED_WINDOW_MS, next.start - checkInLeadMs(settings))
      : session.end + OPEN_ENDED_WINDOW_MS;
    return expiresAt > session.end
      ? { ...base, kind: 'wind-down', expiresAt, resetSeconds: settings.resetMinutes * 60 }
      : null;
  }
  const gap = next.start - session.end;
  const leadMs = checkInLeadMs(settings);
  const thenCheckIn = leadMs > 0 && gap <= leadMs;
  // Open until the next check-in is due; if that check-in was skipped, until the next session starts.
  const expiresAt = thenCheckIn ? next.start : next.start - leadMs;
  if (gap >= gapRules.fullResetMinutes * MINUTE && expiresAt > session.end) {
    return { ...base, kind: 'reset', expiresAt, resetSeconds: settings.resetMinutes * 60 };
  }
  if (gap >= gapRules.shortResetMinutes * MINUTE && expiresAt > session.end) {
    return {
      ...base,
      kind: 'reset',
      expiresAt,
      resetSeconds: gapRules.shortResetSeconds,
      ...(thenCheckIn ? { thenCheckIn } : {}),
    };
  }
  if (gap <= 0) return null; // back to back: merged into one busy stretch upstream, nothing between
  return {
    ...base,
    kind: 'check-out',
    expiresAt: next.start,
    resetSeconds: gapRules.shortResetSeconds,
    ...(thenCheckIn ? { thenCheckIn } : {}),
  };
}

/** Rule: nothing is ever offered while a session is under way. */
export function isInsideSession(instant: number, sessions: readonly Session[]): boolean {
  return sessions.some((session) => session.start <= instant && instant < session.end);
}

/**
 * The same question, asked many times of one schedule: sessions sorted by start with the running
 * latest end, so each answer is a binary search (overlapping sessions included).
 */
export function sessionIndex(sessions: readonly Session[]): (instant: number) => boolean {
  const sorted = [...sessions].sort((a, b) => a.start - b.start);
  const latestEnd: number[] = [];
  sorted.forEach((session, index) => latestEnd.push(Math.max(session.end, latestEnd[index - 1] ?? -Infinity)));
  return (instant) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.start <= instant) low = middle + 1;
      else high = middle;
    }
    return low > 0 && latestEnd[low - 1]! > instant;
  };
}
