import { useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { DashboardView } from '../../../app/shared/dashboard-view';
import { message as messageOf, type Message, type MessageKey } from '../../../app/shared/i18n/message';
import type { Nudge } from '../../../app/shared/patterns';
import { AlertLine } from '../controls/AlertLine';
import { useWords } from '../i18n/words';

/** Where a nudge's first button goes, and what it says it will do. */
const ACTIONS: Record<NonNullable<Nudge['action']>, { label: MessageKey; view: DashboardView }> = {
  reflection: { label: 'dashboard.nudge.action.reflection', view: 'reflection' },
  patterns: { label: 'dashboard.nudge.action.patterns', view: 'patterns' },
  support: { label: 'dashboard.nudge.action.support', view: 'patterns' },
  settings: { label: 'dashboard.nudge.action.settings', view: 'today' },
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
  const words = useWords();
  // The core's reason, as a message: worded at render, so a change of language rewords it.
  const [failure, setFailure] = useState<Message | null>(null);
  const answer = async (reply: 'not-now' | 'never') => {
    const outcome = await api.answerNudge({ kind: nudge.kind, answer: reply });
    if (!outcome.ok) setFailure(outcome.message ?? messageOf('dashboard.nudge.couldNotSave'));
  };
  const action = nudge.action ? ACTIONS[nudge.action] : null;
  return (
    <section className="card nudge" aria-labelledby="nudge-title">
      <h2 id="nudge-title">{words.t('dashboard.nudge.title')}</h2>
      <p>{words.say(nudge.text)}</p>
      <AlertLine message={failure && words.say(failure)} />
      <div className="actions">
        {action ? (
          <button
            type="button"
            className="button primary"
            onClick={() => (nudge.action === 'settings' ? showDaysOff() : onOpen(action.view))}
          >
            {words.t(action.label)}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void answer('not-now')}>
          {words.t('dashboard.nudge.notNow')}
        </button>
        <button type="button" className="button subtle" onClick={() => void answer('never')}>
          {words.t('dashboard.nudge.never')}
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
