import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { englishWords } from '../core/testing/english';
import { FeedError, feedHost, fetchFeed, type FeedErrorReason } from './feed-fetcher';

const SECRET_PATH = '/feeds/SECRET-TOKEN-123.ics?key=abc';
// Nothing in an error may reveal the feed's secret address or echo the server's reply.
const MUST_NOT_LEAK = ['SECRET-TOKEN-123', 'key=abc', '/feeds', 'BODY-MARKER', 'alice', 'hunter2'];

const ETAG = '"v1"';
const LAST_MODIFIED = 'Wed, 25 Nov 2026 09:00:00 GMT';
const CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nEND:VCALENDAR\r\n';
const LOGIN_PAGE =
  '<!DOCTYPE html>\n<html><head><title>Sign in BODY-MARKER</title></head><body><form>Password</form></body></html>';

const options = { allowLoopbackHttp: true, timeoutMs: 2_000 };

let server: Server;
let base: string;
const received: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
/** Every URL fetchFeed asked the global fetch for, in order. */
const fetched: string[] = [];

const feed = (scenario: string): string => `${base}/${scenario}${SECRET_PATH}`;
const requestsTo = (scenario: string) => received.filter((request) => request.path.startsWith(`/${scenario}/`));

function respond(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  received.push({ path, headers: request.headers });
  const [, scenario, step] = path.split('/');
  switch (scenario) {
    case 'calendar':
      if (request.headers['if-none-match'] === ETAG || request.headers['if-modified-since'] === LAST_MODIFIED) {
        response.writeHead(304).end();
      } else {
        response.writeHead(200, { 'content-type': 'text/calendar', etag: ETAG, 'last-modified': LAST_MODIFIED });
        response.end(CALENDAR);
      }
      return;
    case 'silent':
      return; // Never answers.
    case 'trickle': {
      response.writeHead(200, { 'content-type': 'text/calendar' });
      response.write('BEGIN:VCALENDAR\r\n');
      const timer = setInterval(() => response.write('X-BODY-MARKER:1\r\n'), 100);
      response.on('close', () => clearInterval(timer));
      return;
    }
    case 'fail':
      response.writeHead(500, { 'content-type': 'text/plain' }).end(`Internal error BODY-MARKER at ${SECRET_PATH}`);
      return;
    case 'hop': {
      // /hop/3 → /hop/2 → /hop/1 → /hop/0, each written a different way.
      const remaining = Number(step);
      const rest = SECRET_PATH.slice(1);
      if (remaining === 3) response.writeHead(301, { location: `../../2/${rest}` });
      else if (remaining === 2) response.writeHead(307, { location: `${base}/hop/1/${rest}` });
      else if (remaining === 1) response.writeHead(308, { location: `/hop/0/${rest}` });
      else response.writeHead(200, { 'content-type': 'text/calendar' });
      response.end(remaining === 0 ? CALENDAR : 'BODY-MARKER');
      return;
    }
    case 'loop':
      response.writeHead(302, { location: path }).end();
      return;
    case 'offsite':
      response.writeHead(302, { location: `http://example.invalid${SECRET_PATH}` }).end();
      return;
    case 'login':
      response.writeHead(200, { 'content-type': 'text/html' }).end(LOGIN_PAGE);
      return;
    case 'text':
      response.writeHead(200, { 'content-type': 'text/plain' }).end('Hello BODY-MARKER');
      return;
    case 'endless': {
      // Chunked and never finishing: only a byte count can stop this one.
      response.writeHead(200, { 'content-type': 'text/calendar' });
      response.write('BEGIN:VCALENDAR\r\n');
      const timer = setInterval(() => response.write(`X-BODY-MARKER:${'x'.repeat(300)}\r\n`), 5);
      response.on('close', () => clearInterval(timer));
      return;
    }
    case 'declared':
      // Headers only; reading the body would hang until the timeout.
      response.writeHead(200, { 'content-type': 'text/calendar', 'content-length': '5000' });
      response.flushHeaders();
      return;
    case 'bom':
      response.writeHead(200, { 'content-type': 'text/calendar' });
      response.end(Buffer.from(`\uFEFF \r\n${CALENDAR.toLowerCase()}`, 'utf8'));
      return;
    default:
      response.writeHead(404).end();
  }
}

