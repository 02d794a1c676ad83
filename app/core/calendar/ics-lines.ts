/**
 * First pass over raw iCalendar text, before any parser sees it. It unfolds lines, keeps of each
 * event only the properties a session needs (an allow-list: whatever else a calendar carries,
 * names, notes, links, attachments, conference details, any X- property, never leaves this
 * function), keeps the title only as a transient value for keyword matching, and splits the
 * calendar into events so that one damaged event cannot take the others down with it. Time zones
 * are read from the raw text apart (time-zones.ts), as definitions only.
 */

import { message, type Message } from '../../shared/i18n/message';
import { CalendarError } from './calendar-error';

/** What an event keeps: its times, its repeats, its identity for changes, and whether it is busy. */
export const EVENT_PROPERTIES = new Set([
  'BEGIN',
  'END',
  'DTSTART',
  'DTEND',
  'DURATION',
  'RRULE',
  'RDATE',
  'EXDATE',
  'EXRULE',
  'RECURRENCE-ID',
  'UID',
  'STATUS',
  'TRANSP',
  'X-MICROSOFT-CDO-BUSYSTATUS',
]);

/** Outside events, only the structure and the calendar's own zone are read. */
const CALENDAR_PROPERTIES = new Set(['BEGIN', 'END', 'X-WR-TIMEZONE']);

export interface EventBlock {
  /** The event's lines, minus private properties, from BEGIN:VEVENT to END:VEVENT. */
  lines: string[];
  /** Each line's property name, upper-cased, so readers need not scan again. */
  names: string[];
  /** The title, kept only while the calendar is being read, for include/exclude keywords. */
  title: string | undefined;
}

export interface SplitOptions {
  keepTitles: boolean;
  /** Each event as soon as it is complete, so it can be read and let go while the file is still being scanned. */
  onEvent: (block: EventBlock) => void;
  /** X-WR-TIMEZONE: the zone a calendar's floating times are meant in. */
  onCalendarZone: (zone: string) => void;
}

/** A calendar that cannot be read at all; its message is for the user. */
export class CalendarFormatError extends CalendarError {
  override name = 'CalendarFormatError';
}

/** The property name of the content line text[start..end), upper-cased, or undefined if it is not one. */
function propertyNameAt(text: string, start: number, end: number): string | undefined {
  let lowerCase = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 /* : */ || code === 59 /* ; */) {
      if (i === start) return undefined;
      const name = text.slice(start, i);
      return lowerCase ? name.toUpperCase() : name;
    }
    if (code >= 97 && code <= 122) lowerCase = true;
    else if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45)) return undefined;
  }
  return undefined;
}

