import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import { saltedHash } from './hash';
import { propertyName, splitCalendar, type EventBlock } from './ics-lines';
import { emptyIgnored, matchesKeywords, type IgnoredCounts, type SessionRule } from './session-rule';
import { parseComponent, registerTimeZones } from './time-zones';

export interface CalendarEvent {
  start: number;
  end: number;
  /** Salted hash of UID and recurrence id: tells a changed event from a new one, and nothing more. */
  key: string;
}

export interface WindowResult {
  events: CalendarEvent[];
  ignored: IgnoredCounts;
}

export interface ParseOptions {
  rule: SessionRule;
  /** The zone for floating times and unknown TZIDs: the user's, never silently the machine's. */
  timeZone: string;
  salt: string;
  /** Most occurrences one series may expand to before Interlude gives up on it. */
  maxOccurrencesPerSeries?: number;
}

/** What is kept of one VEVENT after reading: times, status and nothing that identifies anyone. */
interface EventRecord {
  uid: string;
  startInstant: number;
  /** Milliseconds; from DTEND or DURATION. */
  durationMs: number;
  allDay: boolean;
  free: boolean;
  cancelled: boolean;
  matches: boolean;
  recurrenceId: number | null;
  /** Repeats, for a master with RRULE or RDATE. */
  expansion: ICAL.RecurExpansion | null;
}

interface SeriesCache {
  starts: number[];
  /** The expansion has been run up to (not including) this instant. */
  expandedTo: number;
  done: boolean;
}

const MINUTE = 60_000;
const DEFAULT_MAX_OCCURRENCES = 50_000;
/** The longest session considered when asking which occurrences overlap a window. */
const LONGEST_EVENT_MS = 24 * 60 * MINUTE;

/**
 * A calendar read once and expanded on demand. Each series' occurrences are cached, so moving
 * or repeating the window costs a binary search rather than a walk from the series' first date.
 */
export class ParsedCalendar {
  private readonly cache = new Map<EventRecord, SeriesCache>();

  constructor(
    private readonly masters: EventRecord[],
    /** Overrides by series UID, keyed by the instant of the occurrence they replace. */
    private readonly overrides: Map<string, Map<number, EventRecord>>,
    private readonly orphans: EventRecord[],
    readonly warnings: string[],
    private readonly options: ParseOptions,
    private readonly toInstant: (time: ICAL.Time) => number,
  ) {}


  get eventCount(): number {
    return this.masters.length + this.orphans.length + [...this.overrides.values()].reduce((n, m) => n + m.size, 0);
  }

  /** Events that overlap [from, to), already sorted, with the counts of what was left out and why. */
  eventsBetween(from: number, to: number): WindowResult {
    const events: CalendarEvent[] = [];
    const ignored = emptyIgnored();
    const consider = (record: EventRecord, start: number, recurrenceId: number | null): void => {
      const end = start + record.durationMs;
      if (end <= from || start >= to) return;
      const reason = this.reasonToIgnore(record);
      if (reason) {
        ignored[reason] += 1;
        return;
      }
      events.push({ start, end, key: saltedHash(this.options.salt, `${record.uid}|${recurrenceId ?? ''}`) });
    };

    for (const master of this.masters) {
      const moved = this.overrides.get(master.uid);
      if (!master.expansion) {
        consider(master, master.startInstant, null);
        continue;
      }
      for (const start of this.occurrences(master, from - LONGEST_EVENT_MS, to)) {
        if (moved?.has(start)) continue; // an override stands in for this occurrence
        consider(master, start, start);
      }
    }
    for (const series of this.overrides.values()) {
      for (const [recurrenceId, override] of series) {
        // A cancelled instance or master makes the instance disappear; count it once, where it was.
        consider(override, override.startInstant, recurrenceId);
      }
    }
    for (const orphan of this.orphans) consider(orphan, orphan.startInstant, orphan.recurrenceId);
    events.sort((a, b) => a.start - b.start);
    return { events, ignored };
  }

