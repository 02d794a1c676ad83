import { describe, expect, it } from 'vitest';
import {
  appleStyle,
  CLIENT_SECRETS,
  ehrExport,
  googleStyle,
  ianaWithoutVtimezone,
  outlookStyle,
  windowsWithoutVtimezone,
} from '../../../tests/fixtures/calendars';
import { englishWords } from '../testing/english';
import { CalendarFormatError } from './ics-lines';
import { readCalendar } from './in-process-reader';
import { parseCalendar, type ParseOptions } from './parse-calendar';
import { parseComponent } from './time-zones';
import { DEFAULT_SESSION_RULE } from './session-rule';

const options: ParseOptions = { rule: DEFAULT_SESSION_RULE, timeZone: 'America/Chicago', hashKey: 'test-key' };
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');
const window = (text: string, from: string, to: string, extra: Partial<ParseOptions> = {}) =>
  parseCalendar(text, { ...options, ...extra }).eventsBetween(Date.parse(from), Date.parse(to));
const starts = (text: string, from: string, to: string) => window(text, from, to).events.map((e) => iso(e.start));

describe('reading calendars in the styles real services emit', () => {
  it('Google: IANA zone with VTIMEZONE, overrides before their master, EXDATE, cancelled instance, UNTIL as a DATE', () => {
    const result = window(googleStyle(), '2026-02-28T00:00:00Z', '2026-05-15T00:00:00Z');
    expect(result.events.map((e) => iso(e.start))).toEqual([
      '2026-03-02T17:00:00Z', // PST
      '2026-03-03T18:00:00Z', // the single event, 10:00 PST
      '2026-03-04T18:00:00Z', // override whose series is missing, kept as a single event
      '2026-03-09T18:00:00Z', // moved to 11:00, now PDT
      // 16 March cancelled, 23 March excluded
      '2026-03-30T16:00:00Z',
      '2026-04-06T16:00:00Z',
      '2026-04-13T16:00:00Z',
      '2026-04-20T16:00:00Z',
      '2026-04-27T16:00:00Z', // UNTIL=20260427 includes that day
    ]);
    expect(result.ignored).toEqual({ allDay: 1, free: 1, cancelled: 2, outOfRange: 2, excluded: 0 });
    expect(result.events.every((e) => e.end - e.start === 50 * 60_000)).toBe(true);
  });

  it('Outlook: Windows zone names with the 1601 VTIMEZONE, and a Customized Time Zone read from the file', () => {
    // Pacific Standard Time across the November change: 26 Oct is PDT, 2 and 9 Nov are PST.
    expect(starts(outlookStyle(), '2026-10-01T00:00:00Z', '2026-12-01T00:00:00Z')).toEqual([
      '2026-10-26T21:00:00Z',
      '2026-11-02T22:00:00Z',
      '2026-11-09T22:00:00Z',
    ]);
    // The custom zone is +11 until the first Sunday of April (5 April 2026), then +10.
    expect(starts(outlookStyle(), '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z')).toEqual([
      '2026-03-29T22:00:00Z',
      '2026-04-05T23:00:00Z',
    ]);
  });

  it('Apple: UTC RECURRENCE-ID and comma-listed UTC EXDATEs against a Europe/London series', () => {
    expect(starts(appleStyle(), '2026-03-20T00:00:00Z', '2026-04-10T00:00:00Z')).toEqual([
      '2026-03-23T10:00:00Z',
      '2026-03-24T10:00:00Z',
      // 25th excluded (GMT)
      '2026-03-26T10:00:00Z',
      '2026-03-27T10:00:00Z',
      '2026-03-28T10:00:00Z',
      '2026-03-29T09:00:00Z', // BST from here
      '2026-03-30T14:00:00Z', // moved to 15:00 BST
      // 31st excluded (BST)
      '2026-04-01T09:00:00Z',
    ]);
  });

  it('an IANA TZID with no VTIMEZONE: Sydney across both DST changes', () => {
    expect(starts(ianaWithoutVtimezone(), '2026-04-01T00:00:00Z', '2026-10-20T00:00:00Z')).toEqual([
      '2026-04-02T22:00:00Z', // Fri 3 Apr, AEDT +11
      '2026-04-05T23:00:00Z', // Mon 6 Apr, AEST +10
      '2026-04-09T23:00:00Z',
      '2026-04-12T23:00:00Z',
      '2026-10-01T23:00:00Z', // Fri 2 Oct, AEST
      '2026-10-04T22:00:00Z', // Mon 5 Oct, AEDT
    ]);
  });

  it('a Windows zone name with no VTIMEZONE: London across both DST changes', () => {
    expect(starts(windowsWithoutVtimezone(), '2026-03-01T00:00:00Z', '2026-11-01T00:00:00Z')).toEqual([
      '2026-03-27T10:00:00Z', // GMT
      '2026-03-30T09:00:00Z', // BST
      '2026-10-23T09:00:00Z', // BST
      '2026-10-26T10:00:00Z', // GMT
    ]);
  });

  it('an EHR export of thousands of single events', () => {
    const calendar = parseCalendar(ehrExport(2_000), options);
    expect(calendar.eventCount).toBe(2_000);
    const { events } = calendar.eventsBetween(Date.parse('2026-01-05T00:00:00Z'), Date.parse('2026-01-07T00:00:00Z'));
    expect(events).toHaveLength(16);
    expect(iso(events[0]!.start)).toBe('2026-01-05T14:00:00Z');
  });

  it('keeps only times and a keyed hash: no title, note, link, address or name survives', () => {
    const calendar = parseCalendar(googleStyle() + outlookStyle(), options);
    const { events } = calendar.eventsBetween(0, Date.parse('2030-01-01T00:00:00Z'));
    const everything = JSON.stringify({ events, warnings: calendar.warnings });
    for (const secret of CLIENT_SECRETS) expect(everything).not.toContain(secret);
    expect(Object.keys(events[0]!).sort()).toEqual(['end', 'key', 'start']);
    expect(events[0]!.key).not.toContain('google.com');
  });

  it('changes an event key only when the event changes', () => {
    const a = parseCalendar(googleStyle(), options)
      .eventsBetween(0, Date.parse('2030-01-01T00:00:00Z'))
      .events.map((e) => e.key);
    const b = parseCalendar(googleStyle(), options)
      .eventsBetween(0, Date.parse('2030-01-01T00:00:00Z'))
      .events.map((e) => e.key);
    const otherKey = parseCalendar(googleStyle(), { ...options, hashKey: 'other' })
      .eventsBetween(0, Date.parse('2030-01-01T00:00:00Z'))
      .events.map((e) => e.key);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
    expect(otherKey).not.toEqual(a);
  });

  it('matches include and exclude keywords against titles without keeping them', () => {
    const margaretOnly = window(googleStyle(), '2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z', {
      rule: { ...DEFAULT_SESSION_RULE, includeKeywords: ['margaret'] },
    });
    expect(margaretOnly.events.map((e) => iso(e.start))).toEqual(['2026-03-02T17:00:00Z']);
    expect(margaretOnly.ignored.excluded).toBe(2);
    const noTobias = window(googleStyle(), '2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z', {
      rule: { ...DEFAULT_SESSION_RULE, excludeKeywords: ['TOBIAS'] },
    });
    expect(noTobias.events.map((e) => iso(e.start))).toEqual(['2026-03-02T17:00:00Z']);
  });

  it('uses the configured session length range', () => {
    const result = window(googleStyle(), '2026-03-03T00:00:00Z', '2026-03-04T06:00:00Z', {
      rule: { ...DEFAULT_SESSION_RULE, minMinutes: 5, maxMinutes: 240 },
    });
    expect(result.events.map((e) => iso(e.start))).toEqual([
      '2026-03-03T18:00:00Z',
      '2026-03-04T00:00:00Z',
      '2026-03-04T01:00:00Z',
    ]);
    expect(result.ignored.outOfRange).toBe(0);
  });
});

