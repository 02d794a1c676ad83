import type { ContractHandlers } from '../shared/contract';
import type { ResponseOf } from '../shared/contract';
import type { DashboardView } from '../shared/dashboard-view';
import type { AppState } from '../shared/domain';
import { resolveLanguage, type Language } from '../shared/i18n/languages';
import { message, type Message } from '../shared/i18n/message';
import { localDateKey } from '../shared/local-date';
import type { TrayAction, TrayMenuModel } from '../shared/tray-menu';
import { CalendarError } from './calendar/calendar-error';
import { CalendarLibrary } from './calendar/calendar-library';
import { CalendarSources } from './calendar/calendar-sources';
import { inProcessReader } from './calendar/in-process-reader';
import { memorySecretStore } from './calendar/memory-secret-store';
import type { CalendarReader, FeedFetcher, SecretStore } from './calendar/ports';
import { recordPastDays } from './day-recorder';
import { contractHandlers, type CoreOperations } from './handlers';
import { History } from './history';
import { Journal } from './journal';
import type { Moment } from './moment';
import { MomentSource } from './moment-source';
import { PatternsService } from './patterns/patterns-service';
import { weeklyReflection } from './patterns/weekly-reflection';
import type { Clock, DocumentStore, Logger, NotificationResponse, Shell, Timers } from './ports';
import { LoginItemSwitch, noLoginItem, type LoginItem } from './login-item';
import { Preferences } from './preferences';
import { PromptDesk, type Outcome } from './prompt-desk';
import type { PromptEvent } from './prompt-lifecycle';
import { restoreOnStart } from './restore';
import type { ScheduleSource } from './schedule-source';
import { suggestionFor } from './suggestion/suggest-exercise';
import { runTrayAction } from './tray-actions';
import { StatePublisher, type StateListener } from './state-publisher';
import { trayInputFor } from './tray-menu';
import { wake, type WakeContext } from './wake';
import { eraseDocuments, ERASE_WORD_SHOWN, exportHistory, isEraseConfirmation } from './user-data';
import { Watcher, type WakeCause } from './watcher';

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
  startupNotices?: Message[];
  /** The system's preferred languages, most preferred first (Electron's app.getPreferredSystemLanguages()). */
  systemLanguages?: readonly string[];
  /** The system's login items; left out, Interlude cannot open at login. */
  loginItem?: LoginItem;
  /** How calendars are read, fetched and their addresses kept. Tests may leave these out. */
  calendar?: { reader?: CalendarReader; fetchFeed?: FeedFetcher; secrets?: SecretStore };
}

const noFeeds: FeedFetcher = () => Promise.reject(new CalendarError(message('calendar.refresh.feedsUnavailable')));

/**
 * The coordinator. It builds the services (preferences, journal, calendars, the prompt on
 * screen), wakes with the watcher, and derives one Moment per wake and per state push, from
 * which the plan, the tray and every window's state are made.
 */
export class Interlude implements CoreOperations {
  private journal!: Journal;
  private history!: History;
  private readonly patterns: PatternsService;
  /** A view the dashboard was asked to open, numbered so the same view asked twice opens twice. */
  private navigation: AppState['navigation'] = null;
  /** The local date of the last wake, to catch up on the days that ended since. */
  private lastWakeDate: string | null = null;
  private readonly notices: Message[];
  private readonly publisher: StatePublisher;
  private readonly secrets: SecretStore;
  private readonly preferences: Preferences;
  private readonly loginItem: LoginItemSwitch;
  private readonly calendar: CalendarSources;
  private readonly library: CalendarLibrary;
  private readonly moments: MomentSource;
  private readonly desk: PromptDesk;
  private readonly watcher: Watcher;
  private readonly wakeContext: WakeContext = { lastWakeAt: null, resumedSince: false, held: new Map() };
  readonly handlers: ContractHandlers;

