import { describe, expect, it } from 'vitest';
import { splitCalendar, type EventBlock } from './ics-lines';

const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'X-WR-CALNAME:Dr Ana Ruiz – clients',
  'X-WR-TIMEZONE:America/Chicago',
  'BEGIN:VEVENT',
  'UID:a@ehr.example',
  'DTSTART:20260302T170000Z',
  'DTEND:20260302T175000Z',
  'SUMMARY:Jane Doe - intake',
  'CONFERENCE;VALUE=URI:https://meet.example/jane-doe',
  'X-ALT-DESC;FMTTYPE=text/html:<p>Jane Doe, 555-0100</p>',
  'ATTACH:https://files.example/jane-doe-notes.pdf',
  'CATEGORIES:Jane Doe',
  'RESOURCES:Room 4',
  'GEO:41.88;-87.63',
  'X-EHR-CLIENT-ID:JD-4411',
  'STATUS:CONFIRMED',
  'TRANSP:OPAQUE',
  'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
  'RRULE:FREQ=WEEKLY;COUNT=3',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

function read(keepTitles: boolean): { blocks: EventBlock[]; zones: string[] } {
  const blocks: EventBlock[] = [];
  const zones: string[] = [];
  splitCalendar(CALENDAR, { keepTitles, onEvent: (block) => blocks.push(block), onCalendarZone: (z) => zones.push(z) });
  return { blocks, zones };
}

describe('the line scan keeps only what a session needs', () => {
  it('passes on times, repeats, identity and busy status, and nothing else', () => {
    const { blocks, zones } = read(false);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.names).toEqual([
      'BEGIN',
      'UID',
      'DTSTART',
      'DTEND',
      'STATUS',
      'TRANSP',
      'X-MICROSOFT-CDO-BUSYSTATUS',
      'RRULE',
      'END',
    ]);
    const text = blocks[0]!.lines.join('\n');
    for (const secret of ['Jane', 'meet.example', '555-0100', 'notes.pdf', 'Room 4', '41.88', 'JD-4411'])
      expect(text).not.toContain(secret);
    expect(blocks[0]!.title).toBeUndefined();
    expect(zones).toEqual(['America/Chicago']);
  });

  it('reads the title, in memory, only when keywords or out-of-office need it', () => {
    const { blocks } = read(true);
    expect(blocks[0]!.title).toBe('Jane Doe - intake');
    expect(blocks[0]!.names).not.toContain('SUMMARY');
  });
});
