import type { Message } from '../../shared/i18n/message';
import type { CalendarEvent } from './parse-calendar';
import type { IgnoredCounts, SessionRule } from './session-rule';

export interface ReadRequest {
  rule: SessionRule;
  timeZone: string;
  /** The installation's key for hashing event identifiers (HMAC-SHA256). */
  hashKey: string;
  from: number;
  to: number;
  detectOutOfOffice?: boolean;
  outOfOfficeByTitle?: boolean;
}

export interface ReadResult {
  events: CalendarEvent[];
  ignored: IgnoredCounts;
  outOfOfficeDates: string[];
  /** Notes for the user, as messages: plain data, so they cross the worker thread as they are. */
  warnings: Message[];
}

/** Reads calendar text into events. In the app it runs on a worker thread, so a big file never blocks. */
export interface CalendarReader {
  read(text: string, request: ReadRequest): Promise<ReadResult>;
}

export interface FeedFetchRequest {
  url: string;
  etag?: string;
  lastModified?: string;
}

export type FeedFetchResult =
  { kind: 'updated'; body: string; etag?: string; lastModified?: string } | { kind: 'not-modified' };

/**
 * Downloads a feed. Its errors are CalendarErrors whose messages are for the user and never contain
 * the address's secret parts.
 */
export type FeedFetcher = (request: FeedFetchRequest) => Promise<FeedFetchResult>;

/** Keeps feed addresses, which carry access tokens, encrypted where the system allows. */
export interface SecretStore {
  save(id: string, secret: string): Promise<void>;
  load(id: string): Promise<string | undefined>;
  remove(id: string): Promise<void>;
  /** Every id with a stored secret, to find those whose calendar is gone. */
  ids(): Promise<string[]>;
  /** Whether secrets are really encrypted at rest, and a message saying how. */
  describe(): { encrypted: boolean; note: Message };
}
