import type { ActivePrompt, ExerciseId, Pause, PromptKind, Session } from '../shared/domain';
import { message, type Message } from '../shared/i18n/message';
import type { Language } from '../shared/i18n/languages';
import type { TrayMenuItem, TrayMenuModel } from '../shared/tray-menu';
import { availableExercises } from '../shared/exercises';
import type { Settings } from '../shared/settings';
import type { Moment } from './moment';
import { isPaused } from './planner';
import { activePromptLine, COUNTDOWN_HORIZON_MS, pauseLine, scheduleLine, snoozedLine } from './copy';
import { endOfLocalDay } from './schedule';

const MINUTE = 60_000;

export interface TrayMenuInput {
  now: number;
  language: Language;
  timeZone: string;
  currentSession: Session | null;
  nextSession: Session | null;
  pause: Pause | null;
  activePrompt: ActivePrompt | null;
  resetMinutes: number;
  /** The quick resets: every exercise the user has not hidden. */
  exercises: readonly { id: ExerciseId }[];
  /** Calendars whose last refresh failed; their last good schedule is still in use. */
  /** The calendars' names, as messages (the user's name, a host, or "Imported file"). */
  staleCalendars?: Message[];
  /** Today is a day off: no sessions, no prompts. */
  quietToday?: boolean;
  /** The next prompt that was put off, if any: "Reset at 8:24 PM". */
  snoozed?: { kind: PromptKind; until: number } | null;
}

/** The tray's input from one moment and the state around it. */
export function trayInputFor(
  moment: Moment,
  parts: Pick<TrayMenuInput, 'pause' | 'activePrompt' | 'staleCalendars' | 'language'> & { settings: Settings },
): TrayMenuInput {
  const snoozed = moment.plan.prompts
    .flatMap(({ prompt, status }) =>
      status.state === 'snoozed' && status.dueAt > moment.now && !isPaused(parts.pause, status.dueAt)
        ? [{ kind: prompt.kind, until: status.dueAt }]
        : [],
    )
    .sort((a, b) => a.until - b.until)[0];
  return {
    now: moment.now,
    language: parts.language,
    timeZone: moment.timeZone,
    currentSession: moment.currentSession,
    nextSession: moment.nextSession,
    pause: parts.pause,
    activePrompt: parts.activePrompt,
    resetMinutes: parts.settings.resetMinutes,
    exercises: availableExercises(parts.settings.exercises.hideBreathWork),
    staleCalendars: parts.staleCalendars ?? [],
    quietToday: moment.quietToday,
    snoozed: snoozed ?? null,
  };
}

/**
 * The next instant at which the tray's words change by themselves: a session starts or ends,
 * the countdown ticks down a minute, or midnight turns "tomorrow" into today. Between those
 * instants the tray is left alone, so it is updated at most once a minute and only on change.
 */
export function nextTrayChange({ now, timeZone, currentSession, nextSession, activePrompt }: TrayMenuInput): number {
  const changes = [endOfLocalDay(now, timeZone)];
  if (activePrompt?.stage === 'exercise' && activePrompt.startedAt !== undefined) {
    // "2 min left" counts down with the reset, whole minutes, to its end.
    const endsAt = activePrompt.startedAt + activePrompt.prompt.resetSeconds * 1000;
    if (endsAt > now) changes.push(endsAt - (Math.ceil((endsAt - now) / MINUTE) - 1) * MINUTE);
  }
  if (currentSession) changes.push(currentSession.end);
  if (nextSession) {
    const untilStart = nextSession.start - now;
    if (untilStart > COUNTDOWN_HORIZON_MS) changes.push(nextSession.start - COUNTDOWN_HORIZON_MS);
    // "in N min" is rounded up, so it changes as the time left crosses each whole minute.
    else changes.push(nextSession.start - (Math.ceil(untilStart / MINUTE) - 1) * MINUTE);
  }
  return Math.min(...changes.filter((instant) => instant > now));
}

