import type { ResetOutcome, Session, TimelineSession } from '../shared/domain';
import { postSessionPromptId, type Plan } from './planner';

/**
 * Today's sessions, each with what became of the reset that follows it. A session that ended
 * before Interlude first ran says so, rather than look like a missed reset.
 */
export function timelineFor(
  sessions: readonly Session[],
  plan: Plan,
  now: number,
  firstStartedAt: number,
): TimelineSession[] {
  const byId = new Map(plan.prompts.map((planned) => [planned.prompt.id, planned]));
  return sessions.map((session) => {
    const planned = byId.get(postSessionPromptId(session));
    let reset: ResetOutcome = 'upcoming';
    if (session.end <= firstStartedAt) reset = 'before-start';
    else if (planned) {
      const { status, prompt } = planned;
      if (status.state === 'offered') reset = 'offered';
      else if (status.state === 'snoozed') reset = 'snoozed';
      else if (status.state === 'pending') reset = now >= prompt.expiresAt ? 'expired' : 'upcoming';
      else if (status.outcome === 'started') reset = 'in-progress';
      else if (status.outcome === 'completed') reset = status.endedEarly ? 'ended-early' : 'completed';
      else if (status.outcome === 'skipped' || status.outcome === 'expired') reset = status.outcome;
      else if (status.outcome === 'missed' || status.outcome === 'replaced') reset = 'expired';
    }
    return { ...session, reset };
  });
}
