import type { WeeklyTemplate } from '../../../../app/shared/settings';
import { summarizeTemplate, type DaySummary } from '../../../../app/shared/template-days';
import { formatMinutesOfDay } from '../../../../app/shared/time-of-day';
import type { Translator } from '../../../../app/shared/i18n/translator';
import { useWords } from '../../i18n/words';
import { weekdayName } from './weekdays';

/** What one day gives, after its name: "7 sessions, 9:00 AM – 4:50 PM". */
function dayLine(summary: DaySummary, words: Translator): string {
  const count = summary.starts.length;
  if (!summary.complete) return words.t('settings.template.summary.waiting');
  if (count === 0) return words.t('settings.template.summary.noSessions');
  const params = {
    count,
    from: formatMinutesOfDay(summary.starts[0]!, words.dateLocale),
    to: formatMinutesOfDay(summary.lastEnd!, words.dateLocale),
  };
  return summary.breaksOutside.length > 0
    ? words.t('settings.template.summary.sessionsBreakOutside', params)
    : words.t('settings.template.summary.sessions', params);
}

/** What the template gives, worked out as the user types: "Monday: 7 sessions, 9:00 AM – 4:50 PM". */
export function TemplateSummary({ template }: { template: WeeklyTemplate }) {
  const words = useWords();
  const days = [...summarizeTemplate(template)].sort((a, b) => a.day - b.day);
  if (days.length === 0) return null;
  return (
    <div className="template-summary" aria-live="polite">
      <h4 className="subheading">{words.t('settings.template.summary.title')}</h4>
      <ul className="plain-list">
        {days.map((summary) => {
          const count = summary.starts.length;
          const warn = summary.complete && (count === 0 || summary.breaksOutside.length > 0);
          return (
            <li key={summary.day} className={warn ? 'summary-warning' : undefined}>
              <span className="summary-day">
                {words.t('settings.template.summary.day', { day: weekdayName(summary.day, words.dateLocale) })}
              </span>{' '}
              {dayLine(summary, words)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
