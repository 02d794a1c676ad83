import type { Language } from '../shared/i18n/languages';
import { message, type Message } from '../shared/i18n/message';
import type { AfterSession } from '../shared/check-in';
import type {
  ActivePrompt,
  ExerciseId,
  JournalEntry,
  Prompt,
  PromptClosing,
  Session,
  Suggestion,
} from '../shared/domain';
import { notificationFor } from './copy';
import type { Journal } from './journal';
import type { Moment } from './moment';
import type { Logger, Shell } from './ports';
import {
  isEngaged,
  offer,
  promptChoices,
  transition,
  type PromptEvent,
  type Screen,
  type Transition,
} from './prompt-lifecycle';

const REQUESTED_CHECK_IN_MS = 10 * 60_000;
/** "Check in now" within this long of a session is a check-in before it; otherwise one about the day so far. */
const BEFORE_SESSION_MS = 30 * 60_000;

export type Outcome = { ok: boolean; message?: Message };

export interface PromptDeskDeps {
  shell: Shell;
  log: Logger;
  journal: () => Journal;
  /** The one suggestion for a reset, from the check-in (if any), the hour and the user's choices. */
  suggest: (prompt: Prompt, afterSession: AfterSession | null, now: number) => Suggestion;
  /** Tells the user that something could not be saved. */
  notice: (notice: Message) => void;
  timeZone: () => string;
  language: () => Language;
}

/**
 * The prompt on screen: it holds the lifecycle's state, feeds it events from every surface,
 * and carries out what the machine returns (journal entries, windows, notifications).
 */
export class PromptDesk {
  private screen: Screen = { active: null, closing: null };

  constructor(private readonly deps: PromptDeskDeps) {}

  private get current(): ActivePrompt | null {
    return this.screen.active;
  }

  get active(): ActivePrompt | null {
    return this.screen.active;
  }

  /** The closing word of the last prompt answered in the window, while it is on screen. */
  get closing(): PromptClosing | null {
    return this.screen.closing;
  }

  /** The active prompt with its choices worked out for `now`. */
  activeAt(now: number): ActivePrompt | null {
    return this.current && { ...this.current, choices: promptChoices(this.current.prompt, now) };
  }

  /** An answer from any surface. Refused, with a reason, if it is not for the prompt on screen. */
  answer(promptId: string, event: PromptEvent, now: number): Promise<Outcome> {
    const onScreen = this.current?.prompt.id ?? this.screen.closing?.prompt.id;
    if (onScreen !== promptId) return Promise.resolve({ ok: false, message: message('errors.promptGone') });
    return this.apply(transition(this.screen, this.withSuggestion(event, now), now));
  }

  /** The window was closed: a closing word is done with; a waiting prompt only hides. */
  dismiss(now: number): Promise<Outcome> {
    if (this.current?.stage === 'exercise')
      return Promise.resolve({ ok: false, message: message('errors.resetInProgress') });
    if (!this.current && !this.screen.closing) {
      this.deps.shell.hidePromptWindow();
      return Promise.resolve({ ok: true });
    }
    return this.apply(transition(this.screen, { type: 'dismiss' }, now));
  }

  /** The exercise a Start with no choice begins: the suggestion on screen; null with nothing on screen. */
  suggestionFor(now: number): ExerciseId | null {
    const active = this.current;
    if (!active) return null;
    return (active.suggestion ?? this.deps.suggest(active.prompt, null, now)).exercise;
  }

  /**
   * A scheduled prompt has come due. It takes the screen from a prompt nobody has started on;
   * while the user is in the middle of one, it waits (the caller offers it again at the next wake).
   */
  fire(prompt: Prompt, now: number): 'shown' | 'waiting' {
    if (this.current && isEngaged(this.current)) return 'waiting';
    if (this.current || this.screen.closing) void this.apply(transition(this.screen, { type: 'replace' }, now));
    void this.show(prompt, now, true);
    return 'shown';
  }

  /** The prompt on screen has had its time, or a session is under way again. */
  withdraw(now: number): void {
    if (this.current?.stage !== 'exercise') void this.apply(transition(this.screen, { type: 'withdraw' }, now));
  }

  /** After a restart: where the user had got to. Shown again without a second notification. */
  resume(active: ActivePrompt, now: number): void {
    // At the choice of exercise, the suggestion comes from the check-in the journal holds.
    const answered = this.deps
      .journal()
      .entries()
      .findLast((entry) => entry.promptId === active.prompt.id && entry.event === 'checked-in');
    const answers = answered?.event === 'checked-in' && answered.answers?.type === 'after' ? answered.answers : null;
    const suggestion = active.step === 'choose' ? this.deps.suggest(active.prompt, answers, now) : undefined;
    this.screen = { active: suggestion ? { ...active, suggestion } : active, closing: null };
    this.deps.shell.showPromptWindow();
  }

  /** A reset left running long past its time is closed, so the window does not stay up for good. */
  abandon(now: number): void {
    if (this.current?.stage === 'exercise') void this.apply(transition(this.screen, { type: 'abandon' }, now));
  }

  /** "Check in now" from the tray. A prompt already on screen is opened instead, never thrown away. */
  async requestCheckIn(moment: Moment): Promise<void> {
    const { now, nextSession } = moment;
    if (this.current) return this.deps.shell.showPromptWindow({ focus: true });
    const dismissed = this.screen.closing ? this.apply(transition(this.screen, { type: 'replace' }, now)) : null;
    const before = nextSession !== null && nextSession.start - now <= BEFORE_SESSION_MS;
    const laterToday = nextSession !== null && nextSession.start < moment.dayEnd ? nextSession : null;
    const prompt: Prompt = {
      id: this.unusedId(`manual-${before ? 'check-in' : 'check-out'}@${new Date(now).toISOString()}`),
      kind: before ? 'check-in' : 'check-out',
      dueAt: now,
      expiresAt: Math.min(now + REQUESTED_CHECK_IN_MS, nextSession?.start ?? Infinity),
      // The session it is before, or the next one today, so the window can name it truly.
      session: laterToday,
      resetSeconds: 60,
      requested: true,
    };
    await Promise.all([dismissed, this.show(prompt, now, false)]);
  }

