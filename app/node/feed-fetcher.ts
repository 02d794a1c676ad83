// Downloads an iCalendar subscription feed with Node's built-in fetch.
//
// A feed URL is a bearer secret: anyone holding the path or query can read the
// clinician's schedule. So no message built here ever contains more of the URL
// than its host, and none contains any of the response body. Each error carries
// a message for the user (keys and parameters), worded where it is shown.

import { CalendarError } from '../core/calendar/calendar-error';
import { message, type Message } from '../shared/i18n/message';

export interface FeedRequest {
  /** https:// URL (webcal:// is rewritten to https:// by the caller). */
  url: string;
  /** From the last 200 response, sent as If-None-Match. */
  etag?: string;
  /** From the last 200 response, sent as If-Modified-Since. */
  lastModified?: string;
}

export type FeedResponse =
  { kind: 'updated'; body: string; etag?: string; lastModified?: string } | { kind: 'not-modified' };

export type FeedErrorReason =
  | 'bad-url'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'insecure-redirect'
  | 'too-many-redirects'
  | 'too-large'
  | 'not-a-calendar';

export class FeedError extends CalendarError {
  override readonly name = 'FeedError';
  readonly reason: FeedErrorReason;
  readonly status?: number;

  constructor(reason: FeedErrorReason, userMessage: Message, status?: number) {
    super(userMessage);
    this.reason = reason;
    if (status !== undefined) this.status = status;
  }
}

export interface FetchFeedOptions {
  /** Whole request including the body; default 30_000. */
  timeoutMs?: number;
  /** Default 20 * 1024 * 1024. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Tests only: allow plain http to 127.0.0.1 / localhost / [::1]. Never set in the app. */
  allowLoopbackHttp?: boolean;
}

const INVALID_HOST = '(invalid address)';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HTML_SNIFF_CHARS = 1024;

/** The host only, safe to show in the UI and in messages. */
export function feedHost(url: string): string {
  try {
    // Non-special schemes such as webcal: keep their case, so normalise here.
    return new URL(url).hostname.toLowerCase() || INVALID_HOST;
  } catch {
    return INVALID_HOST;
  }
}

export async function fetchFeed(request: FeedRequest, options: FetchFeedOptions = {}): Promise<FeedResponse> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const allowLoopbackHttp = options.allowLoopbackHttp ?? false;

  let url = startAddress(request.url, allowLoopbackHttp);
  const headers: Record<string, string> = { Accept: 'text/calendar, */*;q=0.1', 'User-Agent': 'Interlude' };
  if (request.etag !== undefined) headers['If-None-Match'] = request.etag;
  if (request.lastModified !== undefined) headers['If-Modified-Since'] = request.lastModified;

  // One deadline for every hop and the whole body, so a server that trickles
  // bytes cannot keep us waiting forever.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let downloading = false;
  try {
    for (let redirects = 0; ; redirects++) {
      const host = feedHost(url.href);
      const response = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });

      if (REDIRECT_STATUSES.has(response.status)) {
        discard(response);
        if (redirects >= maxRedirects) {
          throw new FeedError('too-many-redirects', message('calendar.feed.tooManyRedirects', { host }));
        }
        url = redirectAddress(url, response, allowLoopbackHttp);
        continue;
      }
      if (response.status === 304) {
        discard(response);
        return { kind: 'not-modified' };
      }
      if (!response.ok) {
        discard(response);
        throw statusError(host, response.status);
      }

      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (declared > maxBytes) {
        discard(response);
        throw tooLarge(host, maxBytes);
      }
      downloading = true;
      const body = calendarText(await readText(response, maxBytes, host), host);
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      return {
        kind: 'updated',
        body,
        ...(etag !== null && { etag }),
        ...(lastModified !== null && { lastModified }),
      };
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    const host = feedHost(url.href);
    if (controller.signal.aborted) {
      const seconds = message('calendar.feed.seconds', { count: timeoutMs / 1000 });
      throw new FeedError(
        'timeout',
        downloading
          ? message('calendar.feed.downloadTimedOut', { host, seconds })
          : message('calendar.feed.requestTimedOut', { host, seconds }),
      );
    }
    // The underlying error is deliberately not attached as `cause`: its text
    // is not ours to vet and could one day include the address.
    throw new FeedError('network', message('calendar.feed.unreachable', { host, detail: networkDetail(error) }));
  } finally {
    clearTimeout(timer);
    // Releases any socket still held by a body we stopped reading.
    controller.abort();
  }
}

