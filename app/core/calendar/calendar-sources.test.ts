import { describe, expect, it } from 'vitest';
import { CLIENT_SECRETS, googleStyle } from '../../../tests/fixtures/calendars';
import type { SourceStatus } from '../../shared/domain';
import { message } from '../../shared/i18n/message';
import { Interlude } from '../interlude';
import { englishWords } from '../testing/english';
import { CalendarError } from './calendar-error';
import { memorySecretStore } from './memory-secret-store';
import { MemoryStore } from '../testing/memory-store';
import { RecordingShell } from '../testing/recording-shell';
import { VirtualTime } from '../testing/virtual-time';
import { normaliseFeedUrl } from './calendar-sources';
import type { FeedFetcher, FeedFetchRequest } from './ports';

const FEED = 'webcal://ehr.example.com/feeds/SECRET-TOKEN-123.ics?key=abc';

function calendarAt(day: string, times: [string, string][]): string {
  const events = times.flatMap(([start, end], index) => [
    'BEGIN:VEVENT',
    `UID:e${index}-${day}`,
    `DTSTART:${day.replace(/-/g, '')}T${start.replace(':', '')}00Z`,
    `DTEND:${day.replace(/-/g, '')}T${end.replace(':', '')}00Z`,
    `SUMMARY:${CLIENT_SECRETS[0]}`,
    'END:VEVENT',
  ]);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR'].join('\r\n');
}

