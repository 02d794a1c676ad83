import type { ResetOutcome, TimelineSession } from '../../../app/shared/domain';
import { clockTime } from '../format';

const OUTCOME_TEXT: Record<ResetOutcome, string> = {
  upcoming: 'Reset to come',
  offered: 'Reset offered',
  'in-progress': 'Resetting now',
  snoozed: 'Reset snoozed',
  completed: 'Reset done',
  'ended-early': 'Reset ended early',
  skipped: 'Reset skipped',
  expired: 'No reset',
  'before-start': 'Before Interlude started',
};

interface TimelineProps {
  sessions: readonly TimelineSession[];
  now: number;
  timeZone: string;
}

export function Timeline({ sessions, now, timeZone }: TimelineProps) {
  if (sessions.length === 0) return <p className="empty">No sessions on your schedule today.</p>;
  return (
    <ol className="timeline" aria-label="Today’s sessions">
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
              <span className="clock">{clockTime(session.start, timeZone)}</span> –{' '}
              <span className="clock">{clockTime(session.end, timeZone)}</span>
            </span>
            <span className="timeline-label">
              {current
                ? 'In session'
                : session.gapAfterMs != null && session.gapAfterMs < 4 * 3_600_000
                  ? `${Math.round(session.gapAfterMs / 60_000)} min free`
                  : ''}
            </span>
            <span className="status-tag" data-outcome={session.reset}>
              {OUTCOME_TEXT[session.reset]}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
