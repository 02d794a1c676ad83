import type { CheckInAnswers } from '../shared/check-in';
import type {
  ActivePrompt,
  ClosingWord,
  ExerciseId,
  JournalEntry,
  Prompt,
  PromptChoices,
  PromptClosing,
  Suggestion,
} from '../shared/domain';
import { message, type Message, type MessageKey } from '../shared/i18n/message';

/**
 * One prompt's life on screen, as a pure machine in the manner of the player's:
 * (screen, event, now) → { screen, journal entries, effects }. The coordinator applies the
 * entries and effects; nothing here reads a clock, writes a file or touches a window.
 *
 *   offer (ask → check-in → choose) → exercise → ended
 *
 * It ends completed or ended early, skipped, snoozed or "still in session", expired, or
 * replaced. An ending answered in the window leaves a closing word on screen until dismissed.
 */

/** What the prompt window holds: the prompt in progress, or the closing word of the last one. */
export interface Screen {
  active: ActivePrompt | null;
  closing: PromptClosing | null;
}

export const SNOOZE_MS = 5 * 60_000;
/** A snooze never brings a prompt back in the last minute of its window: that is the next session's. */
export const SNOOZE_MARGIN_MS = 60_000;
/** A reset still under way this long after its planned end was walked away from. */
export const ABANDONED_AFTER_MS = 15 * 60_000;

/** When a reset under way counts as walked away from. */
export function abandonedAt(active: ActivePrompt): number | null {
  if (active.stage !== 'exercise' || active.startedAt === undefined) return null;
  return active.startedAt + active.prompt.resetSeconds * 1000 + ABANDONED_AFTER_MS;
}

/** Where an answer came from. Each surface sends the same events; only what is shown after differs. */
export type Surface = 'window' | 'notification' | 'tray' | 'keyboard';

export type PromptEvent =
  /** A reset's Start in its window: its own check-in comes first. */
  | { type: 'open-check-in' }
  /** A check-in saved (or skipped, null). For a reset it is a step; for a check-in it is the answer. */
  | { type: 'check-in'; answers: CheckInAnswers | null; suggestion?: Suggestion }
  | { type: 'start'; exercise: ExerciseId; from: Surface }
  | { type: 'finish'; exercise: ExerciseId; secondsDone: number; endedEarly: boolean }
  | { type: 'snooze'; from: Surface }
  | { type: 'overrun'; from: Surface }
  | { type: 'skip' }
  /** The closing word was read, or the window closed. */
  | { type: 'dismiss' }
  /** Its window of time closed, or a session is under way again. */
  | { type: 'withdraw' }
  /** A newer prompt takes the screen. */
  | { type: 'replace' }
  /** A reset left running long past its time (paused and walked away from, or its window gone). */
  | { type: 'abandon' };

export type PromptEffect =
  | { type: 'show-window'; focus: boolean }
  | { type: 'hide-window' }
  /** Every other surface showing this prompt (a notification, a toast) is taken down. */
  | { type: 'close-notification'; promptId: string };

export type Transition =
  { ok: true; screen: Screen; entries: JournalEntry[]; effects: PromptEffect[] } | { ok: false; message: Message };

const isReset = (prompt: Prompt) => prompt.kind === 'reset' || prompt.kind === 'wind-down';

/** What the snooze and "still in session" buttons will do if pressed at `now`. */
export function promptChoices(prompt: Prompt, now: number): PromptChoices {
  const cap = prompt.expiresAt - SNOOZE_MARGIN_MS;
  const snooze: PromptChoices['snooze'] = !isReset(prompt)
    ? { kind: 'none' }
    : now + SNOOZE_MS <= cap
      ? { kind: 'in-five-minutes' }
      : cap > now
        ? { kind: 'at', at: cap }
        : { kind: 'none' };
  // Asked again only if there is still a minute of the window left then, as with a snooze.
  return { snooze, overrun: now + SNOOZE_MS <= cap ? 'in-five-minutes' : 'skips' };
}

/** The instants at which promptChoices gives a different answer, so the words are re-sent then. */
export function choiceChanges(prompt: Prompt): number[] {
  return [prompt.expiresAt - SNOOZE_MARGIN_MS - SNOOZE_MS, prompt.expiresAt - SNOOZE_MARGIN_MS];
}

