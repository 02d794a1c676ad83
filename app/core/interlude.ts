import { addHours } from 'date-fns';
import type { AfterSession } from '../shared/check-in';
import type { ContractHandlers } from '../shared/contract';
import type { AppState, Pause, Prompt } from '../shared/domain';
import { availableExercises } from '../shared/exercises';
import { describeSettingsIssues, SettingsSchema, type Settings } from '../shared/settings';
import type { TrayAction, TrayMenuModel } from '../shared/tray-menu';
import { CalendarSources } from './calendar/calendar-sources';
import { inProcessReader } from './calendar/in-process-reader';
import { memorySecretStore } from './calendar/memory-secret-store';
import type { CalendarReader, FeedFetcher, SecretStore } from './calendar/ports';
import { contractHandlers, type CoreOperations } from './handlers';
import { Journal } from './journal';
import { deriveMoment, type Moment } from './moment';
import type { Clock, DocumentStore, Logger, NotificationResponse, Shell, Timers } from './ports';
import { Preferences } from './preferences';
import { PromptDesk, type Outcome } from './prompt-desk';
import type { PromptEvent } from './prompt-lifecycle';
import { quietDayTest } from './quiet-days';
import { endOfLocalDay } from './schedule';
import { composeSchedule } from './schedule-composition';
import type { ScheduleSource } from './schedule-source';
import { isDaylight } from './suggestion/daylight';
import { suggestExercise } from './suggestion/suggest-exercise';
import { buildTrayMenu, type TrayMenuInput } from './tray-menu';
import { Watcher, type WakeCause } from './watcher';
import { wake, type WakeContext } from './wake';
import { buildAppState } from './app-state';
import { restoreOnStart } from './restore';

export { SETTINGS_DOCUMENT, PAUSE_DOCUMENT } from './preferences';

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
type StateListener = (state: AppState) => void;

/**
 * The coordinator: it owns the services (preferences, journal, calendars, the prompt on screen),
 * wakes with the watcher, and derives one Moment per wake and per state push for everything else.
 */
export class Interlude implements CoreOperations {
  private journal!: Journal;
  private readonly preferences: Preferences;
  private readonly desk: PromptDesk;
  private readonly notices: string[];
  private readonly listeners = new Set<StateListener>();
  private readonly watcher: Watcher;
  private readonly calendar: CalendarSources;
  private readonly secrets: SecretStore;
  private readonly wakeContext: WakeContext = { lastWakeAt: null, resumedSince: false, held: new Map() };
  private lastTray = '';
  readonly handlers: ContractHandlers = contractHandlers(this);

  constructor(private readonly deps: InterludeDeps) {
    this.notices = [...(deps.startupNotices ?? [])];
    this.secrets = deps.calendar?.secrets ?? memorySecretStore();
    this.preferences = new Preferences(deps.store);
    this.calendar = new CalendarSources({
      store: deps.store,
      reader: deps.calendar?.reader ?? inProcessReader,
      fetchFeed: deps.calendar?.fetchFeed ?? noFeeds,
      secrets: this.secrets,
      clock: deps.clock,
      log: deps.log,
      onChange: () => void Promise.resolve().then(() => this.watcher.replan()),
    });
    this.desk = new PromptDesk({
      shell: deps.shell,
      log: deps.log,
      journal: () => this.journal,
      suggest: (prompt, afterSession, now) => this.suggest(prompt, afterSession, now),
      notice: (message) => this.addNotice(message),
    });
    this.watcher = new Watcher({
      clock: deps.clock,
      timers: deps.timers,
      onWake: (now, cause) => this.onWake(now, cause),
    });
  }

  async start(): Promise<void> {
    const preferenceNotices = await this.preferences.load();
    const journal = await Journal.open(this.deps.store);
    this.journal = journal.journal;
    const calendarNotices = await this.calendar.load(this.settings.calendar);
    for (const notice of [...preferenceNotices, journal.notice, ...calendarNotices]) if (notice) this.addNotice(notice);
    const { resume, close } = restoreOnStart(this.moment(), this.journal.entries());
    await this.desk.record(close);
    // A prompt window left up by the run before (in the preview, or a crash) goes unless its prompt resumes.
    if (resume) this.desk.resume(resume);
    else this.deps.shell.hidePromptWindow();
    this.watcher.start();
  }

  stop(): void {
    this.watcher.stop();
  }

  /** The system resumed, unlocked, or its clock or zone changed. After a sleep, feeds are refreshed too. */
  replan(reason: 'resume' | 'change' = 'change'): void {
    if (reason === 'resume') {
      this.wakeContext.resumedSince = true;
      this.calendar.refreshAllSoon();
    }
    this.watcher.replan(reason === 'resume' ? 'clock-jump' : 'replan');
  }

