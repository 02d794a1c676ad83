import type { ResetOutcome, Session, TimelineSession } from '../shared/domain';
import { postSessionPromptId, type Plan } from './planner';

/** Today's sessions, each with what became of the reset that follows it. */
export function timelineFor(sessions: readonly Session[], plan: Plan, now: number): TimelineSession[] {
  const byId = new Map(plan.prompts.map((planned) => [planned.prompt.id, planned]));
  return sessions.map((session) => {
    const planned = byId.get(postSessionPromptId(session));
    let reset: ResetOutcome = 'upcoming';
    if (planned) {
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
