import { addHours } from 'date-fns';
import type { ContractHandlers, RequestOf } from '../shared/contract';
import { availableExercises } from '../shared/exercises';
import { suggestExercise, type Suggestion } from '../shared/exercises/suggest';
import {
  PauseSchema,
  type ActivePrompt,
  type ExerciseId,
  type AppState,
  type JournalEntry,
  type Pause,
  type Prompt,
  type Session,
} from '../shared/domain';
import { DEFAULT_SETTINGS, describeSettingsIssues, SettingsSchema, type Settings } from '../shared/settings';
import type { TrayAction, TrayMenuModel } from '../shared/tray-menu';
import { minutesInWords } from '../shared/wording';
import { loadJsonDocument } from './documents';
import { Journal } from './journal';
import { isPaused, planPrompts, type Plan } from './planner';
import type { Clock, DocumentStore, Logger, Notification, NotificationResponse, Shell, Timers } from './ports';
import { localDateKey } from '../shared/local-date';
import { endOfLocalDay, startOfLocalDay } from './schedule';
import { mergeBusyBlocks, withGaps } from './calendar/busy-blocks';
import { CalendarSources } from './calendar/calendar-sources';
import { inProcessReader } from './calendar/in-process-reader';
import type { CalendarReader, FeedFetcher, SecretStore } from './calendar/ports';
import { quietDayTest, withoutQuietDays } from './quiet-days';
import { templateSchedule, type ScheduleSource } from './schedule-source';
import { buildTrayMenu, nextTrayChange, type TrayMenuInput } from './tray-menu';
import { timelineFor } from './timeline';
import { Watcher, type WakeCause } from './watcher';

export const SETTINGS_DOCUMENT = 'settings.json';
export const PAUSE_DOCUMENT = 'pause.json';
const SNOOZE_MS = 5 * 60_000;
const DAY_MS = 24 * 3_600_000;
const LOOKAHEAD_MS = 7 * DAY_MS;
const OVERNIGHT_REFRESH_MS = 3_600_000;

export interface InterludeDeps {
  clock: Clock;
  timers: Timers;
  store: DocumentStore;
  shell: Shell;
  log: Logger;
  /** Defaults to the weekly template. */
  schedule?: ScheduleSource;
  /** Shown on the dashboard from the start, e.g. that a demo schedule is in use. */
  startupNotices?: string[];
  /** How calendars are read, fetched and their addresses kept. Tests may leave these out. */
  calendar?: { reader?: CalendarReader; fetchFeed?: FeedFetcher; secrets?: SecretStore };
}

const noFeeds: FeedFetcher = () => Promise.reject(new Error('Calendar feeds are not available here.'));

/** Keeps secrets in memory only: for tests, and for hosts with no safe place to put them. */
export function memorySecretStore(
  note = 'Calendar addresses are kept in memory only and forgotten when Interlude quits.',
): SecretStore {
  const secrets = new Map<string, string>();
  return {
    save: (id, secret) => Promise.resolve(void secrets.set(id, secret)),
    load: (id) => Promise.resolve(secrets.get(id)),
    remove: (id) => Promise.resolve(void secrets.delete(id)),
    describe: () => ({ encrypted: false, note }),
  };
}

type StateListener = (state: AppState) => void;

/**
 * The application core: owns settings, journal and pause state, runs the watcher, and
 * answers every contract request. Everything outside it is an adapter.
 */
export class Interlude {
  private settings: Settings = DEFAULT_SETTINGS;
  private pause: Pause | null = null;
  private journal!: Journal;
  private active: ActivePrompt | null = null;
  private readonly notices: string[];
  private readonly listeners = new Set<StateListener>();
  private readonly watcher: Watcher;
  private readonly calendar: CalendarSources;
  private readonly secrets: SecretStore;
  private lastTray = '';
  private lastWakeAt: number | null = null;

  constructor(private readonly deps: InterludeDeps) {
    this.notices = [...(deps.startupNotices ?? [])];
    this.secrets = deps.calendar?.secrets ?? memorySecretStore();
    this.calendar = new CalendarSources({
      store: deps.store,
      reader: deps.calendar?.reader ?? inProcessReader,
      fetchFeed: deps.calendar?.fetchFeed ?? noFeeds,
      secrets: this.secrets,
      clock: deps.clock,
      log: deps.log,
      onChange: () => void Promise.resolve().then(() => this.watcher.replan()),
    });
    this.watcher = new Watcher({
      clock: deps.clock,
      timers: deps.timers,
      onWake: (now, cause) => this.onWake(now, cause),
    });
  }

