import { z } from 'zod';
import type { Session, SourceStatus } from '../../shared/domain';
import { message, MessageSchema, type Message } from '../../shared/i18n/message';
import type { CalendarSettings, CalendarSource } from '../../shared/settings';
import { loadJsonDocument, safeJsonParse } from '../documents';
import type { Clock, DocumentStore, Logger } from '../ports';
import { CalendarError, userMessageOf } from './calendar-error';
import type { CalendarReader, FeedFetcher, SecretStore } from './ports';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Feeds are expanded this far ahead on every refresh; imported files once, further. */
const FEED_HORIZON_MS = 60 * DAY;
const FILE_HORIZON_MS = 120 * DAY;
const MAX_BACKOFF_MS = 60 * MINUTE;

const CachedEventSchema = z.object({ start: z.number(), end: z.number(), key: z.string() });
/**
 * A note or error as kept in a cache: a message, or the English sentence a cache written before the
 * translations holds, shown as it is until the calendar is read again.
 */
const CachedMessageSchema = z.union([
  MessageSchema,
  z.string().transform((text): Message => message('calendar.savedNote', { text })),
]);
const SourceCacheSchema = z.object({
  events: z.array(CachedEventSchema),
  /** Days an all-day out-of-office event covers. Dates only; added after the first release. */
  outOfOfficeDates: z
    .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
    .max(5000)
    .default([]),
  coveredFrom: z.number(),
  coveredTo: z.number(),
  lastSuccessAt: z.number().nullable(),
  lastAttemptAt: z.number().nullable(),
  lastError: CachedMessageSchema.nullable(),
  failures: z.number().int().nonnegative(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  warnings: z.array(CachedMessageSchema),
});
type SourceCache = z.output<typeof SourceCacheSchema>;

/** In the secret store beside the feed addresses, under an id no calendar can have. */
export const HASH_KEY_ID = 'calendar-hash-key';
const OLD_SALT_DOCUMENT = 'calendar-salt.json';

export interface CalendarSourcesDeps {
  store: DocumentStore;
  reader: CalendarReader;
  fetchFeed: FeedFetcher;
  secrets: SecretStore;
  clock: Clock;
  log: Logger;
  /** Called whenever sessions or statuses change. */
  onChange: () => void;
}

export type SourceResult = { ok: true; source: CalendarSource } | { ok: false; message: Message };

/** What every imported file's entry in the settings says it is; shown as calendar.labels.importedFile. */
export const IMPORTED_FILE_LABEL = 'Imported file';

export function cacheDocument(id: string): string {
  return `calendar-${id}.json`;
}

/** webcal:// is https:// by another name; anything but https is refused. */
export function normaliseFeedUrl(
  input: string,
): { ok: true; url: string; host: string } | { ok: false; message: Message } {
  const trimmed = input.trim().replace(/^webcals?:\/\//i, 'https://');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: message('calendar.subscribe.notAnAddress') };
  }
  if (url.protocol !== 'https:') return { ok: false, message: message('calendar.subscribe.notSecure') };
  return { ok: true, url: url.toString(), host: url.hostname };
}

/** What is kept, encrypted where the system allows, for each feed: its address (with its token) and the user's name for it. */
const FeedSecretSchema = z.object({ url: z.string().min(1), label: z.string().max(60).optional() });
type FeedSecret = z.infer<typeof FeedSecretSchema>;

/**
 * The clinician's calendars: imported files and subscribed feeds. Keeps, for each, only the
 * times of its events (and a keyed hash per event), refreshes feeds on a schedule with backoff,
 * and keeps the last good schedule when a refresh fails.
 */
export class CalendarSources {
  private readonly caches = new Map<string, SourceCache>();
  private readonly refreshing = new Set<string>();
  private readonly dueNow = new Set<string>();
  /** The names users gave their feeds, read from where the addresses are kept. */
  private readonly labels = new Map<string, string>();
  /** Whether titles may be read for "Vacation" or "PTO": only while out-of-office days are asked for. */
  private outOfOfficeByTitle = false;
  private readonly running = new Set<Promise<void>>();
  /** The key events' identifiers are hashed under, kept with the feed addresses. */
  private hashKey = '';
  private settings: CalendarSettings | null = null;

  constructor(private readonly deps: CalendarSourcesDeps) {}

  async load(settings: CalendarSettings, outOfOfficeByTitle = false): Promise<Message[]> {
    this.configure(settings, outOfOfficeByTitle);
    const notices: Message[] = [];
    this.hashKey = await this.loadHashKey();
    await this.forgetOrphanedSecrets(settings);
    // Every name first, so a notice names its calendar as the list does.
    for (const source of settings.sources) {
      if (source.kind !== 'feed') continue;
      const secret = await this.readSecret(source.id);
      if (secret?.label) this.labels.set(source.id, secret.label);
    }
    for (const source of settings.sources) {
      const cache = await loadJsonDocument(
        this.deps.store,
        cacheDocument(source.id),
        SourceCacheSchema.nullable(),
        null,
        message('notices.documents.calendarSchedule', { calendar: this.labelOf(source) }),
      );
      if (cache.notice) notices.push(cache.notice);
      this.caches.set(source.id, cache.value ?? emptyCache());
    }
    return notices;
  }

  /**
   * The hashing key, made on first use. Before it, a salt was kept beside the caches in the clear;
   * it is dropped (the caches' keys change once, which reads as every event changed, harmlessly).
   */
  private async loadHashKey(): Promise<string> {
    let key = await this.deps.secrets.load(HASH_KEY_ID);
    if (!key) {
      key = randomHex(32);
      await this.deps.secrets.save(HASH_KEY_ID, key);
    }
    if ((await this.deps.store.read(OLD_SALT_DOCUMENT)) !== undefined) await this.deps.store.remove(OLD_SALT_DOCUMENT);
    return key;
  }

  /**
   * A stored address whose calendar is no longer listed (left by a crash between the two writes)
   * is removed: the user could not see it, so could not remove it.
   */
  private async forgetOrphanedSecrets(settings: CalendarSettings): Promise<void> {
    try {
      const listed = new Set(settings.sources.map((source) => source.id));
      for (const id of await this.deps.secrets.ids())
        if (!listed.has(id) && id !== HASH_KEY_ID) await this.deps.secrets.remove(id);
    } catch (error) {
      this.deps.log.warn(`Could not tidy the saved calendar addresses: ${String(error)}`);
    }
  }

  /** Settings changed (rule, refresh interval, sources). */
  configure(settings: CalendarSettings, outOfOfficeByTitle = false): void {
    this.settings = settings;
    this.outOfOfficeByTitle = outOfOfficeByTitle;
  }

  sessionsBetween(from: number, to: number): Session[] {
    const sessions: Session[] = [];
    for (const source of this.settings?.sources ?? []) {
      for (const event of this.caches.get(source.id)?.events ?? []) {
        if (event.end > from && event.start < to)
          sessions.push({ start: event.start, end: event.end, source: 'calendar' });
      }
    }
    return sessions;
  }

  /** Every day some calendar marks as out of office ("YYYY-MM-DD"). */
  outOfOfficeDates(): Set<string> {
    const days = new Set<string>();
    for (const source of this.settings?.sources ?? [])
      for (const day of this.caches.get(source.id)?.outOfOfficeDates ?? []) days.add(day);
    return days;
  }

  statuses(now: number): SourceStatus[] {
    return (this.settings?.sources ?? []).map((source) => {
      const cache = this.caches.get(source.id) ?? emptyCache();
      return {
        id: source.id,
        kind: source.kind,
        label: this.labelOf(source),
        lastSuccessAt: cache.lastSuccessAt,
        sessionsNext7Days: cache.events.filter((event) => event.start >= now && event.start < now + 7 * DAY).length,
        stale: cache.lastError !== null,
        lastError: cache.lastError,
        warnings: cache.warnings,
        coversUntil: source.kind === 'file' ? cache.coveredTo : null,
        refreshing: this.refreshing.has(source.id),
      };
    });
  }

  staleLabels(): Message[] {
    return (this.settings?.sources ?? [])
      .filter((source) => this.caches.get(source.id)?.lastError)
      .map((source) => this.labelOf(source));
  }

  /**
   * The user's own name for a feed, else its host ("Imported file" for a file); two unnamed feeds on
   * one host are numbered in the order they were added, so they can be told apart.
   */
  private labelOf(source: CalendarSource): Message {
    const own = this.labels.get(source.id);
    if (own) return message('calendar.labels.named', { name: own });
    // A file's stored label is the same for every file; it is worded here, in the user's language.
    const name = source.kind === 'file' ? message('calendar.labels.importedFile') : source.label;
    const alike = (this.settings?.sources ?? []).filter(
      (other) => other.kind === source.kind && other.label === source.label && !this.labels.has(other.id),
    );
    if (alike.length > 1) return message('calendar.labels.numbered', { name, number: alike.indexOf(source) + 1 });
    return typeof name === 'string' ? message('calendar.labels.named', { name }) : name;
  }

  /** Names a feed. The name is kept with the feed's address, encrypted where the system allows, not in the settings. */
  async setLabel(id: string, label: string): Promise<boolean> {
    const secret = await this.readSecret(id);
    if (!secret) return false;
    const trimmed = label.trim();
    await this.deps.secrets.save(id, JSON.stringify({ url: secret.url, ...(trimmed ? { label: trimmed } : {}) }));
    if (trimmed) this.labels.set(id, trimmed);
    else this.labels.delete(id);
    return true;
  }

  /** A feed's address and name; an address kept before names were, as plain text, reads as the address alone. */
  private async readSecret(id: string): Promise<FeedSecret | undefined> {
    const text = await this.deps.secrets.load(id);
    if (text === undefined) return undefined;
    const parsed = safeJsonParse(text);
    const secret = parsed.ok ? FeedSecretSchema.safeParse(parsed.value) : null;
    return secret?.success ? secret.data : { url: text };
  }

  async importFile(text: string, timeZone: string): Promise<SourceResult> {
    const now = this.deps.clock.now();
    // The stored label is data, the same for every file; the list words it (labelOf).
    const source: CalendarSource = { id: randomId(), kind: 'file', label: IMPORTED_FILE_LABEL, addedAt: now };
    const cache = emptyCache();
    const error = await this.readInto(cache, text, timeZone, now, FILE_HORIZON_MS);
    if (error) return { ok: false, message: error };
    cache.lastSuccessAt = now;
    cache.lastAttemptAt = now;
    try {
      await this.saveCache(source.id, cache);
    } catch {
      return { ok: false, message: message('calendar.import.notKept') };
    }
    this.caches.set(source.id, cache);
    return { ok: true, source };
  }

  async subscribe(input: string, label = ''): Promise<SourceResult> {
    const normalised = normaliseFeedUrl(input);
    if (!normalised.ok) return normalised;
    const source: CalendarSource = {
      id: randomId(),
      kind: 'feed',
      label: normalised.host,
      addedAt: this.deps.clock.now(),
    };
    const name = label.trim();
    try {
      await this.deps.secrets.save(
        source.id,
        JSON.stringify({ url: normalised.url, ...(name ? { label: name } : {}) }),
      );
    } catch (error) {
      this.deps.log.warn(
        `Could not keep a calendar address: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
      return { ok: false, message: userMessageOf(error, message('calendar.subscribe.addressNotKept')) };
    }
    if (name) this.labels.set(source.id, name);
    this.caches.set(source.id, emptyCache());
    this.dueNow.add(source.id);
    return { ok: true, source };
  }

  async remove(id: string): Promise<void> {
    this.caches.delete(id);
    this.labels.delete(id);
    await this.deps.secrets.remove(id);
    await this.deps.store.write(cacheDocument(id), 'null');
  }

  /** One feed is refreshed at its next chance ("Try again now"). */
  refreshSoon(id: string): boolean {
    const feed = (this.settings?.sources ?? []).some((source) => source.id === id && source.kind === 'feed');
    if (feed) this.dueNow.add(id);
    return feed;
  }

  /** Every feed is refreshed at its next chance, as after the machine wakes. */
  refreshAllSoon(): void {
    for (const source of this.settings?.sources ?? []) if (source.kind === 'feed') this.dueNow.add(source.id);
  }

  /** When the next feed refresh falls due, for the watcher's next deadline. */
  nextRefreshAt(): number | null {
    const times = (this.settings?.sources ?? [])
      .filter((s) => s.kind === 'feed' && !this.refreshing.has(s.id))
      .map((s) => this.nextAttemptAt(s.id));
    return times.length > 0 ? Math.min(...times) : null;
  }

  /** Starts the refreshes that are due; returns their completion, for tests and shutdown. */
  tick(now: number, timeZone: string): Promise<void> {
    const due = (this.settings?.sources ?? []).filter(
      (s) => s.kind === 'feed' && !this.refreshing.has(s.id) && this.nextAttemptAt(s.id) <= now,
    );
    return Promise.all(
      due.map((source) => {
        const refresh = this.refresh(source, timeZone);
        this.running.add(refresh);
        return refresh.finally(() => this.running.delete(refresh));
      }),
    ).then(() => undefined);
  }

  /** Resolves when no refresh is under way. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private nextAttemptAt(id: string): number {
    if (this.dueNow.has(id)) return -Infinity;
    const cache = this.caches.get(id);
    if (!cache?.lastAttemptAt) return -Infinity;
    const interval = (this.settings?.refreshMinutes ?? 10) * MINUTE;
    const wait = cache.failures > 0 ? Math.min(MAX_BACKOFF_MS, MINUTE * 2 ** (cache.failures - 1)) : interval;
    return cache.lastAttemptAt + wait;
  }

  private async refresh(source: CalendarSource, timeZone: string): Promise<void> {
    this.refreshing.add(source.id);
    this.dueNow.delete(source.id);
    this.deps.onChange();
    const now = this.deps.clock.now();
    const cache = { ...(this.caches.get(source.id) ?? emptyCache()) };
    cache.lastAttemptAt = now;
    try {
      const url = (await this.readSecret(source.id))?.url;
      if (!url) throw new CalendarError(message('calendar.refresh.addressLost'));
      // Without the text we cannot re-expand, so ask for the whole feed again before the horizon runs short.
      const conditional = cache.coveredTo - now > FEED_HORIZON_MS / 2;
      const response = await this.deps.fetchFeed({
        url,
        ...(conditional && cache.etag ? { etag: cache.etag } : {}),
        ...(conditional && cache.lastModified ? { lastModified: cache.lastModified } : {}),
      });
      if (response.kind === 'updated') {
        const error = await this.readInto(cache, response.body, timeZone, now, FEED_HORIZON_MS);
        if (error) throw new CalendarError(error);
        if (response.etag) cache.etag = response.etag;
        else delete cache.etag;
        if (response.lastModified) cache.lastModified = response.lastModified;
        else delete cache.lastModified;
      }
      cache.lastSuccessAt = now;
      cache.lastError = null;
      cache.failures = 0;
    } catch (error) {
      cache.failures += 1;
      cache.lastError = userMessageOf(error, message('calendar.refresh.failed'));
      this.deps.log.warn(`Calendar ${source.label}: ${error instanceof Error ? error.message : 'unknown error'}`);
    } finally {
      this.refreshing.delete(source.id);
    }
    if (this.settings?.sources.some((s) => s.id === source.id)) {
      this.caches.set(source.id, cache);
      try {
        await this.saveCache(source.id, cache);
      } catch (error) {
        // The schedule in memory is still right; it is written again at the next refresh.
        this.deps.log.warn(
          `Calendar ${source.label}: could not save its schedule (${error instanceof Error ? error.message : 'unknown error'}).`,
        );
      }
      this.deps.onChange();
    }
  }

  /** Reads calendar text into the cache; returns a message for the user if it could not. */
  private async readInto(
    cache: SourceCache,
    text: string,
    timeZone: string,
    now: number,
    horizon: number,
  ): Promise<Message | null> {
    const from = now - DAY;
    const to = now + horizon;
    try {
      // Out-of-office days are always looked for by busy status (dates only are kept), so turning the
      // option on needs no re-import; titles are read, in memory, only while the option is on.
      const result = await this.deps.reader.read(text, {
        rule: this.settings!.rule,
        timeZone,
        hashKey: this.hashKey,
        from,
        to,
        detectOutOfOffice: true,
        outOfOfficeByTitle: this.outOfOfficeByTitle,
      });
      cache.events = result.events;
      cache.outOfOfficeDates = result.outOfOfficeDates;
      cache.coveredFrom = from;
      cache.coveredTo = to;
      cache.warnings = result.warnings;
      return null;
    } catch (error) {
      return userMessageOf(error, message('calendar.read.unreadable'));
    }
  }

  /**
   * Writes a calendar's cache only if it will read back: an entry the next start would refuse
   * (and set aside, taking the calendar's sessions with it) is never written.
   */
  private async saveCache(id: string, cache: SourceCache): Promise<void> {
    const text = JSON.stringify(cache);
    if (!SourceCacheSchema.safeParse(JSON.parse(text)).success)
      throw new Error('its schedule could not be stored safely, so the last one stored is kept');
    await this.deps.store.write(cacheDocument(id), text);
  }
}

function emptyCache(): SourceCache {
  return {
    events: [],
    outOfOfficeDates: [],
    coveredFrom: 0,
    coveredTo: 0,
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    failures: 0,
    warnings: [],
  };
}

function randomHex(bytes: number): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

function randomId(): string {
  return randomHex(8);
}
