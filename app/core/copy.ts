import type { ActivePrompt, Pause, Prompt, PromptChoices, PromptKind, Session } from '../shared/domain';
import type { Language } from '../shared/i18n/languages';
import { message, type Message, type TimeParam } from '../shared/i18n/message';
import { resetLength } from '../shared/wording';
import type { Notification } from './ports';

/**
 * What the main process shows, notifications and the tray, as messages: each sentence is written
 * once, in the catalogues (tray.*, notifications.*), and says what is true at the moment it is shown.
 */

/** The tray counts down to the next session only when it is this close, so a quiet evening needs no minute-by-minute updates. */
export const COUNTDOWN_HORIZON_MS = 2 * 60 * 60_000;

const time = (kind: TimeParam['time'], at: number, now: number, zone: string): TimeParam => ({
  time: kind,
  at,
  now,
  zone,
});

export function scheduleLine(
  now: number,
  timeZone: string,
  currentSession: Session | null,
  nextSession: Session | null,
): Message {
  if (currentSession) return message('tray.inSessionUntil', { time: time('clock', currentSession.end, now, timeZone) });
  if (!nextSession) return message('tray.noSessionsThisWeek');
  const when = time('when', nextSession.start, now, timeZone);
  return nextSession.start - now <= COUNTDOWN_HORIZON_MS
    ? message('tray.nextSessionSoon', { when, countdown: { countdownMs: nextSession.start - now } })
    : message('tray.nextSession', { when });
}

export function pauseLine(pause: Pause, timeZone: string, now: number): Message {
  return pause.until === null
    ? message('tray.pausedUntilResumed')
    : message('tray.pausedUntil', { when: time('when', pause.until, now, timeZone) });
}

/** What the prompt on screen is doing, for the tray's first line; null when nothing is on screen. */
export function activePromptLine(active: ActivePrompt | null, now: number): Message | null {
  if (!active) return null;
  if (active.stage === 'exercise') {
    const endsAt = (active.startedAt ?? now) + active.prompt.resetSeconds * 1000;
    const left = Math.ceil((endsAt - now) / 60_000);
    return left > 0 ? message('tray.resetUnderWayLeft', { count: left }) : message('tray.resetUnderWay');
  }
  return message(`tray.waiting.${active.prompt.kind}`);
}

/** A prompt put off until later: "Reset at 8:24 PM". */
export function snoozedLine(kind: PromptKind, until: number, now: number, timeZone: string): Message {
  return message(`tray.snoozed.${kind}`, { when: time('when', until, now, timeZone) });
}

/** Start, and a snooze that says when it will ask again (none when the next session is too near). */
function resetActions(choices: PromptChoices | undefined, now: number, timeZone: string): Notification['actions'] {
  const start = { response: 'start', text: message('notifications.start') } as const;
  const snooze = choices?.snooze ?? { kind: 'in-five-minutes' };
  if (snooze.kind === 'none') return [start];
  const text =
    snooze.kind === 'at'
      ? message('notifications.askAgainAt', { time: time('clock', snooze.at, now, timeZone) })
      : message('notifications.inFiveMinutes');
  return [start, { response: 'snooze', text }];
}

export interface NotificationContext {
  choices?: PromptChoices;
  timeZone: string;
  now: number;
  language: Language;
}

export function notificationFor(
  prompt: Prompt,
  { choices, timeZone, now, language }: NotificationContext,
): Notification {
  const base = { kind: prompt.kind, promptId: prompt.id, language };
  const length = resetLength(prompt.resetSeconds);
  switch (prompt.kind) {
    case 'reset':
      return {
        ...base,
        title: message('notifications.reset.title'),
        body: message('notifications.reset.body', { length }),
        actions: resetActions(choices, now, timeZone),
      };
    case 'check-in':
      return {
        ...base,
        title: message('notifications.checkIn.title'),
        body: message('notifications.checkIn.body'),
        actions: [],
      };
    case 'check-out':
      return {
        ...base,
        title: message('notifications.checkOut.title'),
        body: message('notifications.checkOut.body'),
        actions: [],
      };
    case 'wind-down':
      return {
        ...base,
        title: message('notifications.windDown.title'),
        body: message('notifications.windDown.body', { length }),
        actions: resetActions(choices, now, timeZone),
      };
  }
}