function trimCr(text: string, end: number): number {
  return end > 0 && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** The property name of a content line, upper-cased, or undefined if the line is not one. */
export function propertyName(line: string): string | undefined {
  return propertyNameAt(line, 0, line.length);
}

/** Scans a calendar, handing over each event as it completes. Returns warnings about the file's shape. */
export function splitCalendar(raw: string, options: SplitOptions): Message[] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') throw new CalendarFormatError(message('calendar.read.empty'));
  // Only a file that is HTML rather than iCalendar is a web page: one that opens as a calendar keeps
  // its events even with a proxy's error page spliced in, which costs only the lines it spoils.
  const opensAsCalendar = /^BEGIN:VCALENDAR[ \t]*\r?(\n|$)/i.test(text.slice(0, 4096).trimStart());
  const head = text.slice(0, 1024).toLowerCase();
  if (!opensAsCalendar && (head.includes('<!doctype') || head.includes('<html'))) {
    throw new CalendarFormatError(message('calendar.read.webPage'));
  }
  if (!/^BEGIN:VCALENDAR\s*$/im.test(text.slice(0, 64 * 1024))) {
    throw new CalendarFormatError(message('calendar.read.notCalendar'));
  }

  const warnings: Message[] = [];
  let garbage = 0;
  let inCalendar = false;
  let sawEnd = false;
  // The component being collected, and how deep inside it we are (VALARM, STANDARD, ...).
  let block: {
    kind: 'VEVENT' | 'OTHER';
    lines: string[];
    names: string[];
    depth: number;
    title: string | undefined;
    skipDepth: number;
  } | null = null;
  // Read by the scan below while handle() changes it, so asked through a function TypeScript cannot narrow.
  const inEvent = (): boolean => (block as { kind: string } | null)?.kind === 'VEVENT';

  const handle = (line: string, name: string): void => {
    const value =
      name === 'BEGIN' || name === 'END'
        ? line
            .slice(line.indexOf(':') + 1)
            .trim()
            .toUpperCase()
        : '';
    if (!block) {
      if (name === 'BEGIN' && value === 'VCALENDAR') inCalendar = true;
      else if (name === 'END' && value === 'VCALENDAR') sawEnd = true;
      else if (name === 'BEGIN' && inCalendar) {
        const kind = value === 'VEVENT' ? value : 'OTHER';
        block = { kind, lines: [line], names: [name], depth: 1, title: undefined, skipDepth: 0 };
      } else if (name === 'X-WR-TIMEZONE') options.onCalendarZone(line.slice(line.indexOf(':') + 1).trim());
      else if (!inCalendar) garbage += 1;
      return;
    }
    if (name === 'BEGIN') {
      block.depth += 1;
      // Alarms inside an event carry descriptions and attendees of their own; skip them whole.
      if (block.kind === 'VEVENT' && block.skipDepth === 0) block.skipDepth = block.depth;
      return;
    }
    if (name === 'END') {
      if (block.skipDepth === block.depth) block.skipDepth = 0;
      block.depth -= 1;
      if (block.depth === 0) {
        if (block.kind === 'VEVENT') {
          block.lines.push(line);
          block.names.push(name);
          options.onEvent({ lines: block.lines, names: block.names, title: block.title });
        }
        block = null;
      }
      return;
    }
    // Time zones are read separately (they may come after the events that use them).
    if (block.kind !== 'VEVENT' || block.skipDepth > 0) return;
    if (name === 'SUMMARY') {
      block.title = line.slice(line.indexOf(':') + 1);
      return;
    }
    block.lines.push(line);
    block.names.push(name);
  };

  // One pass over the text: find each physical line, unfold continuations (RFC 5545 §3.1), and
  // skip private properties without ever copying them out of the text. Lone CR line ends are rare
  // enough to normalise first.
  const source = text.includes('\n') ? text : text.replace(/\r/g, '\n');
  const length = source.length;
  let position = 0;
  const lineEnd = (from: number): number => {
    const newline = source.indexOf('\n', from);
    return newline === -1 ? length : newline;
  };
  const isContinuation = (at: number): boolean => {
    const code = source.charCodeAt(at);
    return code === 32 || code === 9;
  };
  while (position < length) {
    const end = lineEnd(position);
    let next = end + 1;
    const name = propertyNameAt(source, position, end);
    // The title is read only when keywords need it, and even then never leaves this function's caller.
    const allowed = inEvent() ? EVENT_PROPERTIES : CALENDAR_PROPERTIES;
    const skip = name !== undefined && !allowed.has(name) && !(name === 'SUMMARY' && options.keepTitles && inEvent());
    if (skip) {
      while (next < length && isContinuation(next)) next = lineEnd(next) + 1;
      position = next;
      continue;
    }
    let line = source.slice(position, trimCr(source, end));
    while (next < length && isContinuation(next)) {
      const continuationEnd = lineEnd(next);
      line += source.slice(next + 1, trimCr(source, continuationEnd));
      next = continuationEnd + 1;
    }
    position = next;
    if (line === '' || line === '\r') continue;
    if (name === undefined) {
      garbage += 1;
      continue;
    }
    handle(line, name);
  }

  if (block !== null) {
    warnings.push(message('calendar.warnings.endedInEvent'));
  } else if (!sawEnd) {
    warnings.push(message('calendar.warnings.noEnd'));
  }
  if (garbage > 0) warnings.push(message('calendar.warnings.skippedLines', { count: garbage }));
  return warnings;
}