const VALID = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:a',
  'DTSTART:20260302T170000Z',
  'DTEND:20260302T175000Z',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:b',
  'DTSTART:20260302T180000Z',
  'DTEND:20260302T185000Z',
  'END:VEVENT',
  'END:VCALENDAR',
];
const read = (text: string) => {
  const calendar = parseCalendar(text, options);
  return {
    starts: calendar.eventsBetween(0, Date.parse('2030-01-01T00:00:00Z')).events.map((e) => iso(e.start)),
    // What the user would read.
    warnings: calendar.warnings.map((warning) => englishWords.say(warning)),
  };
};

describe('bad input: a clear message, and the rest of the calendar still counts', () => {
  it('a proxy’s HTML error spliced into a real calendar costs only its own lines', () => {
    const spliced = [
      ...VALID.slice(0, 4),
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>',
      '<body><h1>502 Bad Gateway</h1></body></html>',
      ...VALID.slice(4),
    ].join('\r\n');
    const { starts: found, warnings } = read(spliced);
    expect(found).toEqual(['2026-03-02T17:00:00Z', '2026-03-02T18:00:00Z']);
    expect(warnings).toContain('Skipped 2 lines that were not calendar data.');
  });

  it('a stray HTML line that breaks one event costs only that event', () => {
    const broken = [...VALID.slice(0, 5), 'DTSTART<html>', ...VALID.slice(6)].join('\r\n');
    expect(read(broken).starts).toEqual(['2026-03-02T18:00:00Z']);
  });

  it('a calendar that opens after a blank line is still a calendar', () => {
    expect(read(`\r\n${VALID.join('\r\n')}`).starts).toHaveLength(2);
  });

  it('a truncated file keeps the complete events and says the file was cut off', () => {
    const { starts: found, warnings } = read(VALID.slice(0, 10).join('\r\n'));
    expect(found).toEqual(['2026-03-02T17:00:00Z']);
    expect(warnings.join(' ')).toMatch(/ended in the middle of an event/);
  });

  it('a missing END:VCALENDAR', () => {
    const { starts: found, warnings } = read(VALID.slice(0, -1).join('\r\n'));
    expect(found).toHaveLength(2);
    expect(warnings.join(' ')).toMatch(/no END:VCALENDAR line/);
  });

  it('garbage and HTML lines inside the calendar are skipped and counted', () => {
    const text = [...VALID.slice(0, 7), '<div class="x">oops</div>', '%%%% ### garbage', ...VALID.slice(7)].join(
      '\r\n',
    );
    const { starts: found, warnings } = read(text);
    expect(found).toHaveLength(2);
    expect(warnings).toContain('Skipped 2 lines that were not calendar data.');
  });

  it('a UTF-8 BOM and LF-only line endings', () => {
    expect(read(`\uFEFF${VALID.join('\n')}`).starts).toHaveLength(2);
  });

  it('one damaged event does not drop the others', () => {
    const text = [
      ...VALID.slice(0, 2),
      'BEGIN:VEVENT',
      'UID:bad',
      'DTSTART:2026-not-a-date',
      'END:VEVENT',
      ...VALID.slice(2),
    ].join('\r\n');
    const { starts: found, warnings } = read(text);
    expect(found).toHaveLength(2);
    expect(warnings).toContain('1 event was damaged and skipped; the rest of the calendar was read.');
  });

  it('an invalid RRULE', () => {
    const text = [
      ...VALID.slice(0, 2),
      'BEGIN:VEVENT',
      'UID:r',
      'DTSTART:20260302T200000Z',
      'DTEND:20260302T205000Z',
      'RRULE:FREQ=SOMETIMES',
      'END:VEVENT',
      ...VALID.slice(2),
    ].join('\r\n');
    const { starts: found, warnings } = read(text);
    expect(found).toHaveLength(2);
    expect(warnings.join(' ')).toMatch(/repeat rule that could not be read/);
  });

  it('an unknown TZID is named in a warning and read in the user’s zone, never the machine’s', () => {
    const text = [
      ...VALID.slice(0, 2),
      'BEGIN:VEVENT',
      'UID:z',
      'DTSTART;TZID=Atlantis/Capital:20260302T090000',
      'DTEND;TZID=Atlantis/Capital:20260302T095000',
      'END:VEVENT',
      ...VALID.slice(2),
    ].join('\r\n');
    const { starts: found, warnings } = read(text);
    expect(found).toContain('2026-03-02T15:00:00Z'); // 09:00 in America/Chicago
    expect(warnings.join(' ')).toMatch(
      /The time zone "Atlantis\/Capital" is unknown: its events were read as America\/Chicago time/,
    );
  });

  it('never quotes a TZID that is not shaped like a zone name: it is free text, and may name a client', () => {
    const text = [
      ...VALID.slice(0, 2),
      'BEGIN:VEVENT',
      'UID:z',
      'DTSTART;TZID=JANE DOE 555-0100:20260302T090000',
      'DTEND;TZID=JANE DOE 555-0100:20260302T095000',
      'END:VEVENT',
      ...VALID.slice(2),
    ].join('\r\n');
    const { starts: found, warnings } = read(text);
    expect(found).toContain('2026-03-02T15:00:00Z');
    expect(warnings.join(' ')).not.toMatch(/JANE|555/);
    expect(warnings).toContain(
      "A time zone Interlude does not recognise is used: its events were read as America/Chicago time. Check them, or ask the calendar's owner to export with a standard time zone.",
    );
  });

  it('says each note once, and at most twenty of them, however broken the file', () => {
    const zones = Array.from({ length: 500 }, (_, i) => [
      'BEGIN:VEVENT',
      `UID:z${i}`,
      `DTSTART;TZID=Nowhere/Zone${i}:20260302T090000`,
      `DTEND;TZID=Nowhere/Zone${i}:20260302T095000`,
      'END:VEVENT',
    ]).flat();
    const text = [...VALID.slice(0, 2), ...zones, ...VALID.slice(2)].join('\r\n');
    const result = readCalendar(text, {
      rule: DEFAULT_SESSION_RULE,
      timeZone: 'America/Chicago',
      hashKey: 's',
      from: 0,
      to: Date.parse('2030-01-01T00:00:00Z'),
    });
    expect(result.warnings).toHaveLength(21);
    expect(englishWords.say(result.warnings.at(-1)!)).toBe('…and 480 more notes like these.');
  });

  it('an endless FREQ=MINUTELY rule is capped and reported, not followed forever', () => {
    const text = [
      ...VALID.slice(0, 2),
      'BEGIN:VEVENT',
      'UID:m',
      'DTSTART:20200101T000000Z',
      'DTEND:20200101T003000Z',
      'RRULE:FREQ=MINUTELY',
      'END:VEVENT',
      ...VALID.slice(2),
    ].join('\r\n');
    const calendar = parseCalendar(text, { ...options, maxOccurrencesPerSeries: 5_000 });
    const { events } = calendar.eventsBetween(Date.parse('2026-03-02T00:00:00Z'), Date.parse('2026-03-03T00:00:00Z'));
    expect(events).toHaveLength(2);
    expect(calendar.warnings.map((warning) => englishWords.say(warning)).join(' ')).toMatch(
      /repeats more often than Interlude can follow \(over 5,000 times\); only its first 5,000 occurrences were used/,
    );
  });

  it.each([
    [
      'an HTML error page',
      '<!DOCTYPE html><html><body>Sign in</body></html>',
      /web page \(perhaps a sign-in page\), not a calendar/,
    ],
    [
      'an HTML page that mentions a calendar further down',
      '<html><body><pre>BEGIN:VCALENDAR\nEND:VCALENDAR</pre></body></html>',
      /web page \(perhaps a sign-in page\), not a calendar/,
    ],
    ['an empty file', '', /The calendar is empty/],
    ['something that is not a calendar', 'hello,world\n1,2\n', /does not look like a calendar/],
  ])('%s is refused with a clear message', (_name, text, message) => {
    expect(() => parseCalendar(text, options)).toThrow(CalendarFormatError);
    const refusal = (() => {
      try {
        parseCalendar(text, options);
      } catch (error) {
        return error as CalendarFormatError;
      }
      throw new Error('not refused');
    })();
    expect(englishWords.say(refusal.userMessage)).toMatch(message);
  });
});

