import type { FieldError, Settings } from '../shared/settings';
import { minutesOfDay } from '../shared/time-of-day';
import { templateStartMinutes } from './schedule';

/**
 * What a valid weekly template can still get wrong: it would give no session at all, or a break
 * lies outside the day. Checked only when the template is in use, since a schedule that gives
 * nothing must never be saved as "your prompts now follow this schedule".
 */
export function templateProblems(settings: Settings): FieldError[] {
  if (!settings.calendar.useTemplate) return [];
  const { template } = settings;
  if (template.days.length === 0)
    return [
      {
        field: 'template.days',
        message: 'Choose at least one working day, or turn off “Also use my weekly schedule” under Calendars.',
      },
    ];
  const dayStart = minutesOfDay(template.dayStart);
  const dayEnd = minutesOfDay(template.dayEnd);
  const problems: FieldError[] = template.breaks.flatMap((pause, index) =>
    minutesOfDay(pause.end) <= dayStart || minutesOfDay(pause.start) >= dayEnd
      ? [{ field: `template.breaks.${index}.start`, message: 'This break is outside the working day.' }]
      : [],
  );
  if (templateStartMinutes(template).length === 0)
    problems.push({
      field: 'template.dayEnd',
      message: 'With these hours and breaks, a working day has no session. Shorten a break or lengthen the day.',
    });
  return problems;
}