function startAddress(raw: string, allowLoopbackHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FeedError('bad-url', message('calendar.feed.unreadableAddress'));
  }
  const host = feedHost(url.href);
  const known = host !== INVALID_HOST;
  if (url.username !== '' || url.password !== '') {
    throw new FeedError(
      'bad-url',
      known ? message('calendar.feed.hostAddressHasLogin', { host }) : message('calendar.feed.addressHasLogin'),
    );
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && allowLoopbackHttp && isLoopback(url)) return url;
  throw new FeedError(
    'bad-url',
    known ? message('calendar.feed.hostAddressNotHttps', { host }) : message('calendar.feed.addressNotHttps'),
  );
}

function redirectAddress(from: URL, response: Response, allowLoopbackHttp: boolean): URL {
  const host = feedHost(from.href);
  const location = response.headers.get('location');
  if (location === null) throw statusError(host, response.status);
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    throw new FeedError('bad-url', message('calendar.feed.redirectUnreadable', { host }));
  }
  if (to.username !== '' || to.password !== '') {
    throw new FeedError('bad-url', message('calendar.feed.redirectHasLogin', { host }));
  }
  if (to.protocol === 'https:') return to;
  if (to.protocol !== 'http:') {
    throw new FeedError('bad-url', message('calendar.feed.redirectUnusable', { host }));
  }
  // Plain http is only tolerated between loopback test servers; leaving https
  // would expose the secret address to anyone on the network.
  if (allowLoopbackHttp && from.protocol === 'http:' && isLoopback(to)) return to;
  throw new FeedError('insecure-redirect', message('calendar.feed.redirectInsecure', { host }));
}

function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname);
}

/** Counts bytes as they arrive, so an oversized feed is dropped without buffering all of it. */
async function readText(response: Response, maxBytes: number, host: string): Promise<string> {
  if (response.body === null) return '';
  // undici types the body as ReadableStream<any>; fetch bodies are byte streams.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge(host, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}

function calendarText(text: string, host: string): string {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(trimmed)) return trimmed;
  // Expired links often land on a sign-in page that answers 200.
  const start = trimmed.slice(0, HTML_SNIFF_CHARS);
  if (/<!doctype|<html/i.test(start)) {
    throw new FeedError('not-a-calendar', message('calendar.feed.webPage', { host }));
  }
  throw new FeedError('not-a-calendar', message('calendar.feed.notCalendar', { host }));
}

/** Frees the connection of a response whose body we will not read. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

function statusError(host: string, status: number): FeedError {
  // The status as a code, not a number to be grouped or localised.
  const params = { host, status: String(status) };
  const said =
    status === 401 || status === 403
      ? message('calendar.feed.httpErrorRevoked', params)
      : status === 404 || status === 410
        ? message('calendar.feed.httpErrorMoved', params)
        : message('calendar.feed.httpError', params);
  return new FeedError('http-status', said, status);
}

function tooLarge(host: string, maxBytes: number): FeedError {
  return new FeedError('too-large', message('calendar.feed.tooLarge', { host, size: size(maxBytes) }));
}

function networkDetail(error: unknown): Message {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : undefined;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return message('calendar.feed.network.notFound');
    case 'ECONNREFUSED':
      return message('calendar.feed.network.refused');
    case 'ECONNRESET':
      return message('calendar.feed.network.dropped');
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return message('calendar.feed.network.certificate');
    default:
      return message('calendar.feed.network.other');
  }
}

function size(bytes: number): Message {
  if (bytes >= 1024 * 1024)
    return message('calendar.feed.size.megabytes', { value: Number((bytes / (1024 * 1024)).toFixed(1)) });
  if (bytes >= 1024) return message('calendar.feed.size.kilobytes', { value: Number((bytes / 1024).toFixed(1)) });
  // Under 1024, written as it is: no grouping.
  return message('calendar.feed.size.bytes', { value: String(bytes) });
}
