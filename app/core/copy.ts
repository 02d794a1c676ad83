import type { ActivePrompt, Pause, Prompt, PromptChoices, PromptKind, Session } from '../shared/domain';
import { minutesInWords } from '../shared/wording';
import type { Notification } from './ports';
import { formatClockTime, formatCountdown, formatWhen } from '../shared/time-format';

/**
 * The words the main process shows: notifications and the tray. One place, so each sentence is
 * written once and says what is true at the moment it is shown.
 */

/** The tray counts down to the next session only when it is this close, so a quiet evening needs no minute-by-minute updates. */
export const COUNTDOWN_HORIZON_MS = 2 * 60 * 60_000;

export function scheduleLine(
  now: number,
  timeZone: string,
  currentSession: Session | null,
  nextSession: Session | null,
): string {
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

const PROMPT_WAITING: Record<PromptKind, string> = {
  reset: 'A reset is waiting',
  'check-in': 'A check-in is waiting',
  'check-out': 'A check-in is waiting',
  'wind-down': 'A wind-down is waiting',
};

const SNOOZED_NAMES: Record<PromptKind, string> = {
  reset: 'Reset',
  'check-in': 'Check-in',
  'check-out': 'Check-in',
  'wind-down': 'Wind-down',
};

/** What the prompt on screen is doing, for the tray's first line; null when nothing is on screen. */
export function activePromptLine(active: ActivePrompt | null, now: number): string | null {
  if (!active) return null;
  if (active.stage === 'exercise') {
    const endsAt = (active.startedAt ?? now) + active.prompt.resetSeconds * 1000;
    const left = Math.ceil((endsAt - now) / 60_000);
    return left > 0 ? `Reset under way · ${left} min left` : 'Reset under way';
  }
  return PROMPT_WAITING[active.prompt.kind];
}

/** A prompt put off until later: "Reset at 8:24 PM". */
export function snoozedLine(kind: PromptKind, until: number, now: number, timeZone: string): string {
  return `${SNOOZED_NAMES[kind]} at ${formatWhen(until, now, timeZone)}`;
}

/** Start, and a snooze that says when it will ask again (none when the next session is too near). */
function resetActions(choices: PromptChoices | undefined, timeZone: string): Notification['actions'] {
  const snooze = choices?.snooze ?? { kind: 'in-five-minutes' };
  if (snooze.kind === 'none') return [{ response: 'start', text: 'Start' }];
  const text = snooze.kind === 'at' ? `Ask again at ${formatClockTime(snooze.at, timeZone)}` : 'In 5 minutes';
  return [
    { response: 'start', text: 'Start' },
    { response: 'snooze', text },
  ];
}

export function notificationFor(prompt: Prompt, choices?: PromptChoices, timeZone = 'UTC'): Notification {
  const base = { kind: prompt.kind, promptId: prompt.id };
  const length = prompt.resetSeconds < 120 ? 'a minute' : minutesInWords(prompt.resetSeconds);
  switch (prompt.kind) {
    case 'reset':
      return {
        ...base,
        title: 'Your session has ended',
        body: `Take ${length}?`,
        actions: resetActions(choices, timeZone),
      };
    case 'check-in':
      return {
        ...base,
        title: 'Your next session is about to start',
        body: 'A moment to arrive before it begins.',
        actions: [],
      };
    case 'check-out':
      return {
        ...base,
        title: 'Your session has ended',
        body: 'The next one starts soon. A breath before it?',
        actions: [],
      };
    case 'wind-down':
      return {
        ...base,
        title: 'That was your last session today',
        body: `Take ${length} to close the day?`,
        actions: resetActions(choices, timeZone),
      };
  }
}

/** Gentle nudges: the user's own data in plain words, never a diagnosis, a score or a risk. */
export const nudgeCopy = {
  carrying: (days: number, people: readonly string[]) =>
    `Over the past week you've often noted carrying something out of sessions: on ${days} of your last 5 working days. ` +
    `Many clinicians find it helps to bring that to consultation or supervision${people.length > 0 ? `, such as ${listInWords(people)}` : ''}.`,
  numbOrIrritated: (days: number, people: readonly string[]) =>
    `On ${days} of the last 7 days you chose "numb" or "irritated" after a session. ` +
    `A few minutes with this week's reflection, or a word with ${people.length > 0 ? listInWords(people, 'or') : 'a colleague you trust'}, can help you notice what it is asking for.`,
  lowerEnergy: () =>
    'Your energy before sessions has been lower than your own usual for three working days running. ' +
    'Rest is part of the work: a real lunch, an earlier finish, or a look at the pace of your week.',
  moreWornOut: () =>
    'Two weekly reflections running, you felt more worn out by the work than in the weeks before. ' +
    'Rest is part of the work: a real lunch, an earlier finish, or a look at the pace of your week.',
  backToBack: (days: readonly { weekday: string; sessions: number }[]) =>
    `${listInWords(days.map((day) => day.weekday))} each had sessions with no gap of 10 minutes or more ` +
    `(${listInWords(days.map((day) => String(day.sessions)))} sessions). ` +
    'If you can, a little more space between sessions, or a lighter caseload, gives each hour room to settle.',
  skippedMore: (skipped: number, taken: number) =>
    `This past week you skipped more resets (${skipped}) than you took (${taken}). ` +
    'That usually says the gaps are tight, not that you did anything wrong. A little more space between sessions may help.',
  dayOff: (days: number, sinceRecordsBegan: boolean) =>
    (sinceRecordsBegan
      ? `Every day of the ${days} Interlude has on record has had sessions. `
      : `It has been ${days} days since a full day without sessions. `) +
    'The lift from a day off fades within a few weeks. Is there a day you could plan to keep clear?',
  rememberedMoment: (date: string, text: string) => `Something you noted on ${date}: "${text}"`,
  /** In Patterns, when nudges are waiting for more check-ins. */
  waiting: (have: number, need: number) =>
    `Nudges compare the past week with your own weeks before it, and wait for at least ${need} check-ins: there ${have === 1 ? 'is 1' : `are ${have}`} so far.`,
};

/** "A, B and C". */
export function listInWords(items: readonly string[], last: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}
