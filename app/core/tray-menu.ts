import type { ActivePrompt, ExerciseId, Pause, PromptKind, Session } from '../shared/domain';
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
  timeZone: string;
  currentSession: Session | null;
  nextSession: Session | null;
  pause: Pause | null;
  activePrompt: ActivePrompt | null;
  resetMinutes: number;
  /** The quick resets: every exercise the user has not hidden. */
  exercises: readonly { id: ExerciseId; name: string }[];
  /** Calendars whose last refresh failed; their last good schedule is still in use. */
  staleCalendars?: string[];
  /** Today is a day off: no sessions, no prompts. */
  quietToday?: boolean;
  /** The next prompt that was put off, if any: "Reset at 8:24 PM". */
  snoozed?: { kind: PromptKind; until: number } | null;
}

/** The tray's input from one moment and the state around it. */
export function trayInputFor(
  moment: Moment,
  parts: Pick<TrayMenuInput, 'pause' | 'activePrompt' | 'staleCalendars'> & { settings: Settings },
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
    ? [{ kind: 'action', id: 'resume', text: 'Resume prompts', action: { type: 'resume' }, enabled: true }]
    : [
        {
          kind: 'submenu',
          id: 'pause',
          text: 'Pause prompts',
          items: [
            {
              kind: 'action',
              id: 'pause-hour',
              text: 'For 1 hour',
              action: { type: 'pause', for: 'hour' },
              enabled: true,
            },
            {
              kind: 'action',
              id: 'pause-today',
              text: 'For the rest of today',
              action: { type: 'pause', for: 'today' },
              enabled: true,
            },
            {
              kind: 'action',
              id: 'pause-indefinitely',
              text: 'Until I resume',
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
    ...(input.quietToday ? [{ kind: 'label' as const, id: 'quiet', text: 'A quiet day: no prompts today' }] : []),
    ...(input.staleCalendars?.length
      ? [{ kind: 'label' as const, id: 'stale', text: `Calendar out of date: ${input.staleCalendars.join(', ')}` }]
      : []),
    { kind: 'separator', id: 'separator-reset' },
    {
      kind: 'submenu',
      id: 'quick-reset',
      text: `Start a ${input.resetMinutes}-minute reset`,
      items: input.exercises.map((exercise) => ({
        kind: 'action' as const,
        id: `start-${exercise.id}`,
        text: exercise.name,
        action: { type: 'start-reset' as const, exercise: exercise.id },
        enabled: input.activePrompt?.stage !== 'exercise',
      })),
    },
    {
      kind: 'action',
      id: 'check-in-now',
      text: 'Check in now',
      action: { type: 'check-in-now' },
      enabled: input.activePrompt?.stage !== 'exercise',
    },
    {
      kind: 'action',
      id: 'note-moment',
      text: 'Note a moment that mattered…',
      action: { type: 'open-dashboard', view: 'note-moment' },
      enabled: true,
    },
    ...pauseItems,
    { kind: 'separator', id: 'separator-app' },
    { kind: 'action', id: 'open', text: 'Open Interlude', action: { type: 'open-dashboard' }, enabled: true },
    {
      kind: 'action',
      id: 'patterns',
      text: 'Patterns',
      action: { type: 'open-dashboard', view: 'patterns' },
      enabled: true,
    },
    {
      kind: 'action',
      id: 'settings',
      text: 'Settings…',
      action: { type: 'open-dashboard', view: 'settings' },
      enabled: true,
    },
    { kind: 'action', id: 'quit', text: 'Quit Interlude', action: { type: 'quit' }, enabled: true },
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
  const tooltip = `Interlude · ${onScreen ?? paused ?? schedule}`;
  return { tooltip, state, items };
}