/** The tray menu as data; Electron renders it natively and the preview as HTML. */
export function buildTrayMenu(input: TrayMenuInput): TrayMenuModel {
  const schedule = scheduleLine(input.now, input.timeZone, input.currentSession, input.nextSession);
  const onScreen = activePromptLine(input.activePrompt, input.now);
  const snoozed = input.snoozed
    ? snoozedLine(input.snoozed.kind, input.snoozed.until, input.now, input.timeZone)
    : null;
  const paused = input.pause ? pauseLine(input.pause, input.timeZone, input.now) : null;
  const pauseItems: TrayMenuItem[] = input.pause
    ? [{ kind: 'action', id: 'resume', text: message('tray.resume'), action: { type: 'resume' }, enabled: true }]
    : [
        {
          kind: 'submenu',
          id: 'pause',
          text: message('tray.pause'),
          items: [
            {
              kind: 'action',
              id: 'pause-hour',
              text: message('tray.pauseForHour'),
              action: { type: 'pause', for: 'hour' },
              enabled: true,
            },
            {
              kind: 'action',
              id: 'pause-today',
              text: message('tray.pauseForToday'),
              action: { type: 'pause', for: 'today' },
              enabled: true,
            },
            {
              kind: 'action',
              id: 'pause-indefinitely',
              text: message('tray.pauseUntilResumed'),
              action: { type: 'pause', for: 'until-resumed' },
              enabled: true,
            },
          ],
        },
      ];
  const items: TrayMenuItem[] = [
    // A reset under way says so first; otherwise the schedule leads.
    { kind: 'label', id: 'schedule', text: input.activePrompt?.stage === 'exercise' && onScreen ? onScreen : schedule },
    ...(paused ? [{ kind: 'label' as const, id: 'paused', text: paused }] : []),
    ...(snoozed && !paused ? [{ kind: 'label' as const, id: 'snoozed', text: snoozed }] : []),
    ...(input.quietToday ? [{ kind: 'label' as const, id: 'quiet', text: message('tray.quietDay') }] : []),
    ...(input.staleCalendars?.length
      ? [
          {
            kind: 'label' as const,
            id: 'stale',
            text: message('tray.calendarsOutOfDate', { calendars: { list: input.staleCalendars, join: 'and' } }),
          },
        ]
      : []),
    { kind: 'separator', id: 'separator-reset' },
    {
      kind: 'submenu',
      id: 'quick-reset',
      text: message('tray.startReset', { count: input.resetMinutes }),
      items: input.exercises.map((exercise) => ({
        kind: 'action' as const,
        id: `start-${exercise.id}`,
        text: message(`exercises.${exercise.id}.name`),
        action: { type: 'start-reset' as const, exercise: exercise.id },
        enabled: input.activePrompt?.stage !== 'exercise',
      })),
    },
    {
      kind: 'action',
      id: 'check-in-now',
      text: message('tray.checkInNow'),
      action: { type: 'check-in-now' },
      enabled: input.activePrompt?.stage !== 'exercise',
    },
    {
      kind: 'action',
      id: 'note-moment',
      text: message('tray.noteMoment'),
      action: { type: 'open-dashboard', view: 'note-moment' },
      enabled: true,
    },
    ...pauseItems,
    { kind: 'separator', id: 'separator-app' },
    { kind: 'action', id: 'open', text: message('tray.open'), action: { type: 'open-dashboard' }, enabled: true },
    {
      kind: 'action',
      id: 'patterns',
      text: message('tray.patterns'),
      action: { type: 'open-dashboard', view: 'patterns' },
      enabled: true,
    },
    {
      kind: 'action',
      id: 'settings',
      text: message('tray.settings'),
      action: { type: 'open-dashboard', view: 'settings' },
      enabled: true,
    },
    { kind: 'action', id: 'quit', text: message('tray.quit'), action: { type: 'quit' }, enabled: true },
  ];
  const stage = input.activePrompt?.stage;
  const state = input.pause
    ? 'paused'
    : stage === 'offer'
      ? 'prompt-waiting'
      : stage === 'exercise'
        ? 'in-reset'
        : input.currentSession
          ? 'in-session'
          : 'idle';
  const tooltip = message('tray.tooltip', { status: onScreen ?? paused ?? schedule });
  return { language: input.language, tooltip, state, items };
}
