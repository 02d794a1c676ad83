import type { WeeklyTemplate } from '../../../../app/shared/settings';
import { summarizeTemplate } from '../../../../app/shared/template-days';
import { formatMinutesOfDay } from '../../../../app/shared/time-of-day';
import { weekdayName } from './weekdays';

/** What the template gives, worked out as the user types: "Monday: 7 sessions, 9:00 AM – 4:50 PM". */
export function TemplateSummary({ template }: { template: WeeklyTemplate }) {
  const days = [...summarizeTemplate(template)].sort((a, b) => a.day - b.day);
  if (days.length === 0) return null;
  return (
    <div className="template-summary" aria-live="polite">
      <h4 className="subheading">What this gives</h4>
      <ul className="plain-list">
        {days.map((summary) => {
          const count = summary.starts.length;
          const line = !summary.complete
            ? 'waiting for a time Interlude can read'
            : count === 0
              ? 'no sessions. Check its hours and breaks.'
              : `${count} session${count === 1 ? '' : 's'}, ${formatMinutesOfDay(summary.starts[0]!)} – ${formatMinutesOfDay(summary.lastEnd!)}${summary.breaksOutside.length > 0 ? '. A break lies outside these hours.' : ''}`;
          const warn = summary.complete && (count === 0 || summary.breaksOutside.length > 0);
          return (
            <li key={summary.day} className={warn ? 'summary-warning' : undefined}>
              <span className="summary-day">{weekdayName(summary.day)}:</span> {line}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