describe('starting an old series near the window', () => {
  it('gives exactly the occurrences a walk from the first date gives, across DST', async () => {
    const { default: ICAL } = await import('ical.js');
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:old-series',
      'DTSTART;TZID=America/New_York:20210104T083000',
      'DTEND;TZID=America/New_York:20210104T092000',
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
      'EXDATE;TZID=America/New_York:20261102T083000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const from = Date.parse('2026-10-20T00:00:00Z');
    const to = Date.parse('2026-11-20T00:00:00Z');
    const fast = parseCalendar(text, options)
      .eventsBetween(from, to)
      .events.map((e) => iso(e.start));

    // The slow way: ical.js walking from 2021, no shortcuts.
    parseCalendar(text, options); // registers America/New_York for ical.js
    const component = parseComponent(text).getFirstSubcomponent('vevent')!;
    const walk = new ICAL.RecurExpansion({
      component,
      dtstart: component.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>,
    });
    const slow: string[] = [];
    for (let next = walk.next(); next && next.toUnixTime() * 1000 < to; next = walk.next()) {
      if (next.toUnixTime() * 1000 >= from) slow.push(iso(next.toUnixTime() * 1000));
    }
    expect(fast).toEqual(slow);
    expect(fast).toContain('2026-10-22T12:30:00Z'); // EDT
    expect(fast).toContain('2026-11-05T13:30:00Z'); // EST
    expect(fast).not.toContain('2026-11-02T13:30:00Z'); // excluded
  });
});