  get wakeCount(): number {
    return this.watcher.wakeCount;
  }

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

  refreshDueCalendars(): Promise<void> {
    return this.calendar.tick(this.deps.clock.now(), this.timeZone());
  }

  snapshot(moment = this.moment()): AppState {
    return buildAppState(moment, {
      settings: this.settings,
      pause: this.preferences.pause,
      notices: this.notices,
      active: this.desk.activeAt(moment.now),
      closing: this.desk.closing,
      journal: this.journal.entries(),
      calendar: { sources: this.calendar.statuses(moment.now), secretStorage: this.secrets.describe() },
    });
  }

  trayMenu(moment = this.moment()): TrayMenuModel {
    return buildTrayMenu(this.trayInput(moment));
  }

  async handleTrayAction(action: TrayAction): Promise<void> {
    const moment = this.moment();
    const { now } = moment;
    switch (action.type) {
      case 'start-reset':
        await this.desk.requestReset(action.exercise, this.settings.resetMinutes * 60, now, moment.nextSession);
        break;
      case 'check-in-now':
        await this.desk.requestCheckIn(moment);
        break;
      case 'pause':
        await this.setPause({ from: now, until: pauseUntil(action.for, now, this.timeZone()) });
        break;
      case 'resume':
        await this.setPause(null);
        break;
      case 'open-dashboard':
        this.deps.shell.showDashboard();
        return;
      case 'quit':
        this.stop();
        await this.flushed();
        this.deps.shell.quit();
        return;
    }
    this.watcher.replan();
  }

  /** A notification clicked or one of its buttons. A stale one opens whatever is on screen now. */
  async respondToNotification(promptId: string, response: NotificationResponse): Promise<void> {
    const active = this.desk.active;
    if (!active) return;
    if (active.prompt.id !== promptId || response === 'open') return this.deps.shell.showPromptWindow({ focus: true });
    const event: PromptEvent | 'start-suggested' =
      response === 'start' ? 'start-suggested' : { type: 'snooze', from: 'notification' };
    await this.answerPrompt(promptId, event, 'notification');
  }

  // CoreOperations, for the contract handlers.

  async answerPrompt(
    promptId: string,
    event: PromptEvent | 'start-suggested',
    from: 'window' | 'notification' = 'window',
  ): Promise<Outcome> {
    const now = this.deps.clock.now();
    const resolved: PromptEvent =
      event === 'start-suggested'
        ? { type: 'start', exercise: this.desk.active ? this.desk.suggestionFor(now) : 'silence', from }
        : event;
    const outcome = await this.desk.answer(promptId, resolved, now);
    this.watcher.replan();
    return outcome;
  }

  async closePromptWindow(): Promise<void> {
    await this.desk.dismiss(this.deps.clock.now());
    this.publish();
  }

  async updateSettings(
    request: unknown,
  ): Promise<{ ok: true; settings: Settings } | { ok: false; errors: { field: string; message: string }[] }> {
    const result = SettingsSchema.safeParse(request);
    if (!result.success) return { ok: false, errors: describeSettingsIssues(result.error) };
    // The list of calendars changes only through import, subscribe and remove.
    const settings = await this.saveSettings((current) => ({
      ...result.data,
      calendar: { ...result.data.calendar, sources: current.calendar.sources },
    }));
    return { ok: true, settings };
  }

  openDashboard(): void {
    this.deps.shell.showDashboard();
  }

  async importCalendar(text: string): Promise<Outcome> {
    return this.addSource(await this.calendar.importFile(text, this.timeZone()));
  }

  async subscribeCalendar(url: string): Promise<Outcome> {
    return this.addSource(await this.calendar.subscribe(url));
  }

  async removeCalendar(id: string): Promise<Outcome> {
    if (!this.settings.calendar.sources.some((source) => source.id === id))
      return { ok: false, message: 'That calendar is no longer in the list.' };
    await this.saveSettings((current) => ({
      ...current,
      calendar: { ...current.calendar, sources: current.calendar.sources.filter((s) => s.id !== id) },
    }));
    await this.calendar.remove(id);
    return { ok: true };
  }

  refreshCalendars(): Outcome {
    this.calendar.refreshAllSoon();
    this.watcher.replan();
    return { ok: true };
  }

  followTimeZone(timeZone: string): void {
    const { clock } = this.deps;
    if (!clock.followTimeZone || timeZone === clock.timeZone()) return;
    clock.followTimeZone(timeZone);
    this.watcher.replan('zone-change');
  }

  // The wake loop and the state push.