  private reasonToIgnore(record: EventRecord): keyof IgnoredCounts | null {
    if (record.cancelled) return 'cancelled';
    if (record.allDay) return 'allDay';
    if (record.free) return 'free';
    const minutes = record.durationMs / MINUTE;
    if (minutes < this.options.rule.minMinutes || minutes > this.options.rule.maxMinutes) return 'outOfRange';
    if (!record.matches) return 'excluded';
    return null;
  }

  /** Occurrence starts in [from, to), expanding and caching as far as needed. */
  private occurrences(master: EventRecord, from: number, to: number): number[] {
    let cache = this.cache.get(master);
    if (!cache) {
      cache = { starts: [], expandedTo: -Infinity, done: false };
      this.cache.set(master, cache);
    }
    const expansion = master.expansion!;
    const limit = this.options.maxOccurrencesPerSeries ?? DEFAULT_MAX_OCCURRENCES;
    while (!cache.done && cache.expandedTo < to) {
      let next: ICAL.Time | undefined;
      try {
        next = expansion.next();
      } catch {
        cache.done = true;
        this.warnings.push('A repeating event has a repeat rule Interlude could not follow to the end; its later occurrences were skipped.');
        break;
      }
      if (!next) {
        cache.done = true;
        break;
      }
      const start = this.toInstant(next);
      cache.starts.push(start);
      cache.expandedTo = start;
      if (cache.starts.length >= limit) {
        cache.done = true;
        this.warnings.push(
          `A repeating event repeats more often than Interlude can follow (over ${limit.toLocaleString('en-US')} times); only its first ${limit.toLocaleString('en-US')} occurrences were used.`,
        );
      }
    }
    return cache.starts.slice(lowerBound(cache.starts, from), lowerBound(cache.starts, to));
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const TZID_PARAM = /;TZID=("[^"]*"|[^;:]*)/gi;

/** Reads a calendar: times, status and recurrence only. Throws CalendarFormatError if it is not a calendar at all. */
export function parseCalendar(text: string, options: ParseOptions): ParsedCalendar {
  const keepTitles = options.rule.includeKeywords.length > 0 || options.rule.excludeKeywords.length > 0;
  const split = splitCalendar(text, { keepTitles });
  const warnings = [...split.warnings];

  const usedTzids = new Set<string>();
  for (const event of split.events) {
    for (const match of event.lines.join('\n').matchAll(TZID_PARAM)) usedTzids.add(match[1]!.replace(/^"|"$/g, ''));
  }
  const zones = registerTimeZones(split.timeZones, usedTzids);
  const fallbackZone = split.calendarZone && zones.iana.has(split.calendarZone) ? zones.iana.get(split.calendarZone)! : options.timeZone;
  for (const tzid of zones.unusable) {
    warnings.push(`The calendar's definition of the time zone "${tzid}" could not be used${zones.iana.has(tzid) ? `, so standard data for ${zones.iana.get(tzid)} was used instead` : ''}.`);
  }
  for (const tzid of zones.unknown) {
    warnings.push(`Unknown time zone "${tzid}": its events were read as ${options.timeZone} time. Check them, or ask the calendar's owner to export with a standard time zone.`);
  }

  const wallTime = (fields: WallTime, tzid: string | undefined): number => {
    const zone = tzid ? ICAL.TimezoneService.get(tzid) : undefined;
    if (zone) return new ICAL.Time({ ...fields, isDate: false }, zone).toUnixTime() * 1000;
    // Floating: a wall-clock time in the TZID's zone if we know it, else the calendar's or the user's.
    const iana = (tzid && zones.iana.get(tzid)) || fallbackZone;
    return new TZDate(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, iana).getTime();
  };
  const toInstant = (time: ICAL.Time): number => {
    if (time.zone && time.zone.tzid !== 'floating') return time.toUnixTime() * 1000;
    return wallTime(time, (time as ICAL.Time & { timezone?: string }).timezone);
  };

  const masters: EventRecord[] = [];
  const overrideRecords: EventRecord[] = [];
  let unreadable = 0;
  let badRules = 0;
  split.events.forEach((block, index) => {
    const record = readSimpleEvent(block, index, options.rule, wallTime) ?? readEvent(block, index, options.rule, toInstant);
    if (record === 'unreadable') unreadable += 1;
    else if (record === 'bad-rule') badRules += 1;
    else if (record.recurrenceId !== null) overrideRecords.push(record);
    else masters.push(record);
  });
  if (unreadable > 0) warnings.push(`${unreadable} event${unreadable === 1 ? ' was' : 's were'} damaged and skipped; the rest of the calendar was read.`);
  if (badRules > 0) warnings.push(`${badRules} repeating event${badRules === 1 ? ' has a repeat rule' : 's have repeat rules'} that could not be read, so ${badRules === 1 ? 'it was' : 'they were'} skipped.`);

  // Relate overrides to their series by UID ourselves (ical.js would attach every override to every series).
  const masterUids = new Set(masters.filter((m) => m.expansion).map((m) => m.uid));
  const overrides = new Map<string, Map<number, EventRecord>>();
  const orphans: EventRecord[] = [];
  for (const record of overrideRecords) {
    if (!masterUids.has(record.uid)) {
      orphans.push(record); // its series is missing: keep it as a single event
      continue;
    }
    const series = overrides.get(record.uid) ?? new Map<number, EventRecord>();
    series.set(record.recurrenceId!, record);
    overrides.set(record.uid, series);
  }
  // A cancelled series takes its moved instances with it.
  for (const master of masters) {
    if (master.cancelled) for (const override of overrides.get(master.uid)?.values() ?? []) override.cancelled = true;
  }
  return new ParsedCalendar(masters, overrides, orphans, warnings, options, toInstant);
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const SIMPLE_TIME = /^DT(?:START|END)((?:;[^:]*)?):(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/i;
const NEEDS_FULL_PARSER = new Set(['RRULE', 'RDATE', 'EXDATE', 'EXRULE', 'RECURRENCE-ID', 'DURATION']);

/**
 * The common case, a single event with plain DTSTART and DTEND, read without the full parser:
 * an EHR export of 20,000 appointments is almost all of these. Anything else returns undefined.
 */
function readSimpleEvent(block: EventBlock, index: number, rule: SessionRule, wallTime: (fields: WallTime, tzid: string | undefined) => number): EventRecord | undefined {
  let dtstart: string | undefined;
  let dtend: string | undefined;
  let uid = '';
  let status = '';
  let transp = '';
  for (const line of block.lines) {
    const name = propertyName(line);
    if (name === undefined || NEEDS_FULL_PARSER.has(name)) return undefined;
    if (name === 'DTSTART') dtstart = line;
    else if (name === 'DTEND') dtend = line;
    else if (name === 'UID') uid = line.slice(line.indexOf(':') + 1);
    else if (name === 'STATUS') status = line.slice(line.indexOf(':') + 1).trim().toUpperCase();
    else if (name === 'TRANSP') transp = line.slice(line.indexOf(':') + 1).trim().toUpperCase();
  }
  const start = dtstart ? SIMPLE_TIME.exec(dtstart) : null;
  const end = dtend ? SIMPLE_TIME.exec(dtend) : null;
  if (!start || !end) return undefined;
  const instant = (match: RegExpExecArray): number | undefined => {
    const params = match[1] ?? '';
    const fields = { year: +match[2]!, month: +match[3]!, day: +match[4]!, hour: +(match[5] ?? 0), minute: +(match[6] ?? 0), second: +(match[7] ?? 0) };
    if (fields.month < 1 || fields.month > 12 || fields.day < 1 || fields.day > 31 || fields.hour > 23 || fields.minute > 59 || fields.second > 60) return undefined;
    if (match[8]) return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
    const tzid = /;TZID=("[^"]*"|[^;]*)/i.exec(params)?.[1]?.replace(/^"|"$/g, '');
    return wallTime(fields, match[5] === undefined ? undefined : tzid);
  };
  const startInstant = instant(start);
  const endInstant = instant(end);
  if (startInstant === undefined || endInstant === undefined || endInstant < startInstant) return undefined;
  return {
    uid: uid !== '' ? uid : `(no uid ${index})`,
    startInstant,
    durationMs: endInstant - startInstant,
    allDay: start[5] === undefined,
    free: transp === 'TRANSPARENT',
    cancelled: status === 'CANCELLED',
    matches: matchesKeywords(block.title, rule),
    recurrenceId: null,
    expansion: null,
  };
}

function readEvent(block: EventBlock, index: number, rule: SessionRule, toInstant: (time: ICAL.Time) => number): EventRecord | 'unreadable' | 'bad-rule' {
  let component: ICAL.Component;
  let start: ICAL.Time;
  let durationMs: number;
  try {
    component = parseComponent(block.lines.join('\r\n'));
    const dtstart = component.getFirstPropertyValue('dtstart');
    if (!(dtstart instanceof ICAL.Time)) return 'unreadable';
    start = dtstart;
    const dtend = component.getFirstPropertyValue('dtend');
    const duration = component.getFirstPropertyValue('duration');
    if (dtend instanceof ICAL.Time) durationMs = toInstant(dtend) - toInstant(start);
    else if (duration instanceof ICAL.Duration) durationMs = duration.toSeconds() * 1000;
    else durationMs = start.isDate ? 24 * 60 * MINUTE : 0;
    if (!Number.isFinite(durationMs) || durationMs < 0) return 'unreadable';
  } catch {
    // Tell a bad repeat rule apart from a damaged event: does it read without its RRULE?
    const withoutRule = block.lines.filter((line) => propertyName(line) !== 'RRULE');
    if (withoutRule.length === block.lines.length) return 'unreadable';
    try {
      parseComponent(withoutRule.join('\r\n'));
      return 'bad-rule';
    } catch {
      return 'unreadable';
    }
  }
  const recurrenceIdValue = component.getFirstPropertyValue('recurrence-id');
  const recurrenceId = recurrenceIdValue instanceof ICAL.Time ? toInstant(recurrenceIdValue) : null;
  let expansion: ICAL.RecurExpansion | null = null;
  if (recurrenceId === null && (component.hasProperty('rrule') || component.hasProperty('rdate'))) {
    try {
      for (const rrule of component.getAllProperties('rrule')) {
        const value = rrule.getFirstValue();
        if (!(value instanceof ICAL.Recur) || !value.freq) return 'bad-rule';
        // UNTIL given as a DATE includes that whole day (RFC 5545 §3.3.10); ical.js would stop at its midnight.
        if (value.until?.isDate && !start.isDate) {
          const until = value.until;
          value.until = new ICAL.Time({ year: until.year, month: until.month, day: until.day, hour: 23, minute: 59, second: 59, isDate: false }, start.zone);
          rrule.setValue(value);
        }
      }
      expansion = new ICAL.RecurExpansion({ component, dtstart: start });
    } catch {
      return 'bad-rule';
    }
  }
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const transp = String(component.getFirstPropertyValue('transp') ?? '').toUpperCase();
  const uidValue = component.getFirstPropertyValue('uid');
  return {
    uid: typeof uidValue === 'string' && uidValue !== '' ? uidValue : `(no uid ${index})`,
    startInstant: toInstant(start),
    durationMs,
    allDay: start.isDate,
    free: transp === 'TRANSPARENT',
    cancelled: status === 'CANCELLED',
    matches: matchesKeywords(block.title, rule),
    recurrenceId,
    expansion,
  };
}