  async start(): Promise<void> {
    const { store } = this.deps;
    const settings = await loadJsonDocument(
      store,
      SETTINGS_DOCUMENT,
      SettingsSchema,
      DEFAULT_SETTINGS,
      'settings file',
    );
    const pause = await loadJsonDocument(store, PAUSE_DOCUMENT, PauseSchema.nullable(), null, 'pause setting');
    const journal = await Journal.open(store);
    this.settings = settings.value;
    this.pause = pause.value;
    this.journal = journal.journal;
    const calendarNotices = await this.calendar.load(this.settings.calendar);
    for (const notice of [settings.notice, pause.notice, journal.notice, ...calendarNotices]) {
      if (notice) {
        this.notices.push(notice);
        this.deps.log.warn(notice);
      }
    }
    this.active = this.restoreActivePrompt(this.deps.clock.now());
    this.watcher.start();
  }

  stop(): void {
    this.watcher.stop();
  }

  /** The system resumed, unlocked, or its clock or zone changed. After a sleep, feeds are refreshed too. */
  replan(reason: 'resume' | 'change' = 'change'): void {
    if (reason === 'resume') this.calendar.refreshAllSoon();
    this.watcher.replan(reason === 'resume' ? 'clock-jump' : 'replan');
  }

  /** Times the core looked at its plan. */
  get wakeCount(): number {
    return this.watcher.wakeCount;
  }

  /** Times a timer fired, including the once-a-minute ones that only check the clock. */
  get timerCount(): number {
    return this.watcher.timerCount;
  }