  private onWake(now: number, cause: WakeCause): number | null {
    if (cause === 'clock-jump') {
      this.deps.log.info('The clock moved (a sleep or a change of time); re-planning.');
      this.calendar.refreshAllSoon();
    } else if (cause === 'zone-change') this.deps.log.info(`The time zone is now ${this.timeZone()}; re-planning.`);
    if (this.preferences.pause?.until != null && now >= this.preferences.pause.until) void this.setPause(null);
    const result = wake(this.moment(now), {
      desk: this.desk,
      journal: this.journal,
      context: this.wakeContext,
      replanWith: (moment) => this.moment(moment.now, moment),
      refreshAt: this.calendar.nextRefreshAt(),
      trayInput: (moment) => this.trayInput(moment),
    });
    void this.calendar.tick(now, this.timeZone());
    this.publish(result.moment);
    return result.nextWake;
  }

  private publish(moment = this.moment()): void {
    const tray = this.trayMenu(moment);
    const trayKey = JSON.stringify(tray);
    if (trayKey !== this.lastTray) {
      this.lastTray = trayKey;
      this.deps.shell.setTrayMenu(tray);
    }
    if (this.listeners.size === 0) return;
    const state = this.snapshot(moment);
    for (const listener of this.listeners) listener(state);
  }

  /** Derives the moment; given an earlier one, keeps its sessions and only plans again (the journal moved on). */
  private moment(now = this.deps.clock.now(), earlier?: Moment): Moment {
    const timeZone = this.timeZone();
    const settings = this.settings;
    const isQuietDay = quietDayTest(settings.quietDays, this.calendar.outOfOfficeDates(), timeZone);
    const sessionsBetween = earlier
      ? () => earlier.sessions
      : (from: number, to: number) =>
          composeSchedule(from, to, {
            settings,
            timeZone,
            ...(this.deps.schedule ? { fixed: this.deps.schedule } : {}),
            calendarSessions: (a, b) => this.calendar.sessionsBetween(a, b),
            isQuietDay,
          });
    return deriveMoment({
      now,
      timeZone,
      settings,
      pause: this.preferences.pause,
      journal: this.journal.entries(),
      sessionsBetween,
      isQuietDay,
    });
  }

  private trayInput(moment: Moment): TrayMenuInput {
    const snoozed = moment.plan.prompts
      .filter(({ status }) => status.state === 'snoozed' && status.dueAt > moment.now)
      .map(({ prompt, status }) => ({ kind: prompt.kind, until: status.state === 'snoozed' ? status.dueAt : 0 }))
      .sort((a, b) => a.until - b.until)[0];
    return {
      now: moment.now,
      timeZone: moment.timeZone,
      currentSession: moment.currentSession,
      nextSession: moment.nextSession,
      pause: this.preferences.pause,
      activePrompt: this.desk.activeAt(moment.now),
      resetMinutes: this.settings.resetMinutes,
      exercises: availableExercises(this.settings.exercises.hideBreathWork),
      staleCalendars: this.calendar.staleLabels(),
      quietToday: moment.quietToday,
      snoozed: snoozed ?? null,
    };
  }

  private suggest(prompt: Prompt, afterSession: AfterSession | null, now: number) {
    return suggestExercise({
      preferences: this.settings.exercises,
      journal: this.journal.entries().slice(-200),
      afterSession,
      resetSeconds: prompt.resetSeconds,
      daylight: isDaylight(now, this.timeZone()),
    });
  }

  private get settings(): Settings {
    return this.preferences.settings;
  }

  private timeZone(): string {
    return this.deps.clock.timeZone();
  }

  private async addSource(result: Awaited<ReturnType<CalendarSources['importFile']>>): Promise<Outcome> {
    if (!result.ok) return result;
    await this.saveSettings((current) => ({
      ...current,
      calendar: { ...current.calendar, sources: [...current.calendar.sources, result.source] },
    }));
    return { ok: true };
  }

  private async saveSettings(change: (settings: Settings) => Settings): Promise<Settings> {
    const saved = await this.preferences.updateSettings(change);
    this.calendar.configure(saved.calendar);
    this.watcher.replan();
    return saved;
  }

  private async setPause(pause: Pause | null): Promise<void> {
    await this.preferences.setPause(pause);
    this.publish();
  }

  private addNotice(message: string): void {
    if (this.notices.includes(message)) return;
    this.notices.push(message);
    this.deps.log.warn(message);
  }
}

function pauseUntil(length: 'hour' | 'today' | 'until-resumed', now: number, timeZone: string): number | null {
  if (length === 'hour') return addHours(now, 1).getTime();
  return length === 'today' ? endOfLocalDay(now, timeZone) : null;
}