// Stands in for the global fetch: passes loopback requests to the real one, and
// plays a remote https server that redirects to plain http. Anything else fails
// the test, so no test can reach beyond this machine.
const realFetch = globalThis.fetch;
const guardedFetch: typeof fetch = (input, init) => {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  fetched.push(href);
  const url = new URL(href);
  if (url.hostname === '127.0.0.1') return realFetch(input, init);
  if (url.protocol === 'https:' && url.hostname === 'calendar.example.com') {
    return Promise.resolve(new Response(null, { status: 302, headers: { location: feed('calendar') } }));
  }
  return Promise.reject(new Error(`a test tried to contact ${url.host}`));
};

beforeAll(async () => {
  server = createServer(respond);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vi.stubGlobal('fetch', guardedFetch);
});

afterAll(async () => {
  vi.unstubAllGlobals();
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

/** Awaits the expected failure and checks that it gives nothing secret away. */
async function failure(attempt: Promise<unknown>, reason: FeedErrorReason): Promise<FeedError> {
  const error = await attempt.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof FeedError)) throw new Error(`expected a FeedError, got ${inspect(error)}`);
  expect(error.reason).toBe(reason);
  // What the user would read, and all the error carries.
  const everything = `${englishWords.say(error.userMessage)}\n${inspect(error, { depth: 5 })}`;
  for (const secret of MUST_NOT_LEAK) expect(everything).not.toContain(secret);
  return error;
}

