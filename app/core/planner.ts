import type { JournalEntry, Pause, Prompt, Session } from '../shared/domain';
import type { Settings } from '../shared/settings';

const MINUTE = 60_000;
/** How long a reset stays on offer after the last session of the day. */
export const LAST_RESET_WINDOW_MS = 60 * MINUTE;

export type PromptStatus =
  | { state: 'pending'; dueAt: number }
  | { state: 'snoozed'; dueAt: number }
  | { state: 'offered' }
  | { state: 'closed'; outcome: 'started' | 'completed' | 'skipped' | 'checked-in' | 'expired' };

export interface PlannedPrompt {
  prompt: Prompt;
  status: PromptStatus;
}

export interface PlanInput {
  sessions: readonly Session[];
  settings: Settings;
  journal: readonly JournalEntry[];
  pause: Pause | null;
  now: number;
}

export interface Plan {
  prompts: PlannedPrompt[];
  /** Prompts whose moment has come and whose window is still open, oldest first. */
  due: Prompt[];
  /** Prompts already on screen whose window has now closed. */
  expired: Prompt[];
  /** The next instant at which the plan changes by itself, if any. */
  nextDeadline: number | null;
}

export function resetPromptId(session: Session): string {
  return `reset@${new Date(session.end).toISOString()}`;
}

export function checkInPromptId(session: Session): string {
  return `check-in@${new Date(session.start).toISOString()}`;
}

/**
 * Every prompt the sessions call for, ignoring what has happened so far:
 * a check-in `lead` minutes before each session, and a reset at each session's end
 * that stays open until the next session's check-in is due.
 */
export function candidatePrompts(sessions: readonly Session[], settings: Settings): Prompt[] {
  const ordered = [...sessions].sort((a, b) => a.start - b.start);
  const leadMs = settings.checkInLeadMinutes * MINUTE;
  const resetSeconds = settings.resetMinutes * 60;
  const prompts: Prompt[] = [];
  ordered.forEach((session, index) => {
    const previous = ordered[index - 1];
    const next = ordered[index + 1];
    const checkInAt = session.start - leadMs;
    // A check-in must never land inside the previous session.
    if (leadMs > 0 && (!previous || previous.end <= checkInAt)) {
      prompts.push({ id: checkInPromptId(session), kind: 'check-in', dueAt: checkInAt, expiresAt: session.start, session, resetSeconds });
    }
    const closesAt =
      next && next.start - session.end <= LAST_RESET_WINDOW_MS ? next.start - leadMs : session.end + LAST_RESET_WINDOW_MS;
    if (closesAt > session.end) {
      prompts.push({ id: resetPromptId(session), kind: 'reset', dueAt: session.end, expiresAt: closesAt, session, resetSeconds });
    }
  });
  return prompts;
}

export function promptStatus(prompt: Prompt, entries: readonly JournalEntry[]): PromptStatus {
  const last = entries.at(-1);
  if (!last) return { state: 'pending', dueAt: prompt.dueAt };
  switch (last.event) {
    case 'offered':
      return { state: 'offered' };
    case 'snoozed':
      return { state: 'snoozed', dueAt: last.until };
    default:
      return { state: 'closed', outcome: last.event };
  }
}

export function isPaused(pause: Pause | null, instant: number): boolean {
  return pause !== null && instant >= pause.from && (pause.until === null || instant < pause.until);
}

/** A pure function of (sessions, settings, journal, pause, now): which prompts are due, and when to look again. */
export function planPrompts({ sessions, settings, journal, pause, now }: PlanInput): Plan {
  const entriesByPrompt = groupByPrompt(journal);
  const prompts = candidatePrompts(sessions, settings).map((prompt) => ({
    prompt,
    status: promptStatus(prompt, entriesByPrompt.get(prompt.id) ?? []),
  }));
  const due: Prompt[] = [];
  const expired: Prompt[] = [];
  const deadlines: number[] = [];
  for (const { prompt, status } of prompts) {
    if (status.state === 'offered') {
      if (now >= prompt.expiresAt) expired.push(prompt);
      else deadlines.push(prompt.expiresAt);
      continue;
    }
    if (status.state === 'closed' || isPaused(pause, status.dueAt) || status.dueAt >= prompt.expiresAt) continue;
    if (status.dueAt > now) deadlines.push(status.dueAt);
    else if (now < prompt.expiresAt) due.push({ ...prompt, dueAt: status.dueAt });
  }
  if (pause?.until != null && pause.until > now) deadlines.push(pause.until);
  due.sort((a, b) => a.dueAt - b.dueAt);
  return { prompts, due, expired, nextDeadline: deadlines.length > 0 ? Math.min(...deadlines) : null };
}

export function groupByPrompt(journal: readonly JournalEntry[]): Map<string, JournalEntry[]> {
  const grouped = new Map<string, JournalEntry[]>();
  for (const entry of journal) {
    const list = grouped.get(entry.promptId);
    if (list) list.push(entry);
    else grouped.set(entry.promptId, [entry]);
  }
  return grouped;
}
