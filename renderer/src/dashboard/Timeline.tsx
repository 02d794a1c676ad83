import type { ResetOutcome, TimelineSession } from '../../../app/shared/domain';
import type { MessageKey } from '../../../app/shared/i18n/message';
import { useWords } from '../i18n/words';

const OUTCOME_TEXT = {
  upcoming: 'dashboard.timeline.outcome.upcoming',
  offered: 'dashboard.timeline.outcome.offered',
  'in-progress': 'dashboard.timeline.outcome.inProgress',
  snoozed: 'dashboard.timeline.outcome.snoozed',
  completed: 'dashboard.timeline.outcome.completed',
  'ended-early': 'dashboard.timeline.outcome.endedEarly',
  skipped: 'dashboard.timeline.outcome.skipped',
  expired: 'dashboard.timeline.outcome.expired',
  'before-start': 'dashboard.timeline.outcome.beforeStart',
} as const satisfies Record<ResetOutcome, MessageKey>;

interface TimelineProps {
  sessions: readonly TimelineSession[];
  now: number;
  timeZone: string;
}

export function Timeline({ sessions, now, timeZone }: TimelineProps) {
  const words = useWords();
  if (sessions.length === 0) return <p className="empty">{words.t('dashboard.timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={words.t('dashboard.timeline.label')}>
      {sessions.map((session) => {
        const current = session.start <= now && now < session.end;
        const past = session.end <= now;
        return (
          <li
            key={session.start}
            className="timeline-item"
            data-state={current ? 'current' : past ? 'past' : 'future'}
            aria-current={current ? 'true' : undefined}
          >
            <span className="timeline-time">
              {/* Each time kept whole: a narrow window breaks the line at the dash, never inside "11:50 AM". */}
              <span className="clock">{words.clock(session.start, timeZone)}</span> –{' '}
              <span className="clock">{words.clock(session.end, timeZone)}</span>
            </span>
            <span className="timeline-label">
              {current
                ? words.t('dashboard.timeline.inSession')
                : session.gapAfterMs != null && session.gapAfterMs < 4 * 3_600_000
                  ? words.t('dashboard.timeline.minutesFree', { minutes: Math.round(session.gapAfterMs / 60_000) })
                  : ''}
            </span>
            <span className="status-tag" data-outcome={session.reset}>
              {words.t(OUTCOME_TEXT[session.reset])}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