describe('fetchFeed against a loopback server', () => {
  it('returns the calendar with its ETag and Last-Modified, asking for text/calendar as Interlude', async () => {
    const result = await fetchFeed({ url: feed('calendar') }, options);
    expect(result).toEqual({ kind: 'updated', body: CALENDAR, etag: ETAG, lastModified: LAST_MODIFIED });
    const headers = requestsTo('calendar').at(-1)?.headers;
    expect(headers?.accept).toBe('text/calendar, */*;q=0.1');
    expect(headers?.['user-agent']).toBe('Interlude');
    expect(headers?.['if-none-match']).toBeUndefined();
  });

  it('sends the validators back and reports not-modified on 304', async () => {
    const result = await fetchFeed({ url: feed('calendar'), etag: ETAG, lastModified: LAST_MODIFIED }, options);
    expect(result).toEqual({ kind: 'not-modified' });
    const headers = requestsTo('calendar').at(-1)?.headers;
    expect(headers?.['if-none-match']).toBe(ETAG);
    expect(headers?.['if-modified-since']).toBe(LAST_MODIFIED);
  });

  // A hang here is caught by the test's own timeout; how fast feeds are read is the bench's business.
  it('times out when the server never answers', async () => {
    const error = await failure(fetchFeed({ url: feed('silent') }, { ...options, timeoutMs: 300 }), 'timeout');
    expect(englishWords.say(error.userMessage)).toBe(
      'Could not reach 127.0.0.1: the request timed out after 0.3 seconds.',
    );
  });

  it('times out when the body trickles in too slowly, even though bytes keep arriving', async () => {
    await failure(fetchFeed({ url: feed('trickle') }, { ...options, timeoutMs: 500 }), 'timeout');
  });

  it('reports an error status with the status code', async () => {
    const error = await failure(fetchFeed({ url: feed('fail') }, options), 'http-status');
    expect(error.status).toBe(500);
    expect(englishWords.say(error.userMessage)).toBe('127.0.0.1 answered with an error (HTTP 500).');
  });

  it('follows relative and absolute redirects between loopback http servers', async () => {
    const result = await fetchFeed({ url: feed('hop/3') }, options);
    expect(result).toEqual({ kind: 'updated', body: CALENDAR });
    expect(requestsTo('hop').map((request) => request.path)).toEqual(
      [3, 2, 1, 0].map((step) => `/hop/${step}${SECRET_PATH}`),
    );
  });

  it('gives up after maxRedirects', async () => {
    const error = await failure(
      fetchFeed({ url: feed('loop') }, { ...options, maxRedirects: 2 }),
      'too-many-redirects',
    );
    expect(englishWords.say(error.userMessage)).toBe('127.0.0.1 redirected too many times, so Interlude stopped.');
    expect(requestsTo('loop')).toHaveLength(3);
  });

  it('refuses a redirect from loopback to a non-loopback http address without contacting it', async () => {
    const error = await failure(fetchFeed({ url: feed('offsite') }, options), 'insecure-redirect');
    expect(englishWords.say(error.userMessage)).toBe(
      '127.0.0.1 redirected to an insecure (http) address, so Interlude stopped.',
    );
    expect(fetched.filter((href) => href.includes('example.invalid'))).toEqual([]);
  });

  it('refuses a redirect from https down to http, even to loopback with allowLoopbackHttp', async () => {
    const before = requestsTo('calendar').length;
    const error = await failure(
      fetchFeed({ url: `https://calendar.example.com${SECRET_PATH}` }, options),
      'insecure-redirect',
    );
    expect(englishWords.say(error.userMessage)).toBe(
      'calendar.example.com redirected to an insecure (http) address, so Interlude stopped.',
    );
    expect(requestsTo('calendar')).toHaveLength(before);
  });

  it('recognises a sign-in page as a web page, not a calendar', async () => {
    const error = await failure(fetchFeed({ url: feed('login') }, options), 'not-a-calendar');
    expect(englishWords.say(error.userMessage)).toBe(
      '127.0.0.1 returned a web page (perhaps a sign-in page), not a calendar.',
    );
  });

  it('rejects other content that is not a calendar', async () => {
    const error = await failure(fetchFeed({ url: feed('text') }, options), 'not-a-calendar');
    expect(englishWords.say(error.userMessage)).not.toMatch(/web page/);
  });

  it('stops reading as soon as the body exceeds maxBytes', async () => {
    const error = await failure(fetchFeed({ url: feed('endless') }, { ...options, maxBytes: 1000 }), 'too-large');
    expect(englishWords.say(error.userMessage)).toBe('The calendar from 127.0.0.1 is larger than 1000 bytes.');
  });

  it('rejects a declared Content-Length over maxBytes before reading the body', async () => {
    await failure(fetchFeed({ url: feed('declared') }, { ...options, maxBytes: 1000 }), 'too-large');
  });

  it('accepts a calendar after a byte-order mark and leading whitespace, in any case', async () => {
    const result = await fetchFeed({ url: feed('bom') }, options);
    expect(result).toEqual({ kind: 'updated', body: CALENDAR.toLowerCase() });
  });

  it('reports a refused connection as a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(fetchFeed({ url: `http://127.0.0.1:${port}${SECRET_PATH}` }, options), 'network');
    expect(englishWords.say(error.userMessage)).toBe('Could not reach 127.0.0.1: the connection was refused.');
  });
});

describe('fetchFeed address checks', () => {
  it.each([
    ['plain http without the test switch', (): string => feed('calendar'), {}],
    ['plain http to a non-loopback host', (): string => `http://example.invalid${SECRET_PATH}`, options],
    ['a user name and password', (): string => `http://alice:hunter2@127.0.0.1${SECRET_PATH}`, options],
    ['an unparsable address', (): string => `not a url ${SECRET_PATH}`, options],
    ['another scheme', (): string => `ftp://127.0.0.1${SECRET_PATH}`, options],
  ])('rejects %s without making a request', async (_label, address, settings) => {
    const before = { fetched: fetched.length, received: received.length };
    await failure(fetchFeed({ url: address() }, settings), 'bad-url');
    expect({ fetched: fetched.length, received: received.length }).toEqual(before);
  });
});

describe('feedHost', () => {
  it('names the host only', () => {
    expect(feedHost(`https://alice:hunter2@Calendar.Example.com:8443${SECRET_PATH}`)).toBe('calendar.example.com');
    expect(feedHost(`webcal://Calendar.Example.com${SECRET_PATH}`)).toBe('calendar.example.com');
    expect(feedHost('not a url')).toBe('(invalid address)');
  });
});