  constructor(private readonly deps: InterludeDeps) {
    const { clock, store, shell, log } = deps;
    this.notices = [...(deps.startupNotices ?? [])];
    this.secrets = deps.calendar?.secrets ?? memorySecretStore();
    this.preferences = new Preferences(store, (settings) => {
      this.calendar.configure(settings.calendar, settings.quietDays.outOfOfficeFromCalendar);
      this.watcher.replan();
    });
    const { reader = inProcessReader, fetchFeed = noFeeds } = deps.calendar ?? {};
    this.calendar = new CalendarSources({
      store,
      reader,
      fetchFeed,
      secrets: this.secrets,
      clock,
      log,
      onChange: () => void Promise.resolve().then(() => this.watcher.replan()),
    });
    this.library = new CalendarLibrary(this.calendar, this.preferences, () => clock.timeZone());
    this.moments = new MomentSource({
      clock,
      preferences: this.preferences,
      calendar: this.calendar,
      journal: () => this.journal,
      ...(deps.schedule ? { fixed: deps.schedule } : {}),
    });
    const context = () => ({
      settings: this.preferences.settings,
      journal: this.journal.entries(),
      timeZone: clock.timeZone(),
    });
    this.desk = new PromptDesk({
      shell,
      log,
      journal: () => this.journal,
      notice: (message) => this.addNotice(message),
      timeZone: () => clock.timeZone(),
      language: () => this.language(),
      suggest: (prompt, answers, now) => suggestionFor(prompt, answers, now, context()),
    });
    this.patterns = new PatternsService({
      history: () => this.history,
      preferences: this.preferences,
      moment: () => this.moments.at(),
      log,
      onChange: () => this.publish(),
    });
    this.loginItem = new LoginItemSwitch(deps.loginItem ?? noLoginItem, log, () => this.publish());
    this.publisher = new StatePublisher({
      launchAtLogin: () => this.loginItem.status,
      shell,
      preferences: this.preferences,
      calendar: this.calendar,
      secrets: this.secrets,
      desk: this.desk,
      journal: () => this.journal,
      notices: this.notices,
      language: () => this.language(),
      wellbeing: (moment) => ({
        nudge: this.patterns.nudge,
        reflection: weeklyReflection(
          moment.now,
          moment.timeZone,
          this.preferences.settings,
          this.history.recentDiary(),
        ),
        people: this.history.people.people,
        navigation: this.navigation,
      }),
    });
    this.handlers = contractHandlers(this, {
      preferences: this.preferences,
      library: this.library,
      shell,
      patterns: this.patterns,
    });
    this.watcher = new Watcher({ clock, timers: deps.timers, onWake: (now, cause) => this.onWake(now, cause) });
  }

  async start(): Promise<void> {
    const { store, log } = this.deps;
    const swept = await store.sweepTemporaryFiles();
    if (swept > 0) log.info(`Cleared ${swept} half-written temporary files left by an earlier crash.`);
    const preferenceNotices = await this.preferences.load(this.deps.clock.now());
    await this.loginItem.load();
    const records = await this.openRecords();
    const calendarNotices = await this.calendar.load(
      this.preferences.settings.calendar,
      this.preferences.settings.quietDays.outOfOfficeFromCalendar,
    );
    for (const notice of [...preferenceNotices, ...records, ...calendarNotices]) this.addNotice(notice);
    const { resume, close } = restoreOnStart(this.moments.at(), this.journal.entries());
    await this.desk.record(close);
    // A prompt window left up by the run before (in the preview, or a crash) goes unless its prompt resumes.
    if (resume) this.desk.resume(resume, this.deps.clock.now());
    else this.deps.shell.hidePromptWindow();
    this.watcher.start();
  }