describe('RDATE, and overrides that move an instance into or out of the window', () => {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:weekly',
    'DTSTART;TZID=Europe/London:20260302T100000',
    'DTEND;TZID=Europe/London:20260302T105000',
    'RRULE:FREQ=WEEKLY;COUNT=6',
    'RDATE;TZID=Europe/London:20260326T160000',
    'END:VEVENT',
    // The 16 March instance moves out of the window (to 1 April, now BST)...
    'BEGIN:VEVENT',
    'UID:weekly',
    'RECURRENCE-ID;TZID=Europe/London:20260316T100000',
    'DTSTART;TZID=Europe/London:20260401T100000',
    'DTEND;TZID=Europe/London:20260401T105000',
    'END:VEVENT',
    // ...and the 6 April one moves into it, to 20 March (GMT).
    'BEGIN:VEVENT',
    'UID:weekly',
    'RECURRENCE-ID;TZID=Europe/London:20260406T100000',
    'DTSTART;TZID=Europe/London:20260320T090000',
    'DTEND;TZID=Europe/London:20260320T095000',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

  it('follows each instance to where it now is', () => {
    expect(starts(text, '2026-03-14T00:00:00Z', '2026-03-28T00:00:00Z')).toEqual([
      '2026-03-20T09:00:00Z', // moved in from 6 April
      '2026-03-23T10:00:00Z',
      '2026-03-26T16:00:00Z', // RDATE
    ]);
    expect(starts(text, '2026-03-28T00:00:00Z', '2026-04-10T00:00:00Z')).toEqual([
      '2026-03-30T09:00:00Z', // BST
      '2026-04-01T09:00:00Z', // moved out of its week, into this one
    ]);
  });
});

