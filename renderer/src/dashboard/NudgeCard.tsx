import { useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { DashboardView } from '../../../app/shared/dashboard-view';
import type { Nudge } from '../../../app/shared/patterns';
import { AlertLine } from '../controls/AlertLine';

/** Where a nudge's first button goes, and what it says it will do. */
const ACTIONS: Record<NonNullable<Nudge['action']>, { label: string; view: DashboardView }> = {
  reflection: { label: 'Write this week’s reflection', view: 'reflection' },
  patterns: { label: 'Look at the pace in Patterns', view: 'patterns' },
  support: { label: 'See your people in Patterns', view: 'patterns' },
  settings: { label: 'Plan a day off', view: 'today' },
};

/** A gentle note from the user's own data, with a way to act, to rest it a week, or to turn its kind off. */
export function NudgeCard({
  api,
  nudge,
  onOpen,
}: {
  api: InterludeApi;
  nudge: Nudge;
  onOpen: (view: DashboardView) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const answer = async (reply: 'not-now' | 'never') => {
    const outcome = await api.answerNudge({ kind: nudge.kind, answer: reply });
    if (!outcome.ok) setMessage(outcome.message ?? 'That could not be saved.');
  };
  const action = nudge.action ? ACTIONS[nudge.action] : null;
  return (
    <section className="card nudge" aria-labelledby="nudge-title">
      <h2 id="nudge-title">A gentle note</h2>
      <p>{nudge.text}</p>
      <AlertLine message={message} />
      <div className="actions">
        {action ? (
          <button
            type="button"
            className="button primary"
            onClick={() => (nudge.action === 'settings' ? showDaysOff() : onOpen(action.view))}
          >
            {action.label}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void answer('not-now')}>
          Not now
        </button>
        <button type="button" className="button subtle" onClick={() => void answer('never')}>
          Don’t show this kind again
        </button>
      </div>
    </section>
  );
}

/** The days-off card on the same page: brought into view with its first field focused. */
function showDaysOff(): void {
  const card = document.getElementById('days-off');
  card?.scrollIntoView({ block: 'start' });
  card?.querySelector<HTMLElement>('input, button, select')?.focus({ preventScroll: true });
}
