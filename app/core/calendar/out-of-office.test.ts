import { describe, expect, it } from 'vitest';
import { parseCalendar } from './parse-calendar';
import { DEFAULT_SESSION_RULE } from './session-rule';

const calendar = (...events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    ...events.flatMap((event) => ['BEGIN:VEVENT', ...event.trim().split('\n'), 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');

const read = (text: string, detectOutOfOffice = true, outOfOfficeByTitle = detectOutOfOffice) =>
  parseCalendar(text, {
    rule: DEFAULT_SESSION_RULE,
    timeZone: 'America/New_York',
    hashKey: 's',
    detectOutOfOffice,
    outOfOfficeByTitle,
  }).eventsBetween(Date.parse('2026-11-01T00:00:00Z'), Date.parse('2027-01-31T00:00:00Z'));

describe('out-of-office days in a calendar', () => {
  it("finds all-day events marked out of office by Outlook's busy status or titled as time off, and keeps only their dates", () => {
    const result = read(
      calendar(
        'UID:a\nDTSTART;VALUE=DATE:20261224\nDTEND;VALUE=DATE:20261227\nSUMMARY:Family visit\nX-MICROSOFT-CDO-BUSYSTATUS:OOF',
        'UID:b\nDTSTART;VALUE=DATE:20261130\nDTEND;VALUE=DATE:20261201\nSUMMARY:Out of office',
        'UID:c\nDTSTART;VALUE=DATE:20261203\nDTEND;VALUE=DATE:20261204\nSUMMARY:Team lunch',
        'UID:e\nDTSTART;VALUE=DATE:20261218\nDTEND;VALUE=DATE:20261219\nSUMMARY:Holiday party',
        'UID:d\nDTSTART:20261202T140000Z\nDTEND:20261202T145000Z\nSUMMARY:Vacation planning with J. Smith',
      ),
    );
    expect(result.outOfOfficeDates).toEqual(['2026-11-30', '2026-12-24', '2026-12-25', '2026-12-26']);
    // The timed event is still a session; nothing of any title is in the result.
    expect(result.events).toHaveLength(1);
    expect(JSON.stringify(result)).not.toMatch(/Family|Smith|Vacation|Out of office|lunch/i);
  });

  it('follows a repeating day off, and ignores a cancelled one', () => {
    const result = read(
      calendar(
        'UID:weekly\nDTSTART;VALUE=DATE:20261106\nDTEND;VALUE=DATE:20261107\nRRULE:FREQ=WEEKLY;COUNT=3\nSUMMARY:Day off',
        'UID:gone\nDTSTART;VALUE=DATE:20261110\nDTEND;VALUE=DATE:20261111\nSUMMARY:PTO\nSTATUS:CANCELLED',
      ),
    );
    expect(result.outOfOfficeDates).toEqual(['2026-11-06', '2026-11-13', '2026-11-20']);
  });

  it('looks for nothing unless asked', () => {
    const result = read(
      calendar('UID:b\nDTSTART;VALUE=DATE:20261130\nDTEND;VALUE=DATE:20261201\nSUMMARY:Out of office'),
      false,
    );
    expect(result.outOfOfficeDates).toEqual([]);
  });

  it('reads no title while days off by title are not asked for: busy status alone still counts', () => {
    const result = read(
      calendar(
        'UID:a\nDTSTART;VALUE=DATE:20261224\nDTEND;VALUE=DATE:20261225\nSUMMARY:Family visit\nX-MICROSOFT-CDO-BUSYSTATUS:OOF',
        'UID:b\nDTSTART;VALUE=DATE:20261130\nDTEND;VALUE=DATE:20261201\nSUMMARY:Out of office',
      ),
      true,
      false,
    );
    expect(result.outOfOfficeDates).toEqual(['2026-12-24']);
  });
});