  /** A quick reset from the tray. A reset already waiting starts with this exercise instead. */
  async requestReset(
    exercise: ExerciseId | undefined,
    resetSeconds: number,
    now: number,
    next: Session | null,
  ): Promise<void> {
    const active = this.current;
    if (active?.stage === 'exercise') return this.deps.shell.showPromptWindow({ focus: true });
    if (active?.stage === 'offer') {
      if (active.prompt.kind !== 'reset' && active.prompt.kind !== 'wind-down')
        return this.deps.shell.showPromptWindow({ focus: true });
      const chosen = exercise ?? this.suggestionFor(now)!;
      await this.apply(transition(this.screen, { type: 'start', exercise: chosen, from: 'tray' }, now));
      return;
    }
    const dismissed = this.screen.closing ? this.apply(transition(this.screen, { type: 'replace' }, now)) : null;
    const prompt: Prompt = {
      id: this.unusedId(`manual@${new Date(now).toISOString()}`),
      kind: 'reset',
      dueAt: now,
      expiresAt: Math.min(now + resetSeconds * 1000, next?.start ?? Infinity),
      session: null,
      resetSeconds,
      requested: true,
    };
    const suggestion = this.deps.suggest(prompt, null, now);
    const shown = offer(prompt, now, suggestion);
    const started = transition(
      shown.screen,
      { type: 'start', exercise: exercise ?? suggestion.exercise, from: 'tray' },
      now,
    );
    await Promise.all([dismissed, this.apply(shown, false), this.apply(started)]);
  }

  /** A request's id is its instant; two in the same millisecond (or after the clock is set back) get a number. */
  private unusedId(base: string): string {
    const entries = this.deps.journal().entries();
    const taken = (id: string) => entries.some((entry) => entry.promptId === id);
    let id = base;
    for (let n = 2; taken(id); n++) id = `${base}~${n}`;
    return id;
  }

  private show(prompt: Prompt, now: number, announce: boolean): Promise<Outcome> {
    const isReset = prompt.kind === 'reset' || prompt.kind === 'wind-down';
    const shown = offer(prompt, now, isReset ? this.deps.suggest(prompt, null, now) : undefined);
    // Announced once it is the prompt on screen, before its window shows.
    const notification = () =>
      notificationFor(prompt, {
        choices: promptChoices(prompt, now),
        timeZone: this.deps.timeZone(),
        now,
        language: this.deps.language(),
      });
    return this.apply(shown, true, announce ? () => this.deps.shell.notify(notification()) : undefined);
  }

  /** A reset's check-in brings its suggestion, worked out from the answers. */
  private withSuggestion(event: PromptEvent, now: number): PromptEvent {
    if (event.type !== 'check-in' || !this.current) return event;
    const afterSession = event.answers?.type === 'after' ? event.answers : null;
    return { ...event, suggestion: this.deps.suggest(this.current.prompt, afterSession, now) };
  }

  /** State and effects at once, so a wake sees them; the returned promise is the journal write. */
  private apply(result: Transition, effects = true, announce?: () => void): Promise<Outcome> {
    if (!result.ok) return Promise.resolve(result);
    this.screen = result.screen;
    announce?.();
    if (effects) {
      const { shell } = this.deps;
      for (const effect of result.effects) {
        if (effect.type === 'show-window') shell.showPromptWindow(effect.focus ? { focus: true } : undefined);
        else if (effect.type === 'hide-window') shell.hidePromptWindow();
        else shell.closeNotification(effect.promptId);
      }
    }
    return this.record(result.entries);
  }

  /** Everything on screen goes, without a journal entry: "Erase everything" has removed the journal it would go in. */
  clear(): void {
    const shown = this.screen.active?.prompt.id ?? this.screen.closing?.prompt.id;
    if (shown) this.deps.shell.closeNotification(shown);
    this.screen = { active: null, closing: null };
    this.deps.shell.hidePromptWindow();
  }

  /** "How do you feel now?", answered on the closing word of a reset run to its end; once per reset. */
  async recordFeeling(promptId: string, activation: number, now: number): Promise<Outcome> {
    const closing = this.screen.closing;
    if (closing?.prompt.id !== promptId || closing.word.outcome !== 'completed')
      return { ok: false, message: message('errors.resetGone') };
    const answered = this.deps
      .journal()
      .entries()
      .some((entry) => entry.promptId === promptId && entry.event === 'felt');
    if (answered) return { ok: false, message: message('errors.answerAlreadySaved') };
    const { exercise } = closing.word;
    return this.record([{ at: now, promptId, kind: closing.prompt.kind, event: 'felt', exercise, activation }]);
  }

  /** Resolves ok only once every entry is on disk: an answer is never acknowledged if it was not saved. */
  async record(entries: readonly JournalEntry[]): Promise<Outcome> {
    try {
      // Each append joins the journal in memory at once and is written in turn.
      await Promise.all(entries.map((entry) => this.deps.journal().append(entry)));
      return { ok: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.deps.log.warn(`Interlude could not save its journal: ${reason}`);
      this.deps.notice(message('notices.journalNotSaved', { reason }));
      return { ok: false, message: message('errors.notSaved') };
    }
  }
}