/** A prompt coming on screen (taking the closing word's place): recorded, and shown without taking the keyboard. */
export function offer(prompt: Prompt, now: number, suggestion?: Suggestion): Transition & { ok: true } {
  const active: ActivePrompt = {
    prompt,
    stage: 'offer',
    step: 'ask',
    choices: promptChoices(prompt, now),
    ...(suggestion ? { suggestion } : {}),
  };
  return {
    ok: true,
    screen: { active, closing: null },
    entries: [{ at: now, promptId: prompt.id, kind: prompt.kind, event: 'offered' }],
    effects: [{ type: 'show-window', focus: prompt.requested === true }],
  };
}

/** The user is in the middle of it: a prompt due meanwhile waits rather than take its place. */
export function isEngaged(active: ActivePrompt): boolean {
  if (active.stage === 'exercise') return true;
  return active.step !== 'ask' || active.prompt.requested === true;
}

export function transition(screen: Screen, event: PromptEvent, now: number): Transition {
  const { active } = screen;
  if (!active) {
    // Only the closing word is on screen: it can be read and closed, or make way.
    if (event.type === 'dismiss' || event.type === 'withdraw' || event.type === 'replace')
      return {
        ok: true,
        screen: { active: null, closing: null },
        entries: [],
        effects: event.type === 'replace' ? [] : [{ type: 'hide-window' }],
      };
    return refuse('errors.promptGone');
  }
  const { prompt } = active;
  const to = (next: ActivePrompt): Screen => ({ active: next, closing: null });
  const base = { at: now, promptId: prompt.id, kind: prompt.kind };
  const closeSurfaces: PromptEffect = { type: 'close-notification', promptId: prompt.id };
  const ended = (entry: JournalEntry | null): Transition => ({
    ok: true,
    screen: { active: null, closing: null },
    entries: entry ? [entry] : [],
    effects: [{ type: 'hide-window' }, closeSurfaces],
  });
  const closing = (entry: JournalEntry, word: ClosingWord, from: Surface): Transition =>
    // Answered in the window, the window says what will happen; answered elsewhere, it just goes.
    from === 'window' || from === 'keyboard'
      ? { ok: true, screen: { active: null, closing: { prompt, word } }, entries: [entry], effects: [closeSurfaces] }
      : ended(entry);

  switch (event.type) {
    case 'open-check-in':
      if (active.stage !== 'offer' || !isReset(prompt)) return refuse('prompt.refusals.resetNoLongerWaiting');
      if (active.step !== 'ask') return refuse('prompt.refusals.checkInUnderWay');
      return { ok: true, screen: to({ ...active, step: 'check-in' }), entries: [], effects: [closeSurfaces] };

    case 'check-in': {
      if (active.stage !== 'offer') return refuse('prompt.refusals.checkInNoLongerWaiting');
      const { answers } = event;
      if (isReset(prompt)) {
        if (answers?.type === 'before') return refuse('prompt.refusals.checkInComesAfter');
        if (active.step === 'choose') return refuse('prompt.refusals.checkInSaved');
        const entry: JournalEntry = answers
          ? { ...base, event: 'checked-in', answers }
          : { ...base, event: 'skipped', part: 'check-in' };
        const next: ActivePrompt = {
          ...active,
          step: 'choose',
          ...(event.suggestion ? { suggestion: event.suggestion } : {}),
        };
        return { ok: true, screen: to(next), entries: [entry], effects: [closeSurfaces] };
      }
      if (answers && (answers.type === 'before') !== (prompt.kind === 'check-in'))
        return refuse(
          prompt.kind === 'check-in' ? 'prompt.refusals.checkInComesBefore' : 'prompt.refusals.checkInComesAfter',
        );
      return ended(answers ? { ...base, event: 'checked-in', answers } : { ...base, event: 'skipped' });
    }

    case 'start':
      if (active.stage !== 'offer') return refuse('errors.promptGone');
      if (!isReset(prompt)) return refuse('prompt.refusals.onlyAResetStarts');
      return {
        ok: true,
        screen: to({ ...active, stage: 'exercise', exercise: event.exercise, startedAt: now }),
        entries: [{ ...base, event: 'started', exercise: event.exercise }],
        effects: [closeSurfaces, { type: 'show-window', focus: event.from !== 'window' }],
      };

    case 'finish': {
      if (active.stage !== 'exercise') return refuse('prompt.refusals.noResetInProgress');
      const secondsDone = Math.min(event.secondsDone, prompt.resetSeconds);
      const outcome = event.endedEarly ? 'ended-early' : 'completed';
      return {
        ok: true,
        screen: { active: null, closing: { prompt, word: { outcome, exercise: event.exercise, secondsDone } } },
        entries: [
          {
            ...base,
            kind: 'reset',
            event: 'completed',
            exercise: event.exercise,
            secondsDone,
            plannedSeconds: prompt.resetSeconds,
            endedEarly: event.endedEarly,
          },
        ],
        effects: [],
      };
    }

    case 'snooze': {
      if (active.stage !== 'offer' || active.step !== 'ask') return refuse('errors.promptGone');
      const choice = promptChoices(prompt, now).snooze;
      if (choice.kind === 'none') return refuse('prompt.refusals.tooSoonToSnooze');
      const until = choice.kind === 'at' ? choice.at : now + SNOOZE_MS;
      return closing(
        { ...base, event: 'snoozed', until, reason: 'snooze' },
        { outcome: 'snoozed', until, reason: 'snooze' },
        event.from,
      );
    }

    case 'overrun': {
      if (active.stage !== 'offer' || active.step !== 'ask') return refuse('errors.promptGone');
      // Still in session: ask again in five minutes, unless the next session is near by then.
      if (promptChoices(prompt, now).overrun === 'skips')
        return closing({ ...base, event: 'missed', reason: 'overrun' }, { outcome: 'overrun-skipped' }, event.from);
      const until = now + SNOOZE_MS;
      return closing(
        { ...base, event: 'snoozed', until, reason: 'overrun' },
        { outcome: 'snoozed', until, reason: 'overrun' },
        event.from,
      );
    }

    case 'skip':
      if (active.stage !== 'offer') return refuse('errors.promptGone');
      return ended({ ...base, event: 'skipped' });

    case 'dismiss':
      // Closing the window of a waiting prompt only hides it; the prompt still waits.
      if (active.stage === 'exercise') return refuse('errors.resetInProgress');
      return { ok: true, screen, entries: [], effects: [{ type: 'hide-window' }] };

    case 'withdraw':
      if (active.stage === 'exercise') return refuse('prompt.refusals.resetNeverInterrupted');
      return ended({ ...base, event: 'expired' });

    case 'replace':
      if (isEngaged(active)) return refuse('prompt.refusals.userInTheMiddle');
      return ended({ ...base, event: 'replaced' });

    case 'abandon':
      if (active.stage !== 'exercise') return refuse('prompt.refusals.noResetInProgress');
      // How much of it was done is not known, so nothing is claimed: the reset expired.
      return ended({ ...base, event: 'expired' });
  }
}

