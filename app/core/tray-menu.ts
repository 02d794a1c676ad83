import type { ActivePrompt, ExerciseId, Pause, Session } from '../shared/domain';
import type { TrayMenuItem, TrayMenuModel } from '../shared/tray-menu';
import { endOfLocalDay } from './schedule';
import { formatClockTime, formatCountdown, formatWhen } from './time-format';

const MINUTE = 60_000;
/** The tray counts down to the next session only when it is this close, so a quiet evening needs no minute-by-minute updates. */
export const COUNTDOWN_HORIZON_MS = 2 * 60 * MINUTE;

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
}

export function scheduleLine({ now, timeZone, currentSession, nextSession }: TrayMenuInput): string {
  if (currentSession) return `In session until ${formatClockTime(currentSession.end, timeZone)}`;
  if (!nextSession) return 'No sessions in the next week';
  const when = formatWhen(nextSession.start, now, timeZone);
  const soon = nextSession.start - now <= COUNTDOWN_HORIZON_MS ? ` · ${formatCountdown(nextSession.start - now)}` : '';
  return `Next session ${when}${soon}`;
}

export function pauseLine(pause: Pause, timeZone: string, now: number): string {
  return pause.until === null
    ? 'Prompts paused until you resume'
    : `Paused until ${formatWhen(pause.until, now, timeZone)}`;
}

const PROMPT_WAITING = {
  reset: 'a reset is waiting',
  'check-in': 'a check-in is waiting',
  'check-out': 'a check-in is waiting',
  'wind-down': 'a wind-down is waiting',
} as const;

/**
 * The next instant at which the tray's words change by themselves: a session starts or ends,
 * the countdown ticks down a minute, or midnight turns "tomorrow" into today. Between those
 * instants the tray is left alone, so it is updated at most once a minute and only on change.
 */
export function nextTrayChange({ now, timeZone, currentSession, nextSession }: TrayMenuInput): number {
  const changes = [endOfLocalDay(now, timeZone)];
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
  const schedule = scheduleLine(input);
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
    { kind: 'label', id: 'schedule', text: schedule },
    ...(paused ? [{ kind: 'label' as const, id: 'paused', text: paused }] : []),
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
    ...pauseItems,
    { kind: 'separator', id: 'separator-app' },
    { kind: 'action', id: 'open', text: 'Open Interlude', action: { type: 'open-dashboard' }, enabled: true },
    { kind: 'action', id: 'quit', text: 'Quit Interlude', action: { type: 'quit' }, enabled: true },
  ];
  const state = input.pause
    ? 'paused'
    : input.activePrompt
      ? 'prompt-waiting'
      : input.currentSession
        ? 'in-session'
        : 'idle';
  const tooltip =
    input.activePrompt?.stage === 'offer'
      ? `Interlude · ${PROMPT_WAITING[input.activePrompt.prompt.kind]}`
      : `Interlude · ${paused ?? schedule}`;
  return { tooltip, state, items };
}
