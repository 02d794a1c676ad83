import type { Prompt } from '../shared/domain';
import type { Moment } from './moment';
import { isPaused } from './planner';
import type { PromptDesk } from './prompt-desk';
import { abandonedAt, choiceChanges } from './prompt-lifecycle';
import { nextTrayChange, type TrayMenuInput } from './tray-menu';

/** With no sessions left today, feeds are checked hourly: the morning's schedule is still hours away. */
const OVERNIGHT_REFRESH_MS = 3_600_000;

/** What a wake remembers of the last one: when it was, and whether the system reported a sleep since. */
export interface WakeContext {
  lastWakeAt: number | null;
  resumedSince: boolean;
  /** Prompts that came due while the user was in the middle of another, and wait for it. */
  held: Map<string, Prompt>;
}

export interface WakeDeps {
  desk: PromptDesk;
  context: WakeContext;
  /** The same moment planned again after the journal moved on (same sessions, new statuses). */
  replanWith: (moment: Moment) => Moment;
  refreshAt: number | null;
  trayInput: (moment: Moment) => TrayMenuInput;
}

/**
 * One wake: record what was slept through, take down what has had its time, show what is due,
 * and say when to look again. The moment is derived once by the caller and passed down.
 */
export function wake(moment: Moment, deps: WakeDeps): { moment: Moment; nextWake: number } {
  const { desk } = deps;
  const { now, plan } = moment;
  let changed = recordSkippedOver(moment, deps);

  // Withdrawn the moment a session is under way again, for any reason, or when its window closes.
  // A prompt the user asked for inside what the schedule calls a session is theirs to keep.
  const active = desk.active;
  const shown = active?.prompt ?? desk.closing?.prompt;
  if (shown && active?.stage !== 'exercise') {
    const scheduledAndGone = !shown.requested && !plan.prompts.some(({ prompt }) => prompt.id === shown.id);
    // ...but only the session it was asked for in, not the ones after.
    const current = moment.currentSession;
    const askedInThisSession = shown.requested === true && current !== null && current.start <= shown.dueAt;
    const sessionBegan = moment.insideSession(now) && !askedInThisSession;
    // A closing word stays until it is read, unless a session gets under way.
    const timeUp = active !== null && (now >= shown.expiresAt || scheduledAndGone);
    if (timeUp || sessionBegan) {
      desk.withdraw(now);
      changed = true;
    }
  }
  const abandonAt = active ? abandonedAt(active) : null;
  if (abandonAt !== null && now >= abandonAt) {
    desk.abandon(now);
    changed = true;
  }
  // Offered prompts that are not on screen (the screen moved on, or the app restarted) close too.
  for (const prompt of plan.expired) {
    if (prompt.id === shown?.id) continue;
    void desk.record([{ at: now, promptId: prompt.id, kind: prompt.kind, event: 'expired' }]);
    changed = true;
  }

  // (An offered prompt is never due again, so the one on screen is not among these; a closing word may be.)
  const due = plan.due;
  const newest = due.at(-1);
  const fired = newest ? desk.fire(newest, now) : null;
  if (fired === 'shown') {
    // Several prompts can be due at once after a sleep; only the newest still makes sense to show.
    for (const stale of due.slice(0, -1))
      void desk.record([{ at: now, promptId: stale.id, kind: stale.kind, event: 'expired' }]);
    changed = true;
  }
  if (fired === 'waiting') for (const prompt of due) deps.context.held.set(prompt.id, prompt);
  changed = recordWaitedOut(moment, deps) || changed;
  const settled = changed ? deps.replanWith(moment) : moment;
  return { moment: settled, nextWake: nextWake(settled, deps) };
}

/**
 * A prompt whose whole window fell between this wake and the last one was never seen: it is not
 * shown late, and the journal says why. It claims a sleep only if the system reported one;
 * otherwise the clock was set forward past it. (Before the first wake nothing is known.)
 */
function recordSkippedOver(moment: Moment, { desk, context }: WakeDeps): boolean {
  const previous = context.lastWakeAt;
  const reason = context.resumedSince ? 'asleep' : 'clock-change';
  context.lastWakeAt = moment.now;
  context.resumedSince = false;
  if (previous === null || moment.now <= previous) return false;
  let recorded = false;
  for (const { prompt, status } of moment.plan.prompts) {
    if (status.state !== 'pending' || isPaused(moment.pause, prompt.dueAt)) continue;
    if (prompt.dueAt > previous && prompt.expiresAt <= moment.now) {
      void desk.record([{ at: moment.now, promptId: prompt.id, kind: prompt.kind, event: 'missed', reason }]);
      recorded = true;
    }
  }
  return recorded;
}

/**
 * A prompt that waited for the user to finish another says so if its window closed meanwhile,
 * or if the schedule or the zone changed under it, so it is never silently lost.
 */
function recordWaitedOut(moment: Moment, { desk, context }: WakeDeps): boolean {
  const planned = new Map(moment.plan.prompts.map((entry) => [entry.prompt.id, entry]));
  let recorded = false;
  for (const [id, prompt] of context.held) {
    const status = planned.get(id)?.status;
    if (status && status.state !== 'pending' && status.state !== 'snoozed') {
      context.held.delete(id);
    } else if (!status || moment.now >= prompt.expiresAt) {
      void desk.record([{ at: moment.now, promptId: id, kind: prompt.kind, event: 'missed', reason: 'busy' }]);
      context.held.delete(id);
      recorded = true;
    }
  }
  return recorded;
}

function nextWake(moment: Moment, { desk, refreshAt, trayInput, context }: WakeDeps): number {
  const { now } = moment;
  const deadlines = [nextTrayChange(trayInput(moment))];
  // A prompt waiting behind another is recorded the moment its window closes.
  for (const prompt of context.held.values()) deadlines.push(prompt.expiresAt);
  if (moment.plan.nextDeadline !== null) deadlines.push(moment.plan.nextDeadline);
  const active = desk.active;
  const abandonAt = active ? abandonedAt(active) : null;
  if (abandonAt !== null) deadlines.push(abandonAt);
  if (active && active.stage !== 'exercise') {
    deadlines.push(active.prompt.expiresAt);
    // The buttons' words ("In 5 minutes", "Ask again at 8:24") change at fixed instants.
    if (active.stage === 'offer') deadlines.push(...choiceChanges(active.prompt).filter((instant) => instant > now));
  }
  if (refreshAt !== null)
    deadlines.push(Math.max(refreshAt, now + (moment.sessionsLeftToday ? 1_000 : OVERNIGHT_REFRESH_MS)));
  return Math.min(
    ...deadlines.filter((instant) => instant > now),
    ...(deadlines.some((d) => d <= now) ? [now + 1_000] : []),
  );
}