  onStateChanged(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every journal write so far is durable and no calendar refresh is under way. */
  async flushed(): Promise<void> {
    await this.calendar.idle();
    await this.journal.flushed();
  }

  readonly handlers: ContractHandlers = {
    getState: () => this.snapshot(),
    respondToPrompt: (request) => this.respondToPrompt(request),
    saveCheckIn: (request) => this.saveCheckIn(request),
    finishExercise: (request) => this.finishExercise(request),
    updateSettings: (request) => this.updateSettings(request),
    closeWindow: () => {
      if (this.active?.stage !== 'exercise') this.deps.shell.hidePromptWindow();
      return undefined;
    },
    openDashboard: () => {
      this.deps.shell.showDashboard();
      return undefined;
    },
    importCalendar: async ({ text }) => this.addSource(await this.calendar.importFile(text, this.timeZone())),
    subscribeCalendar: async ({ url }) => this.addSource(await this.calendar.subscribe(url)),
    removeCalendar: async ({ id }) => {
      if (!this.settings.calendar.sources.some((source) => source.id === id))
        return { ok: false, message: 'That calendar is no longer in the list.' };
      await this.saveSettings({
        ...this.settings,
        calendar: { ...this.settings.calendar, sources: this.settings.calendar.sources.filter((s) => s.id !== id) },
      });
      await this.calendar.remove(id);
      return { ok: true };
    },
    refreshCalendars: () => {
      this.calendar.refreshAllSoon();
      this.watcher.replan();
      return { ok: true };
    },
    reportTimeZone: ({ timeZone }) => {
      const { clock } = this.deps;
      if (clock.followTimeZone && timeZone !== clock.timeZone()) {
        clock.followTimeZone(timeZone);
        this.watcher.replan('zone-change');
      }
      return undefined;
    },
  };

  private async addSource(
    result: Awaited<ReturnType<CalendarSources['importFile']>>,
  ): Promise<{ ok: boolean; message?: string }> {
    if (!result.ok) return result;
    await this.saveSettings({
      ...this.settings,
      calendar: { ...this.settings.calendar, sources: [...this.settings.calendar.sources, result.source] },
    });
    return { ok: true };
  }

  private async saveSettings(settings: Settings): Promise<void> {
    await this.deps.store.write(SETTINGS_DOCUMENT, JSON.stringify(settings, null, 2));
    this.settings = settings;
    this.calendar.configure(settings.calendar);
    this.watcher.replan();
  }

  /** Resolves when the feed refreshes due now have finished. */
  refreshDueCalendars(): Promise<void> {
    return this.calendar.tick(this.deps.clock.now(), this.timeZone());
  }

  async handleTrayAction(action: TrayAction): Promise<void> {
    const now = this.deps.clock.now();
    switch (action.type) {
      case 'start-reset':
        return this.startManualReset(now, action.exercise);
      case 'pause': {
        const until =
          action.for === 'hour'
            ? addHours(now, 1).getTime()
            : action.for === 'today'
              ? endOfLocalDay(now, this.timeZone())
              : null;
        return this.setPause({ from: now, until });
      }
      case 'resume':
        return this.setPause(null);
      case 'check-in-now':
        return this.startManualCheckIn(now);
      case 'open-dashboard':
        this.deps.shell.showDashboard();
        return;
      case 'quit':
        this.stop();
        await this.flushed();
        this.deps.shell.quit();
        return;
    }
  }

  snapshot(): AppState {
    const now = this.deps.clock.now();
    const timeZone = this.timeZone();
    const plan = this.plan(now);
    const dayStart = startOfLocalDay(now, timeZone).getTime();
    const dayEnd = endOfLocalDay(now, timeZone);
    const upcoming = plan.prompts
      .flatMap(({ prompt, status }) =>
        status.state === 'pending' || status.state === 'snoozed' ? [{ kind: prompt.kind, dueAt: status.dueAt }] : [],
      )
      .filter((prompt) => prompt.dueAt > now)
      .sort((a, b) => a.dueAt - b.dueAt);
    return {
      now,
      timeZone,
      settings: this.settings,
      notices: [...this.notices],
      today: timelineFor(
        this.sessionsAround(now).filter((session) => session.start >= dayStart && session.start < dayEnd),
        plan,
        now,
      ),
      nextSession: this.sessionsAround(now).find((session) => session.start > now) ?? null,
      nextPrompt: upcoming[0] ?? null,
      activePrompt: this.active,
      pause: this.pause,
      journalToday: this.journal.entries().filter((entry) => entry.at >= dayStart && entry.at < dayEnd),
      quietToday: this.quietDayTest()(now),
      calendar: { sources: this.calendar.statuses(now), secretStorage: this.secrets.describe() },
    };
  }

  trayMenu(): TrayMenuModel {
    return buildTrayMenu(this.trayInput(this.deps.clock.now()));
  }

  private trayInput(now: number): TrayMenuInput {
    const sessions = this.sessionsAround(now);
    return {
      now,
      timeZone: this.timeZone(),
      currentSession: sessions.find((session) => session.start <= now && now < session.end) ?? null,
      nextSession: sessions.find((session) => session.start > now) ?? null,
      pause: this.pause,
      activePrompt: this.active,
      resetMinutes: this.settings.resetMinutes,
      exercises: availableExercises(this.settings.exercises.hideBreathWork),
      staleCalendars: this.calendar.staleLabels(),
      quietToday: this.quietDayTest()(now),
    };
  }

  private timeZone(): string {
    return this.deps.clock.timeZone();
  }

  /** The schedule around now: every source merged into busy blocks, each knowing its gap to the next. */
  private sessionsAround(now: number): Session[] {
    const from = now - DAY_MS;
    const to = now + LOOKAHEAD_MS;
    const isQuietDay = this.quietDayTest();
    if (this.deps.schedule)
      return withGaps(withoutQuietDays(this.deps.schedule(from, to, this.settings, this.timeZone()), isQuietDay));
    const calendar = withoutQuietDays(this.calendar.sessionsBetween(from, to), isQuietDay);
    const template =
      this.settings.calendar.useTemplate || this.settings.calendar.sources.length === 0
        ? withoutQuietDays(templateSchedule(from, to, this.settings, this.timeZone()), isQuietDay)
        : [];
    if (calendar.length === 0) return withGaps(template);
    // Overlapping or touching appointments, from any source, are one busy stretch.
    return withGaps(
      mergeBusyBlocks([...template, ...calendar]).map((block) => ({ ...block, source: 'calendar' as const })),
    );
  }

  private quietDayTest(): (instant: number) => boolean {
    return quietDayTest(this.settings.quietDays, this.calendar.outOfOfficeDates(), this.timeZone());
  }

  private plan(now: number): Plan {
    const timeZone = this.timeZone();
    const sameDay = (a: number, b: number) => localDateKey(a, timeZone) === localDateKey(b, timeZone);
    return planPrompts({
      sessions: this.sessionsAround(now),
      settings: this.settings,
      journal: this.journal.entries(),
      pause: this.pause,
      now,
      sameDay,
    });
  }

  private onWake(now: number, cause: WakeCause): number | null {
    if (cause === 'clock-jump') {
      // A sleep or a change of clock: feeds may have changed meanwhile.
      this.deps.log.info('The clock moved (a sleep or a change of time); re-planning.');
      this.calendar.refreshAllSoon();
    } else if (cause === 'zone-change') {
      this.deps.log.info(`The time zone is now ${this.timeZone()}; re-planning.`);
    }
    if (this.pause?.until != null && now >= this.pause.until) void this.setPause(null, false);
    let plan = this.plan(now);
    this.recordSleptThrough(plan, now);
    for (const prompt of plan.expired) this.withdraw(prompt, now);
    // Prompts the user asked for are not in the plan; their window closes all the same.
    if (this.active?.stage === 'offer' && now >= this.active.prompt.expiresAt) this.withdraw(this.active.prompt, now);
    const newest = plan.due.at(-1);
    // Several prompts can be due at once after a sleep; only the newest still makes sense to show.
    for (const stale of plan.due.slice(0, -1))
      void this.record({ at: now, promptId: stale.id, kind: stale.kind, event: 'expired' });
    if (newest) this.fire(newest, now);
    if (plan.expired.length > 0 || newest) plan = this.plan(now);
    void this.calendar.tick(now, this.timeZone());
    this.publish();
    const deadlines = [nextTrayChange(this.trayInput(now))];
    if (plan.nextDeadline !== null) deadlines.push(plan.nextDeadline);
    if (this.active?.stage === 'offer') deadlines.push(this.active.prompt.expiresAt);
    const refreshAt = this.calendar.nextRefreshAt();
    if (refreshAt !== null) {
      // With no sessions left today, feeds are checked hourly: the morning's schedule is still hours away.
      const spacing = this.sessionsLeftToday(now) ? 1_000 : OVERNIGHT_REFRESH_MS;
      deadlines.push(Math.max(refreshAt, now + spacing));
    }
    return Math.min(...deadlines);
  }

  private sessionsLeftToday(now: number): boolean {
    const dayEnd = endOfLocalDay(now, this.timeZone());
    return this.sessionsAround(now).some((session) => session.end > now && session.start < dayEnd);
  }

  /**
   * A prompt whose whole window fell between this wake and the last one was slept through: it
   * is not shown late, but the journal says what happened. (Before the first wake of a run
   * nothing is known, so nothing is recorded.)
   */
  private recordSleptThrough(plan: Plan, now: number): void {
    const previous = this.lastWakeAt;
    this.lastWakeAt = now;
    if (previous === null || now <= previous) return;
    for (const { prompt, status } of plan.prompts) {
      if (status.state !== 'pending' || isPaused(this.pause, prompt.dueAt)) continue;
      if (prompt.dueAt > previous && prompt.expiresAt <= now) {
        void this.record({ at: now, promptId: prompt.id, kind: prompt.kind, event: 'missed', reason: 'asleep' });
      }
    }
  }

  private fire(prompt: Prompt, now: number): void {
    if (this.active && this.active.stage === 'exercise') {
      // Never interrupt a reset in progress; the newer prompt is simply not shown.
      void this.record({ at: now, promptId: prompt.id, kind: prompt.kind, event: 'expired' });
      return;
    }
    if (this.active) this.withdraw(this.active.prompt, now);
    void this.record({ at: now, promptId: prompt.id, kind: prompt.kind, event: 'offered' });
    this.active = { prompt, stage: 'offer' };
    this.deps.shell.notify(notificationFor(prompt));
    this.deps.shell.showPromptWindow();
  }

  private withdraw(prompt: Prompt, now: number): void {
    void this.record({ at: now, promptId: prompt.id, kind: prompt.kind, event: 'expired' });
    if (this.active?.prompt.id === prompt.id) {
      this.active = null;
      this.deps.shell.hidePromptWindow();
    }
  }

  /** After a restart, a prompt that was on screen and is still open comes back without a second notification. */
  private restoreActivePrompt(now: number): ActivePrompt | null {
    const waiting = this.plan(now).prompts.find(
      ({ prompt, status }) => status.state === 'offered' && now < prompt.expiresAt,
    );
    return waiting ? { prompt: waiting.prompt, stage: 'offer' } : null;
  }

  private async respondToPrompt({
    promptId,
    action,
    exercise,
  }: RequestOf<'respondToPrompt'>): Promise<{ ok: boolean; message?: string }> {
    const now = this.deps.clock.now();
    const active = this.active;
    if (!active || active.prompt.id !== promptId) return { ok: false, message: 'That prompt is no longer waiting.' };
    const { prompt } = active;
    const base = { at: now, promptId, kind: prompt.kind };
    if (action === 'start') {
      if (prompt.kind !== 'reset' && prompt.kind !== 'wind-down')
        return { ok: false, message: 'Only a reset can be started.' };
      const chosen = exercise ?? this.suggestion().exercise;
      this.active = { prompt, stage: 'exercise', exercise: chosen };
      await this.record({ ...base, event: 'started', exercise: chosen });
    } else if (action === 'skip') {
      await this.closeActive({ ...base, event: 'skipped' });
    } else if (action === 'overrun') {
      // Still in session: ask again in 5 minutes, unless the next session is near by then.
      const until = now + SNOOZE_MS;
      if (until >= prompt.expiresAt) await this.closeActive({ ...base, event: 'missed', reason: 'overrun' });
      else await this.closeActive({ ...base, event: 'snoozed', until, reason: 'overrun' });
    } else {
      // Never later than the next session's check-in (the prompt's window closes there).
      const until = Math.min(now + SNOOZE_MS, prompt.expiresAt - 60_000);
      if (until <= now) return { ok: false, message: 'Your next session starts too soon to snooze this.' };
      await this.closeActive({ ...base, event: 'snoozed', until, reason: 'snooze' });
    }
    this.watcher.replan();
    return { ok: true };
  }

  /**
   * A check-in answered (or skipped, with null). Before or after a session on its own, it closes
   * the prompt; as the first step of a reset, it leaves the reset waiting for its exercise.
   */
  private async saveCheckIn({
    promptId,
    answers,
  }: RequestOf<'saveCheckIn'>): Promise<{ ok: boolean; message?: string }> {
    const active = this.active;
    if (!active || active.prompt.id !== promptId || active.stage !== 'offer')
      return { ok: false, message: 'That check-in is no longer waiting.' };
    const { prompt } = active;
    const base = { at: this.deps.clock.now(), promptId, kind: prompt.kind };
    const partOfReset = prompt.kind === 'reset' || prompt.kind === 'wind-down';
    if (answers && (answers.type === 'before') !== (prompt.kind === 'check-in')) {
      return {
        ok: false,
        message:
          prompt.kind === 'check-in' ? 'This check-in comes before a session.' : 'This check-in comes after a session.',
      };
    }
    if (partOfReset) {
      await this.record(
        answers ? { ...base, event: 'checked-in', answers } : { ...base, event: 'skipped', part: 'check-in' },
      );
      this.publish();
    } else {
      await this.closeActive(answers ? { ...base, event: 'checked-in', answers } : { ...base, event: 'skipped' });
      this.watcher.replan();
    }
    return { ok: true };
  }

  /** What the prompt would suggest now, from recent journal entries and this prompt's check-in. */
  private suggestion(): Suggestion {
    const journal = this.journal.entries().slice(-200);
    const last = journal.findLast((entry) => entry.event === 'checked-in');
    const afterSession =
      last?.event === 'checked-in' && last.answers?.type === 'after' && last.promptId === this.active?.prompt.id
        ? last.answers
        : null;
    return suggestExercise({ preferences: this.settings.exercises, journal, afterSession });
  }

  private async finishExercise(request: RequestOf<'finishExercise'>): Promise<{ ok: boolean; message?: string }> {
    const active = this.active;
    if (!active || active.prompt.id !== request.promptId || active.stage !== 'exercise') {
      return { ok: false, message: 'No reset is in progress.' };
    }
    const plannedSeconds = active.prompt.resetSeconds;
    this.active = null;
    await this.record({
      at: this.deps.clock.now(),
      promptId: request.promptId,
      kind: 'reset',
      event: 'completed',
      exercise: request.exercise,
      secondsDone: Math.min(request.secondsDone, plannedSeconds),
      plannedSeconds,
      endedEarly: request.endedEarly,
    });
    this.publish();
    return { ok: true };
  }

  private async updateSettings(
    request: unknown,
  ): Promise<{ ok: true; settings: Settings } | { ok: false; errors: { field: string; message: string }[] }> {
    const result = SettingsSchema.safeParse(request);
    if (!result.success) return { ok: false, errors: describeSettingsIssues(result.error) };
    // The list of calendars changes only through import, subscribe and remove.
    const settings = { ...result.data, calendar: { ...result.data.calendar, sources: this.settings.calendar.sources } };
    await this.saveSettings(settings);
    return { ok: true, settings };
  }

  /** The user answered a notification: clicked it (open), or pressed Start or Snooze where the platform shows them. */
  async respondToNotification(promptId: string, response: NotificationResponse): Promise<void> {
    if (this.active?.prompt.id !== promptId) {
      // The prompt has gone (answered, withdrawn, or the session began); there is nothing to open.
      return;
    }
    if (response === 'open') {
      this.deps.shell.showPromptWindow({ focus: true });
      return;
    }
    const result = await this.respondToPrompt({ promptId, action: response === 'start' ? 'start' : 'snooze' });
    if (result.ok && response === 'start') this.deps.shell.showPromptWindow({ focus: true });
    this.publish();
  }

  private async startManualCheckIn(now: number): Promise<void> {
    if (this.active?.stage === 'exercise') {
      this.deps.shell.showPromptWindow({ focus: true });
      return;
    }
    if (this.active)
      await this.closeActive({
        at: now,
        promptId: this.active.prompt.id,
        kind: this.active.prompt.kind,
        event: 'skipped',
      });
    const next = this.sessionsAround(now).find((session) => session.start > now) ?? null;
    // Before a session it is a check-in; otherwise the one after the session just gone.
    const kind = next && next.start - now <= 30 * 60_000 ? 'check-in' : 'check-out';
    const prompt: Prompt = {
      id: `manual-${kind}@${new Date(now).toISOString()}`,
      kind,
      dueAt: now,
      expiresAt: now + 10 * 60_000,
      session: null,
      resetSeconds: this.settings.resetMinutes * 60,
    };
    this.active = { prompt, stage: 'offer' };
    await this.record({ at: now, promptId: prompt.id, kind, event: 'offered' });
    this.deps.shell.showPromptWindow({ focus: true });
    this.publish();
  }

  private async startManualReset(now: number, exercise: ExerciseId | undefined): Promise<void> {
    if (this.active?.stage === 'exercise') {
      this.deps.shell.showPromptWindow();
      return;
    }
    if (this.active)
      await this.closeActive({
        at: now,
        promptId: this.active.prompt.id,
        kind: this.active.prompt.kind,
        event: 'skipped',
      });
    const resetSeconds = this.settings.resetMinutes * 60;
    const prompt: Prompt = {
      id: `manual@${new Date(now).toISOString()}`,
      kind: 'reset',
      dueAt: now,
      expiresAt: now + resetSeconds * 1000,
      session: null,
      resetSeconds,
    };
    const chosen = exercise ?? this.suggestion().exercise;
    this.active = { prompt, stage: 'exercise', exercise: chosen };
    await this.record({ at: now, promptId: prompt.id, kind: 'reset', event: 'started', exercise: chosen });
    this.deps.shell.showPromptWindow();
    this.publish();
  }

  private async setPause(pause: Pause | null, replan = true): Promise<void> {
    this.pause = pause;
    await this.deps.store.write(PAUSE_DOCUMENT, JSON.stringify(pause));
    if (replan) this.watcher.replan();
    else this.publish();
  }

  private async closeActive(entry: JournalEntry): Promise<void> {
    this.active = null;
    this.deps.shell.hidePromptWindow();
    await this.record(entry);
  }

  private record(entry: JournalEntry): Promise<void> {
    return this.journal.append(entry).catch((error: unknown) => {
      const message = `Interlude could not save its journal: ${error instanceof Error ? error.message : String(error)}`;
      if (!this.notices.includes(message)) this.notices.push(message);
      this.deps.log.warn(message);
    });
  }

  private publish(): void {
    const tray = this.trayMenu();
    const trayKey = JSON.stringify(tray);
    if (trayKey !== this.lastTray) {
      this.lastTray = trayKey;
      this.deps.shell.setTrayMenu(tray);
    }
    if (this.listeners.size === 0) return;
    const state = this.snapshot();
    for (const listener of this.listeners) listener(state);
  }
}

const resetActions: Notification['actions'] = [
  { response: 'start', text: 'Start' },
  { response: 'snooze', text: 'In 5 minutes' },
];

export function notificationFor(prompt: Prompt): Notification {
  const base = { kind: prompt.kind, promptId: prompt.id };
  switch (prompt.kind) {
    case 'reset':
      return {
        ...base,
        title: 'Your session has ended',
        body: `Take ${prompt.resetSeconds < 120 ? 'a minute' : minutesInWords(prompt.resetSeconds)}?`,
        actions: resetActions,
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
        body: `Take ${minutesInWords(prompt.resetSeconds)} to close the day?`,
        actions: resetActions,
      };
  }
}
