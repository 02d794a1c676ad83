/**
 * First pass over raw iCalendar text, before any parser sees it. It unfolds lines, drops every
 * property that can identify a client, keeps the title only as a transient value for keyword
 * matching, and splits the calendar into event and time-zone blocks so that one damaged event
 * cannot take the others down with it.
 */

/** Properties that can identify a client. They never leave this function. */
export const PRIVATE_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'ATTENDEE', 'ORGANIZER', 'URL', 'COMMENT', 'CONTACT']);

export interface EventBlock {
  /** The event's lines, minus private properties, from BEGIN:VEVENT to END:VEVENT. */
  lines: string[];
  /** The title, kept only while the calendar is being read, for include/exclude keywords. */
  title: string | undefined;
}

export interface SplitCalendar {
  events: EventBlock[];
  timeZones: string[];
  /** X-WR-TIMEZONE: the zone a calendar's floating times are meant in. */
  calendarZone: string | undefined;
  warnings: string[];
}

export class CalendarFormatError extends Error {
  override name = 'CalendarFormatError';
}

/** The property name of a content line, upper-cased, or undefined if the line is not one. */
export function propertyName(line: string): string | undefined {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 58 /* : */ || code === 59 /* ; */) return i === 0 ? undefined : line.slice(0, i).toUpperCase();
    const isNameChar = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;
    if (!isNameChar) return undefined;
  }
  return undefined;
}

export function splitCalendar(raw: string, options: { keepTitles: boolean }): SplitCalendar {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') throw new CalendarFormatError('The calendar is empty.');
  const head = text.slice(0, 1024).toLowerCase();
  if (head.includes('<!doctype') || head.includes('<html')) {
    throw new CalendarFormatError('This is a web page (perhaps a sign-in page), not a calendar.');
  }
  if (!/^BEGIN:VCALENDAR\s*$/im.test(text.slice(0, 64 * 1024))) {
    throw new CalendarFormatError('This does not look like a calendar (.ics) file: it has no BEGIN:VCALENDAR line.');
  }

  const events: EventBlock[] = [];
  const timeZones: string[] = [];
  const warnings: string[] = [];
  let calendarZone: string | undefined;
  let garbage = 0;
  let inCalendar = false;
  let sawEnd = false;
  // The component being collected, and how deep inside it we are (VALARM, STANDARD, ...).
  let block: { kind: 'VEVENT' | 'VTIMEZONE' | 'OTHER'; lines: string[]; depth: number; title: string | undefined; skipDepth: number } | null = null;

  const handle = (line: string): void => {
    if (line === '') return;
    const name = propertyName(line);
    if (!name) {
      garbage += 1;
      return;
    }
    const value = name === 'BEGIN' || name === 'END' ? line.slice(line.indexOf(':') + 1).trim().toUpperCase() : '';
    if (!block) {
      if (name === 'BEGIN' && value === 'VCALENDAR') inCalendar = true;
      else if (name === 'END' && value === 'VCALENDAR') sawEnd = true;
      else if (name === 'BEGIN' && inCalendar) {
        const kind = value === 'VEVENT' || value === 'VTIMEZONE' ? value : 'OTHER';
        block = { kind, lines: [line], depth: 1, title: undefined, skipDepth: 0 };
      } else if (name === 'X-WR-TIMEZONE') calendarZone = line.slice(line.indexOf(':') + 1).trim();
      else if (!inCalendar) garbage += 1;
      return;
    }
    if (name === 'BEGIN') {
      block.depth += 1;
      // Alarms inside an event carry descriptions and attendees of their own; skip them whole.
      if (block.kind === 'VEVENT' && block.skipDepth === 0) block.skipDepth = block.depth;
      if (block.kind === 'VTIMEZONE') block.lines.push(line);
      return;
    }
    if (name === 'END') {
      if (block.skipDepth === block.depth) block.skipDepth = 0;
      block.depth -= 1;
      if (block.kind === 'VTIMEZONE') block.lines.push(line);
      if (block.depth === 0) {
        if (block.kind === 'VEVENT') {
          block.lines.push(line);
          events.push({ lines: block.lines, title: block.title });
        } else if (block.kind === 'VTIMEZONE') timeZones.push(block.lines.join('\r\n'));
        block = null;
      }
      return;
    }
    if (block.kind !== 'VEVENT') {
      if (block.kind === 'VTIMEZONE') block.lines.push(line);
      return;
    }
    if (block.skipDepth > 0) return;
    if (PRIVATE_PROPERTIES.has(name)) {
      if (name === 'SUMMARY' && options.keepTitles) block.title = line.slice(line.indexOf(':') + 1);
      return;
    }
    block.lines.push(line);
  };

  // Unfold (RFC 5545 §3.1) while splitting, accepting CRLF, LF or CR endings.
  let pending: string | null = null;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && pending !== null) {
      pending += line.slice(1);
      continue;
    }
    if (pending !== null) handle(pending);
    pending = line;
  }
  if (pending !== null) handle(pending);

  if (block !== null) {
    warnings.push('The calendar file ended in the middle of an event, so it may be incomplete; the unfinished event was skipped.');
  } else if (!sawEnd) {
    warnings.push('The calendar file has no END:VCALENDAR line, so it may be incomplete; Interlude read the events that were there.');
  }
  if (garbage > 0) warnings.push(`Skipped ${garbage} line${garbage === 1 ? '' : 's'} that were not calendar data.`);
  return { events, timeZones, calendarZone, warnings };
}
