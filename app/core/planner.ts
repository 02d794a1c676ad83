import type { JournalEntry, Pause, Prompt, Session } from '../shared/domain';
import type { Settings } from '../shared/settings';

import { checkInPrompt, postSessionPrompt, sessionIndex } from './planning-rules';

export { checkInPromptId, postSessionPromptId } from './planning-rules';

export type PromptStatus =
  | { state: 'pending'; dueAt: number }
  | { state: 'snoozed'; dueAt: number }
  | { state: 'offered' }
  | {
      state: 'closed';
      outcome: 'started' | 'completed' | 'skipped' | 'checked-in' | 'expired' | 'missed' | 'replaced';
      /** A completed reset that was ended before its time. */
      endedEarly?: boolean;
    };

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
  /** Whether two instants fall on the same day in the user's zone (for the day's last session). */
  sameDay: (a: number, b: number) => boolean;
}

export interface Plan {
  prompts: PlannedPrompt[];
  /** Prompts whose moment has come and whose window is still open, oldest first. */
  due: Prompt[];
  /** Prompts offered (or snoozed) whose window has now closed without an answer. */
  expired: Prompt[];
  /** The next instant at which the plan changes by itself, if any. */
  nextDeadline: number | null;
}

/** Every prompt the sessions call for, by the planning rules, ignoring what has happened so far. */
export function candidatePrompts(
  sessions: readonly Session[],
  settings: Settings,
  sameDay: (a: number, b: number) => boolean,
): Prompt[] {
  const ordered = [...sessions].sort((a, b) => a.start - b.start);
  const prompts: Prompt[] = [];
  ordered.forEach((session, index) => {
    const checkIn = checkInPrompt(session, ordered[index - 1], settings);
    if (checkIn) prompts.push(checkIn);
    const after = postSessionPrompt(session, ordered[index + 1], settings, sameDay);
    if (after) prompts.push(after);
  });
  // Belt and braces: whatever the rules produce, nothing falls inside a session.
  const insideSession = sessionIndex(ordered);
  return prompts.filter((prompt) => !insideSession(prompt.dueAt));
}

/** A reset's own check-in (answered or skipped) is a step inside it: the reset is still on offer. */
function isCheckInStepOfReset(prompt: Prompt, entry: JournalEntry): boolean {
  if (prompt.kind !== 'reset' && prompt.kind !== 'wind-down') return false;
  return entry.event === 'checked-in' || (entry.event === 'skipped' && entry.part === 'check-in');
}

/**
 * "Missed while asleep" (or while the clock was wrong) says the window went by unseen. If the
 * clock is then set back to before that record, the window comes round again, and the record no
 * longer holds: the prompt is offered when its window really comes.
 */
function isUndoneBySetBack(entry: JournalEntry, now: number): boolean {
  return entry.event === 'missed' && entry.reason !== 'overrun' && entry.at > now;
}

export function promptStatus(prompt: Prompt, entries: readonly JournalEntry[], now = Infinity): PromptStatus {
  // "How do you feel now?" is an afterword to a finished reset, not a step of its life.
  const last = entries.findLast(
    (entry): entry is Exclude<JournalEntry, { event: 'felt' }> =>
      entry.event !== 'felt' && !isCheckInStepOfReset(prompt, entry) && !isUndoneBySetBack(entry, now),
  );
  if (!last) return { state: 'pending', dueAt: prompt.dueAt };
  switch (last.event) {
    case 'offered':
      return { state: 'offered' };
    case 'snoozed':
      return { state: 'snoozed', dueAt: last.until };
    case 'completed':
      return { state: 'closed', outcome: 'completed', endedEarly: last.endedEarly };
    default:
      return { state: 'closed', outcome: last.event };
  }
}

export function isPaused(pause: Pause | null, instant: number): boolean {
  return pause !== null && instant >= pause.from && (pause.until === null || instant < pause.until);
}

/** A pure function of (sessions, settings, journal, pause, now): which prompts are due, and when to look again. */
export function planPrompts({ sessions, settings, journal, pause, now, sameDay }: PlanInput): Plan {
  const entriesByPrompt = groupByPrompt(journal);
  const prompts = candidatePrompts(sessions, settings, sameDay).map((prompt) => ({
    prompt,
    status: promptStatus(prompt, entriesByPrompt.get(prompt.id) ?? [], now),
  }));
  const due: Prompt[] = [];
  const expired: Prompt[] = [];
  const deadlines: number[] = [];
  const insideSession = sessionIndex(sessions);
  for (const { prompt, status } of prompts) {
    if (status.state === 'offered') {
      if (now >= prompt.expiresAt) expired.push(prompt);
      else deadlines.push(prompt.expiresAt);
      continue;
    }
    // A snooze that could not come back (asleep, paused, or a session in its way) still ends.
    if (status.state === 'snoozed' && now >= prompt.expiresAt) {
      expired.push(prompt);
      continue;
    }
    // A snooze never brings a prompt back inside a session.
    if (
      status.state === 'closed' ||
      isPaused(pause, status.dueAt) ||
      status.dueAt >= prompt.expiresAt ||
      insideSession(status.dueAt)
    )
      continue;
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