  /** The journal and the rest of the user's records, opened afresh (at start, and after erasing). */
  private async openRecords(): Promise<Message[]> {
    const { store, clock } = this.deps;
    const options = { timeZone: () => clock.timeZone(), now: () => clock.now() };
    const journal = await Journal.open(store, options);
    this.journal = journal.journal;
    const history = await History.open(store, () => this.journal, options);
    this.history = history.history;
    return [...journal.notices, ...history.notices];
  }

  /** Once a day has ended: its sessions' times are kept for the pace of the work, and the nudges looked at again. */
  private async onNewDay(moment: Moment): Promise<void> {
    try {
      await recordPastDays(this.history, moment.now, moment.timeZone, (from, to) =>
        this.moments.at(from).sessions.filter((session) => session.start < to),
      );
    } catch (error) {
      this.deps.log.warn(`Interlude could not keep yesterday's session times: ${String(error)}`);
    }
    await this.patterns.refreshNudges();
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
    return this.publisher.onStateChanged(listener);
  }

  /** Resolves when every journal write so far is durable and no calendar refresh is under way. */
  async flushed(): Promise<void> {
    await this.calendar.idle();
    await Promise.all([this.journal.flushed(), this.history.flushed()]);
  }

  refreshDueCalendars(): Promise<void> {
    return this.calendar.tick(this.deps.clock.now(), this.deps.clock.timeZone());
  }

  snapshot(moment = this.moments.at()): AppState {
    return this.publisher.snapshot(moment);
  }

  trayMenu(moment = this.moments.at()): TrayMenuModel {
    return this.publisher.trayMenu(moment);
  }

  async handleTrayAction(action: TrayAction): Promise<void> {
    const { desk, preferences } = this;
    const quit = async () => {
      this.stop();
      await this.flushed();
      this.deps.shell.quit();
    };
    const next = await runTrayAction(action, {
      moment: this.moments.at(),
      desk,
      preferences,
      openDashboard: (view) => this.openDashboard(view),
      quit,
    });
    if (next === 'replan') this.watcher.replan();
  }

  /** A notification clicked or one of its buttons. A stale one opens whatever is on screen now. */
  async respondToNotification(promptId: string, response: NotificationResponse): Promise<void> {
    const active = this.desk.active;
    if (!active) return;
    if (active.prompt.id !== promptId || response === 'open') return this.deps.shell.showPromptWindow({ focus: true });
    await this.answerPrompt(
      promptId,
      response === 'start' ? 'start-suggested' : { type: 'snooze', from: 'notification' },
      'notification',
    );
  }

  // CoreOperations, for the contract handlers: each is one step to the service that owns it.

  async answerPrompt(
    promptId: string,
    event: PromptEvent | 'start-suggested',
    from: 'window' | 'notification' = 'window',
  ): Promise<Outcome> {
    const now = this.deps.clock.now();
    // With nothing on screen the desk refuses whatever is asked, so the exercise named does not matter.
    const start = (): PromptEvent => ({ type: 'start', exercise: this.desk.suggestionFor(now) ?? 'silence', from });
    const outcome = await this.desk.answer(promptId, event === 'start-suggested' ? start() : event, now);
    this.watcher.replan();
    return outcome;
  }

  async closePromptWindow(): Promise<void> {
    await this.desk.dismiss(this.deps.clock.now());
    this.publish();
  }

  /** "Try again now": one feed, or every feed. */
  refreshCalendars(id?: string): Outcome {
    if (id === undefined) this.calendar.refreshAllSoon();
    else if (!this.calendar.refreshSoon(id)) return { ok: false, message: message('errors.calendarGone') };
    this.watcher.replan();
    return { ok: true };
  }

  async renameCalendar(id: string, label: string): Promise<Outcome> {
    const outcome = await this.library.rename(id, label);
    this.publish();
    return outcome;
  }

  setLaunchAtLogin(open: boolean): Promise<Outcome> {
    return this.loginItem.set(open);
  }

  followTimeZone(timeZone: string): void {
    const { clock } = this.deps;
    if (!clock.followTimeZone || timeZone === clock.timeZone()) return;
    clock.followTimeZone(timeZone);
    this.watcher.replan('zone-change');
  }

