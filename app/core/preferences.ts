import { z } from 'zod';
import { PauseSchema, type Pause } from '../shared/domain';
import { message, type Message } from '../shared/i18n/message';
import {
  DEFAULT_SETTINGS,
  describeSettingsIssues,
  type FieldError,
  SettingsSchema,
  settingsInOurWords,
  type Settings,
} from '../shared/settings';
import { mergeRanges } from '../shared/quiet-day-ranges';
import { templateProblems } from './template-check';
import { loadJsonDocument } from './documents';
import type { DocumentStore } from './ports';
import { SerialQueue } from './serial-queue';

export const SETTINGS_DOCUMENT = 'settings.json';
export const PAUSE_DOCUMENT = 'pause.json';
/** When Interlude first ran here: one instant, nothing else. */
export const FIRST_START_DOCUMENT = 'first-start.json';

const FirstStartSchema = z.object({ at: z.number().int().nonnegative() });

/**
 * The user's settings and pause, each written through its own queue: a change is worked out
 * from the settings as they are when its turn comes, never from a copy taken before an await,
 * so two changes at once both land and memory always matches the file.
 */
export class Preferences {
  private current: { settings: Settings; pause: Pause | null } = { settings: DEFAULT_SETTINGS, pause: null };
  private firstStart = 0;
  private readonly queues = new Map<string, SerialQueue>();

  constructor(
    private readonly store: DocumentStore,
    /** Told after every settings change is on disk. */
    private readonly onSettingsSaved: (settings: Settings) => void = () => undefined,
  ) {}

  /**
   * Reads the documents; a damaged one is set aside and its notice returned. On the very first
   * run, `now` is kept as the first start; a copy from before this was kept (settings but no
   * first start) counts as started long ago, so that no session of today looks unattended.
   */
  async load(now: number): Promise<Message[]> {
    const hadSettings = (await this.store.read(SETTINGS_DOCUMENT)) !== undefined;
    const first = await loadJsonDocument(
      this.store,
      FIRST_START_DOCUMENT,
      FirstStartSchema.nullable(),
      null,
      message('notices.documents.firstStart'),
    );
    this.firstStart = first.value?.at ?? (hadSettings ? 0 : now);
    if (!first.value) await this.store.write(FIRST_START_DOCUMENT, JSON.stringify({ at: this.firstStart }));
    const settings = await loadJsonDocument(
      this.store,
      SETTINGS_DOCUMENT,
      SettingsSchema,
      DEFAULT_SETTINGS,
      message('notices.documents.settings'),
    );
    const pause = await loadJsonDocument(
      this.store,
      PAUSE_DOCUMENT,
      PauseSchema.nullable(),
      null,
      message('notices.documents.pause'),
    );
    this.current = { settings: settings.value, pause: pause.value };
    return [settings.notice, pause.notice].filter((notice): notice is Message => notice !== undefined);
  }

  get firstStartedAt(): number {
    return this.firstStart;
  }

  get settings(): Settings {
    return this.current.settings;
  }

  get pause(): Pause | null {
    return this.current.pause;
  }

  /** Applies a change to the settings as they stand when it runs; resolves with what was saved. */
  updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
    return this.serially(SETTINGS_DOCUMENT, async () => {
      const next = change(this.current.settings);
      await this.store.write(SETTINGS_DOCUMENT, JSON.stringify(next, null, 2));
      this.current = { ...this.current, settings: next };
      this.onSettingsSaved(next);
      return next;
    });
  }

  /** The settings form's save: validated in our own words; the list of calendars is kept as it is. */
  async applyFromUser(
    request: unknown,
  ): Promise<{ ok: true; settings: Settings } | { ok: false; errors: FieldError[] }> {
    const result = SettingsSchema.safeParse(request, { error: settingsInOurWords });
    if (!result.success) return { ok: false, errors: describeSettingsIssues(result.error) };
    const problems = templateProblems(result.data);
    if (problems.length > 0) return { ok: false, errors: problems };
    // The list of calendars changes only through import, subscribe and remove; days off that
    // overlap or touch are kept as one.
    const settings = await this.updateSettings((current) => ({
      ...result.data,
      quietDays: { ...result.data.quietDays, ranges: mergeRanges(result.data.quietDays.ranges) },
      calendar: { ...result.data.calendar, sources: current.calendar.sources },
    }));
    return { ok: true, settings };
  }

  /** Takes effect at once (prompts stop now), and is written in turn. */
  setPause(pause: Pause | null): Promise<void> {
    this.current = { ...this.current, pause };
    return this.serially(PAUSE_DOCUMENT, () => this.store.write(PAUSE_DOCUMENT, JSON.stringify(pause)));
  }

  private serially<T>(document: string, write: () => Promise<T>): Promise<T> {
    let queue = this.queues.get(document);
    if (!queue) this.queues.set(document, (queue = new SerialQueue()));
    return queue.run(write);
  }
}