async function boot(
  fetchFeed: FeedFetcher,
  store = new MemoryStore(),
  time = new VirtualTime(Date.parse('2026-03-02T08:00:00Z'), 'UTC'),
) {
  const logs: string[] = [];
  const shell = new RecordingShell();
  const core = new Interlude({
    clock: time,
    timers: time,
    store,
    shell,
    log: { info: (m) => logs.push(m), warn: (m) => logs.push(m) },
    calendar: { fetchFeed, secrets: memorySecretStore() },
  });
  await core.start();
  return { core, store, time, logs, shell };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A calendar in the list as the user reads it: its name, error and notes in English. */
const inEnglish = (source: SourceStatus) => ({
  ...source,
  label: englishWords.say(source.label),
  lastError: source.lastError && englishWords.say(source.lastError),
  warnings: source.warnings.map((warning) => englishWords.say(warning)),
});
const sourcesInEnglish = (core: Interlude) => core.snapshot().calendar.sources.map(inEnglish);

describe('calendar sources in the core', () => {
  it('imports a file: its sessions join the schedule, and only times are stored', async () => {
    const { core, store, logs } = await boot(() => Promise.reject(new Error('unused')));
    const result = await core.handlers.importCalendar({ text: googleStyle() });
    expect(result).toEqual({ ok: true });
    const state = core.snapshot();
    expect(sourcesInEnglish(core)).toMatchObject([
      { kind: 'file', label: 'Imported file', stale: false, lastError: null },
    ]);
    expect(state.today.map((s) => new Date(s.start).toISOString())).toContain('2026-03-02T09:00:00.000Z'); // template
    const nextWeek = core.snapshot().calendar.sources[0]!.sessionsNext7Days;
    expect(nextWeek).toBe(3); // Mon 2 (17:00), Tue 3 (single), Wed 4 (orphan override)
    const everything = [...store.documents.values(), ...logs].join('\n');
    for (const secret of CLIENT_SECRETS) expect(everything).not.toContain(secret);
    expect(everything).not.toContain('google.com');
    core.stop();
  });

  it('never writes a schedule it could not read back, so a calendar is never lost at the next start', async () => {
    const store = new MemoryStore();
    const time = new VirtualTime(Date.parse('2026-03-02T08:00:00Z'), 'UTC');
    const core = new Interlude({
      clock: time,
      timers: time,
      store,
      shell: new RecordingShell(),
      log: { info: () => undefined, warn: () => undefined },
      calendar: {
        // A reader gone wrong: an event at no instant at all.
        reader: {
          read: () =>
            Promise.resolve({
              events: [{ start: Number.NaN, end: Number.NaN, key: 'k' }],
              ignored: { allDay: 0, free: 0, cancelled: 0, outOfRange: 0, excluded: 0 },
              outOfOfficeDates: [],
              warnings: [],
            }),
        },
      },
    });
    await core.start();
    const before = [...store.documents.keys()].sort();
    const refused = await core.handlers.importCalendar({ text: googleStyle() });
    expect(refused.ok).toBe(false);
    expect(englishWords.say(refused.message!)).toBe(
      'Interlude could not keep this calendar’s schedule, so nothing was imported.',
    );
    expect([...store.documents.keys()].sort()).toEqual(before);
    expect(core.snapshot().calendar.sources).toEqual([]);
    core.stop();
  });

  it('refuses a file that is not a calendar, with the reason, and adds nothing', async () => {
    const { core } = await boot(() => Promise.reject(new Error('unused')));
    const refused = await core.handlers.importCalendar({ text: '<html><body>Sign in</body></html>' });
    expect(refused).toEqual({ ok: false, message: message('calendar.read.webPage') });
    expect(englishWords.say(refused.message!)).toBe('This is a web page (perhaps a sign-in page), not a calendar.');
    expect(core.snapshot().calendar.sources).toEqual([]);
    core.stop();
  });

  it('subscribes to a feed, rewriting webcal to https and showing only the host', async () => {
    const requests: FeedFetchRequest[] = [];
    const { core, store } = await boot((request) => {
      requests.push(request);
      return Promise.resolve({ kind: 'updated', body: calendarAt('2026-03-02', [['10:00', '10:50']]), etag: '"v1"' });
    });
    expect(await core.handlers.subscribeCalendar({ url: FEED })).toEqual({ ok: true });
    await core.refreshDueCalendars();
    expect(requests[0]!.url).toBe('https://ehr.example.com/feeds/SECRET-TOKEN-123.ics?key=abc');
    const [source] = sourcesInEnglish(core);
    expect(source).toMatchObject({ kind: 'feed', label: 'ehr.example.com', sessionsNext7Days: 1, stale: false });
    expect([...store.documents.values()].join('\n')).not.toContain('SECRET-TOKEN-123');
    core.stop();
  });

  it('keeps a name of the user’s own with the address, numbers two unnamed feeds on one host, and retries one feed', async () => {
    const requests: string[] = [];
    const secrets = memorySecretStore();
    const store = new MemoryStore();
    const time = new VirtualTime(Date.parse('2026-03-02T08:00:00Z'), 'UTC');
    const core = new Interlude({
      clock: time,
      timers: time,
      store,
      shell: new RecordingShell(),
      log: { info: () => undefined, warn: () => undefined },
      calendar: {
        fetchFeed: (request) => {
          requests.push(request.url);
          return Promise.reject(
            new CalendarError(
              message('calendar.feed.unreachable', {
                host: 'ehr.example.com',
                detail: message('calendar.feed.network.refused'),
              }),
            ),
          );
        },
        secrets,
      },
    });
    await core.start();
    await core.handlers.subscribeCalendar({ url: 'https://ehr.example.com/a.ics' });
    await core.handlers.subscribeCalendar({ url: 'https://ehr.example.com/b.ics' });
    await core.refreshDueCalendars();
    expect(sourcesInEnglish(core).map((s) => s.label)).toEqual(['ehr.example.com (1)', 'ehr.example.com (2)']);
    expect(sourcesInEnglish(core)[0]!.lastError).toBe('Could not reach ehr.example.com: the connection was refused.');
    const [first, second] = core.snapshot().calendar.sources;
    expect(await core.handlers.renameCalendar({ id: first!.id, label: ' SimplePractice ' })).toEqual({ ok: true });
    expect(sourcesInEnglish(core).map((s) => s.label)).toEqual(['SimplePractice', 'ehr.example.com']);
    // Kept with the address, where secrets are kept, and nowhere in the settings.
    expect(JSON.parse((await secrets.load(first!.id))!)).toEqual({
      url: 'https://ehr.example.com/a.ics',
      label: 'SimplePractice',
    });
    expect([...store.documents.values()].join('\n')).not.toContain('SimplePractice');
    // "Try again now" fetches that feed alone, at once, though its backoff has not run out.
    requests.length = 0;
    expect(await core.handlers.refreshCalendar({ id: second!.id })).toEqual({ ok: true });
    await core.refreshDueCalendars();
    expect(requests).toEqual(['https://ehr.example.com/b.ics']);
    const gone = await core.handlers.refreshCalendar({ id: 'gone-123456' });
    expect(gone.ok).toBe(false);
    expect(englishWords.say(gone.message!)).toBe('That calendar is no longer in the list.');
    // An empty name goes back to the host.
    await core.handlers.renameCalendar({ id: first!.id, label: '' });
    expect(sourcesInEnglish(core)[0]!.label).toBe('ehr.example.com (1)');
    core.stop();
  });

  it('reads an address kept as plain text before feeds had names', async () => {
    const requests: string[] = [];
    const secrets = memorySecretStore();
    const store = new MemoryStore();
    const fetchFeed: FeedFetcher = (request) => {
      requests.push(request.url);
      return Promise.resolve({ kind: 'updated', body: calendarAt('2026-03-02', [['10:00', '10:50']]) });
    };
    const first = await boot(fetchFeed, store);
    const time = new VirtualTime(Date.parse('2026-03-02T08:00:00Z'), 'UTC');
    // As an older version left it: the settings list the feed, the store holds the bare address.
    await store.write(
      'settings.json',
      JSON.stringify({
        ...first.core.snapshot().settings,
        calendar: {
          ...first.core.snapshot().settings.calendar,
          sources: [{ id: 'feed-old-1', kind: 'feed', label: 'ehr.example.com', addedAt: 0 }],
        },
      }),
    );
    first.core.stop();
    await secrets.save('feed-old-1', 'https://ehr.example.com/old.ics');
    const core = new Interlude({
      clock: time,
      timers: time,
      store,
      shell: new RecordingShell(),
      log: { info: () => undefined, warn: () => undefined },
      calendar: { fetchFeed, secrets },
    });
    await core.start();
    await core.refreshDueCalendars();
    expect(requests.at(-1)).toBe('https://ehr.example.com/old.ics');
    expect(sourcesInEnglish(core)[0]).toMatchObject({ label: 'ehr.example.com', stale: false });
    core.stop();
  });

  it('uses conditional GET, keeps the last good schedule when a refresh fails, says why, and backs off', async () => {
    const requests: FeedFetchRequest[] = [];
    let answer: 'ok' | 'not-modified' | 'fail' = 'ok';
    const { core, time, shell } = await boot((request) => {
      requests.push(request);
      if (answer === 'fail')
        return Promise.reject(
          new CalendarError(message('calendar.feed.httpError', { host: 'ehr.example.com', status: '500' })),
        );
      if (answer === 'not-modified') return Promise.resolve({ kind: 'not-modified' });
      return Promise.resolve({
        kind: 'updated',
        body: calendarAt('2026-03-02', [
          ['10:00', '10:50'],
          ['11:00', '11:50'],
        ]),
        etag: '"v1"',
        lastModified: 'Mon, 02 Mar 2026 07:00:00 GMT',
      });
    });
    await core.handlers.subscribeCalendar({ url: FEED });
    await core.refreshDueCalendars();

    answer = 'not-modified';
    time.advance(10 * 60_000);
    await core.refreshDueCalendars();
    expect(requests[1]).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 02 Mar 2026 07:00:00 GMT' });

    answer = 'fail';
    time.advance(10 * 60_000);
    await core.refreshDueCalendars();
    await settle();
    const [source] = sourcesInEnglish(core);
    expect(source).toMatchObject({
      stale: true,
      lastError: 'ehr.example.com answered with an error (HTTP 500).',
      sessionsNext7Days: 2,
    });
    expect(shell.lastTray?.items.map((item) => ('text' in item ? item.text : ''))).toContain(
      'Calendar out of date: ehr.example.com',
    );

    // Backoff: 1 minute after the first failure, then 2, then 4.
    const attempts = () => requests.length;
    const before = attempts();
    time.advance(59_000);
    await core.refreshDueCalendars();
    expect(attempts()).toBe(before);
    time.advance(1_000);
    await core.refreshDueCalendars();
    expect(attempts()).toBe(before + 1);
    time.advance(60_000);
    await core.refreshDueCalendars();
    expect(attempts()).toBe(before + 1);
    time.advance(60_000);
    await core.refreshDueCalendars();
    expect(attempts()).toBe(before + 2);

    answer = 'ok';
    time.advance(4 * 60_000);
    await core.refreshDueCalendars();
    await settle();
    expect(core.snapshot().calendar.sources[0]).toMatchObject({ stale: false, lastError: null });
    core.stop();
  });

  it('merges overlapping and touching appointments into one busy block, alone or beside the template', async () => {
    const { core } = await boot(() => Promise.reject(new Error('unused')));
    await core.handlers.importCalendar({
      text: calendarAt('2026-03-02', [
        ['14:00', '14:50'],
        ['14:50', '15:40'],
        ['15:30', '16:00'],
        ['17:00', '17:30'],
      ]),
    });
    const blocks = () =>
      core
        .snapshot()
        .today.filter((s) => s.start >= Date.parse('2026-03-02T13:00:00Z'))
        .map((s) => [new Date(s.start).toISOString().slice(11, 16), new Date(s.end).toISOString().slice(11, 16)]);
    // Beside the template: its 14:00, 15:00 and 16:00 sessions join the calendar's into one stretch.
    expect(blocks()).toEqual([
      ['13:00', '13:50'],
      ['14:00', '16:50'],
      ['17:00', '17:30'],
    ]);
    const settings = core.snapshot().settings;
    await core.handlers.updateSettings({ ...settings, calendar: { ...settings.calendar, useTemplate: false } });
    expect(blocks()).toEqual([
      ['14:00', '16:00'],
      ['17:00', '17:30'],
    ]);
    expect(core.snapshot().settings.calendar.sources).toHaveLength(1);
    core.stop();
  });

  it('accepts https and webcal addresses only', () => {
    expect(normaliseFeedUrl('webcal://a.example/x.ics')).toEqual({
      ok: true,
      url: 'https://a.example/x.ics',
      host: 'a.example',
    });
    expect(normaliseFeedUrl('http://a.example/x.ics')).toMatchObject({ ok: false });
    expect(normaliseFeedUrl('not a link')).toMatchObject({ ok: false });
  });
});
