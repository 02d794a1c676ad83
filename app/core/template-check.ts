import { message } from '../shared/i18n/message';
import type { FieldError, Settings } from '../shared/settings';
import { summarizeTemplate } from '../shared/template-days';

/**
 * What a valid weekly template can still get wrong: a working day that gives no session, or a
 * break outside the day. Checked only when the template is in use, since a schedule that gives
 * nothing must never be saved as "your prompts now follow this schedule".
 */
export function templateProblems(settings: Settings): FieldError[] {
  if (!settings.calendar.useTemplate) return [];
  const { template } = settings;
  if (template.days.length === 0)
    return [{ field: 'template.days', message: message('settings.errors.noWorkingDays') }];
  return summarizeTemplate(template).flatMap((summary, index) => [
    ...summary.breaksOutside.map((breakIndex) => ({
      field: `template.days.${index}.breaks.${breakIndex}.start`,
      message: message('settings.errors.breakOutsideDay'),
    })),
    ...(summary.starts.length === 0
      ? [{ field: `template.days.${index}.end`, message: message('settings.errors.dayWithoutSessions') }]
      : []),
  ]);
}