/** A refusal, with its reason as the words the window shows. */
function refuse(key: MessageKey): Transition {
  return { ok: false, message: message(key) };
}

/**
 * After a restart: where the user had got to with a prompt, from its journal entries alone.
 * Null when it has ended (or was never offered), so nothing is asked twice.
 */
export function resumeFromJournal(prompt: Prompt, entries: readonly JournalEntry[], now: number): ActivePrompt | null {
  const own = entries.filter((entry) => entry.promptId === prompt.id);
  const offeredAt = own.findLastIndex((entry) => entry.event === 'offered');
  if (offeredAt === -1) return null;
  const since = own.slice(offeredAt + 1);
  const started = since.find((entry) => entry.event === 'started');
  const ending = since.find((entry) => isEnding(entry) || entry.event === 'snoozed');
  if (ending) return null;
  const choices = promptChoices(prompt, now);
  if (started?.event === 'started') {
    // An exercise still within its time picks up where it was; one long past is left to expire.
    if (now >= started.at + prompt.resetSeconds * 1000) return null;
    return { prompt, stage: 'exercise', step: 'choose', exercise: started.exercise, startedAt: started.at, choices };
  }
  const checkedIn = since.some(
    (entry) => entry.event === 'checked-in' || (entry.event === 'skipped' && entry.part === 'check-in'),
  );
  return { prompt, stage: 'offer', step: checkedIn && isReset(prompt) ? 'choose' : 'ask', choices };
}

/** Whether an entry closes a prompt for good. A reset's own check-in skipped is a step, not an ending. */
export function isEnding(entry: JournalEntry): boolean {
  switch (entry.event) {
    case 'completed':
    case 'missed':
    case 'expired':
    case 'replaced':
      return true;
    case 'skipped':
      return entry.part === undefined;
    case 'checked-in':
      return entry.kind === 'check-in' || entry.kind === 'check-out';
    default:
      return false;
  }
}
