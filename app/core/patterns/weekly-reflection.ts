import { TZDate } from '@date-fns/tz';
import { getISODay } from 'date-fns/getISODay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { localDateKey } from '../../shared/local-date';
import type { DiaryRecord } from '../../shared/records';
import type { Settings } from '../../shared/settings';
import { minutesOfDay } from '../../shared/time-of-day';

/** The ISO weekday the weekly reflection comes on: the user's choice, or the template's last working day. */
export function reflectionDay(settings: Settings): number {
  const days = settings.template.days.map((workingDay) => workingDay.day);
  return settings.reflection.weeklyDay ?? (days.length > 0 ? Math.max(...days) : 5);
}

/**
 * This week's reflection: the Monday that names the week, whether its day and time have come
 * (it is then offered), and whether it is saved or skipped. Null when the weekly reflection is off.
 */
export function weeklyReflection(
  now: number,
  timeZone: string,
  settings: Settings,
  diary: readonly DiaryRecord[],
): { week: string; due: boolean; saved: boolean } | null {
  if (!settings.reflection.weekly) return null;
  const local = new TZDate(now, timeZone);
  const week = localDateKey(startOfISOWeek(local).getTime(), timeZone);
  const saved = diary.some((record) => record.type === 'reflection' && record.week === week);
  const day = reflectionDay(settings);
  const weekday = getISODay(local);
  const minutes = local.getHours() * 60 + local.getMinutes();
  const come = weekday > day || (weekday === day && minutes >= minutesOfDay(settings.reflection.weeklyTime));
  return { week, due: come && !saved, saved };
}
