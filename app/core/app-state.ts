import type { ActivePrompt, AppState, CalendarState, JournalEntry, Pause, PromptClosing } from '../shared/domain';
import type { Language } from '../shared/i18n/languages';
import type { Message } from '../shared/i18n/message';
import type { Nudge } from '../shared/patterns';
import type { Person } from '../shared/records';
import type { Settings } from '../shared/settings';
import type { Moment } from './moment';
import { timelineFor } from './timeline';

export interface AppStateParts {
  settings: Settings;
  pause: Pause | null;
  language: Language;
  notices: readonly Message[];
  active: ActivePrompt | null;
  closing: PromptClosing | null;
  journal: readonly JournalEntry[];
  calendar: CalendarState;
  nudge: Nudge | null;
  reflection: AppState['reflection'];
  people: readonly Person[];
  navigation: AppState['navigation'];
  launchAtLogin: AppState['launchAtLogin'];
  firstStartedAt: number;
}

/** Everything a window draws itself from, built from one moment. */
export function buildAppState(moment: Moment, parts: AppStateParts): AppState {
  const { now, plan, dayStart, dayEnd } = moment;
  const upcoming = plan.prompts
    .flatMap(({ prompt, status }) =>
      status.state === 'pending' || status.state === 'snoozed' ? [{ kind: prompt.kind, dueAt: status.dueAt }] : [],
    )
    .filter((prompt) => prompt.dueAt > now)
    .sort((a, b) => a.dueAt - b.dueAt);
  const journalToday = parts.journal.filter((entry) => entry.at >= dayStart && entry.at < dayEnd);
  const completions = journalToday.flatMap((entry) => (entry.event === 'completed' ? [entry] : []));
  return {
    now,
    timeZone: moment.timeZone,
    language: parts.language,
    settings: parts.settings,
    notices: [...parts.notices],
    today: timelineFor(
      moment.sessions.filter((session) => session.start >= dayStart && session.start < dayEnd),
      plan,
      now,
      parts.firstStartedAt,
    ),
    nextSession: moment.nextSession,
    nextPrompt: upcoming[0] ?? null,
    activePrompt: parts.active,
    closing: parts.closing,
    pause: parts.pause,
    journalToday,
    resetsToday: {
      finished: completions.filter((entry) => !entry.endedEarly).length,
      endedEarly: completions.filter((entry) => entry.endedEarly).length,
    },
    quietToday: moment.quietToday,
    calendar: parts.calendar,
    nudge: parts.nudge,
    reflection: parts.reflection,
    people: [...parts.people],
    navigation: parts.navigation,
    launchAtLogin: parts.launchAtLogin,
    firstStartedAt: parts.firstStartedAt,
  };
}