  saveFeeling(promptId: string, activation: number): Promise<Outcome> {
    return this.desk.recordFeeling(promptId, activation, this.deps.clock.now());
  }

  exportData(format: 'csv' | 'json'): Promise<ResponseOf<'exportData'>> {
    const { clock, shell } = this.deps;
    return exportHistory(format, {
      history: this.history,
      shell,
      now: clock.now(),
      timeZone: clock.timeZone(),
      language: this.language(),
    });
  }

  /**
   * Removes every file of the user's data and carries on as on first run. Nothing is written
   * meanwhile: the watcher stops and every write in flight lands first.
   */
  async eraseEverything(confirmation: string): Promise<Outcome> {
    if (!isEraseConfirmation(confirmation))
      return { ok: false, message: message('errors.eraseNotConfirmed', { word: ERASE_WORD_SHOWN }) };
    this.watcher.stop();
    try {
      await this.flushed();
      this.desk.clear();
      await eraseDocuments(this.deps.store);
      this.notices.length = 0;
      this.navigation = null;
      await this.preferences.load(this.deps.clock.now());
      await this.openRecords();
      await this.calendar.load(
        this.preferences.settings.calendar,
        this.preferences.settings.quietDays.outOfOfficeFromCalendar,
      );
      await this.patterns.refreshNudges();
      return { ok: true };
    } catch (error) {
      const failed = message('errors.eraseFailed', {
        reason: error instanceof Error ? error.message : String(error),
      });
      this.addNotice(failed);
      return { ok: false, message: failed };
    } finally {
      this.watcher.start();
      this.publish();
    }
  }

  private openDashboard(view?: DashboardView): void {
    if (view) this.navigation = { view, request: (this.navigation?.request ?? 0) + 1, at: this.deps.clock.now() };
    this.deps.shell.showDashboard();
    this.publish();
  }

  // The wake loop and the state push.

  private onWake(now: number, cause: WakeCause): number | null {
    if (cause === 'clock-jump') {
      this.deps.log.info('The clock moved (a sleep or a change of time); re-planning.');
      this.calendar.refreshAllSoon();
    } else if (cause === 'zone-change')
      this.deps.log.info(`The time zone is now ${this.deps.clock.timeZone()}; re-planning.`);
    const { pause } = this.preferences;
    if (pause?.until != null && now >= pause.until) void this.preferences.setPause(null);
    const result = wake(this.moments.at(now), {
      desk: this.desk,
      context: this.wakeContext,
      replanWith: (moment) => this.moments.at(moment.now, moment),
      refreshAt: this.calendar.nextRefreshAt(),
      trayInput: (moment) =>
        trayInputFor(moment, {
          settings: this.preferences.settings,
          pause: this.preferences.pause,
          activePrompt: this.desk.activeAt(moment.now),
          language: this.language(),
        }),
    });
    void this.calendar.tick(now, this.deps.clock.timeZone());
    const today = localDateKey(now, result.moment.timeZone);
    if (today !== this.lastWakeDate) {
      this.lastWakeDate = today;
      void this.onNewDay(result.moment);
    }
    this.publish(result.moment);
    return result.nextWake;
  }

  private publish(moment: Moment = this.moments.at()): void {
    this.publisher.publish(moment);
  }

  /** The one place the Language setting and the system's languages become the language spoken. */
  private language(): Language {
    return resolveLanguage(this.preferences.settings.app.language, this.deps.systemLanguages ?? []);
  }

  private addNotice(notice: Message): void {
    const same = JSON.stringify(notice);
    if (this.notices.some((known) => JSON.stringify(known) === same)) return;
    this.notices.push(notice);
    // The key, not the words: a notice's parameters can name a calendar, which the log need not keep.
    this.deps.log.warn(`Notice: ${notice.key}`);
  }
}