describe('a date that is not one', () => {
  it('drops only that event, with a note, and the calendar survives a restart', () => {
    const text = [
      ...VALID.slice(0, 2),
      'BEGIN:VEVENT',
      'UID:broken',
      'DTSTART:2O261103T170000Z',
      'DTEND:20261103T175000Z',
      'END:VEVENT',
      ...VALID.slice(2),
    ].join('\r\n');
    const { starts: found, warnings } = read(text);
    expect(found).toEqual(['2026-03-02T17:00:00Z', '2026-03-02T18:00:00Z']);
    expect(found.every((start) => !start.includes('NaN'))).toBe(true);
    expect(warnings.join(' ')).toMatch(/1 event was damaged and skipped/);
  });
});

describe('a repeat rule no date can satisfy', () => {
  it.each(['DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY', 'WEEKLY'])(
    'FREQ=%s on February the 30th is refused as a bad rule, not searched for ever',
    (freq) => {
      const text = [
        ...VALID.slice(0, 2),
        'BEGIN:VEVENT',
        'UID:never',
        'DTSTART:20260302T090000Z',
        'DTEND:20260302T095000Z',
        `RRULE:FREQ=${freq};BYMONTH=2;BYMONTHDAY=30`,
        'END:VEVENT',
        ...VALID.slice(2),
      ].join('\r\n');
      const { starts: found, warnings } = read(text);
      expect(found).toEqual(['2026-03-02T17:00:00Z', '2026-03-02T18:00:00Z']);
      expect(warnings.join(' ')).toMatch(/1 repeating event has a repeat rule that could not be read/);
    },
  );

  it('still follows a rule that is merely rare, such as every 29 February', () => {
    const text = [
      ...VALID.slice(0, 2),
      'BEGIN:VEVENT',
      'UID:leap',
      'DTSTART:20260302T090000Z',
      'DTEND:20260302T095000Z',
      'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;COUNT=2',
      'END:VEVENT',
      ...VALID.slice(2),
    ].join('\r\n');
    expect(read(text).starts).toContain('2028-02-29T09:00:00Z');
  });
});

describe('a damaged time zone definition', () => {
  it('costs only the events that use it: they are read in the user’s zone, with a note, and the rest as written', () => {
    const text = [
      ...VALID.slice(0, 2),
      'BEGIN:VTIMEZONE',
      'TZID:Custom',
      'BEGIN:STANDARD',
      'DTSTART:19701101T02000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:custom',
      'DTSTART;TZID=Custom:20260302T100000',
      'DTEND;TZID=Custom:20260302T105000',
      'END:VEVENT',
      ...VALID.slice(2),
    ].join('\r\n');
    const { starts: found, warnings } = read(text);
    // 10:00 in America/Chicago, the user's zone; the two good events as they were.
    expect(found).toEqual(['2026-03-02T16:00:00Z', '2026-03-02T17:00:00Z', '2026-03-02T18:00:00Z']);
    expect(warnings.join(' ')).toMatch(
      /The time zone "Custom" is unknown: its events were read as America\/Chicago time/,
    );
  });
});
