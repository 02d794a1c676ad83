import type { Session } from '../shared/domain';
import type { Settings } from '../shared/settings';
import { templateSessionsBetween } from './schedule';

/** Where sessions come from: the weekly template today, calendars later. Returns sessions overlapping [from, to). */
export type ScheduleSource = (from: number, to: number, settings: Settings, timeZone: string) => Session[];

export const templateSchedule: ScheduleSource = (from, to, settings, timeZone) =>
  templateSessionsBetween(settings.template, from, to, timeZone);

export interface DemoScheduleOptions {
  /** When the first (already running) session ends. */
  firstEnd: number;
  sessionMs?: number;
  gapMs?: number;
  count?: number;
}

/** Short sessions with short gaps, so a newcomer sees prompts fire within a minute. */
export function demoSchedule({
  firstEnd,
  sessionMs = 60_000,
  gapMs = 6 * 60_000,
  count = 12,
}: DemoScheduleOptions): ScheduleSource {
  const sessions: Session[] = [];
  for (let index = 0, end = firstEnd; index < count; index++, end += gapMs + sessionMs) {
    sessions.push({ start: end - sessionMs, end, source: 'demo' });
  }
  return (from, to) => sessions.filter((session) => session.end > from && session.start < to);
}
