import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import { message, type Message } from '../../shared/i18n/message';
import { localDateKey } from '../../shared/local-date';
import { keyedHasher } from './hash';
import { CalendarFormatError, propertyName, splitCalendar, type EventBlock } from './ics-lines';
import { emptyIgnored, keywordMatcher, type IgnoredCounts, type SessionRule } from './session-rule';
import { ianaZoneFor, parseComponent, timeZoneBlocks, ZoneResolver } from './time-zones';
import { distinctMessages } from './warnings';

export interface CalendarEvent {
  start: number;
  end: number;
  /** Salted hash of UID and recurrence id: tells a changed event from a new one, and nothing more. */
  key: string;
}

export interface WindowResult {
  events: CalendarEvent[];
  ignored: IgnoredCounts;
  /** Days ("YYYY-MM-DD", in the user's zone) covered by an all-day out-of-office event; only when asked for. */
  outOfOfficeDates: string[];
}

export interface ParseOptions {
  rule: SessionRule;
  /** The zone for floating times and unknown TZIDs: the user's, never silently the machine's. */
  timeZone: string;
  /** The installation's key for hashing event identifiers (HMAC-SHA256). */
  hashKey: string;
  /** Most occurrences one series may expand to before Interlude gives up on it. */
  maxOccurrencesPerSeries?: number;
  /** Find all-day out-of-office events by their busy status (Outlook's OOF). */
  detectOutOfOffice?: boolean;
  /** ...and by their titles ("Vacation", "PTO"), read in memory only: only when the user asked for it. */
  outOfOfficeByTitle?: boolean;
  /** Milliseconds since reading began, from the caller's clock: reading stops at readTimeLimitMs. */
  elapsedMs?: () => number;
  /** Set by parseCalendar from the file's size. */
  timeLimitMs?: number;
}

/**
 * How long one calendar may take to read and expand before it is refused, whatever its shape: a
 * second and a half, and a tenth of a second more for each megabyte past fifteen, so a very large
 * honest export (50 MB reads in about 3 s) is still read. The bench holds every hostile file,
 * 5 MB included, to 2 s.
 */
export function readTimeLimitMs(textLength: number): number {
  return Math.max(1_500, (textLength / 1_000_000) * 100);
}
/** The clock is asked every so many events or occurrences: often enough, and cheap. */
const CLOCK_EVERY = 64;

export function tooSlowError(limitMs: number): CalendarFormatError {
  // Seconds to a tenth, as the language writes the number.
  return new CalendarFormatError(message('calendar.read.tooSlow', { seconds: Math.round(limitMs / 100) / 10 }));
}

/** Throws once reading has run past its time limit; a no-op without a clock. */
function timeLimit(elapsedMs: (() => number) | undefined, limitMs: number): () => void {
  if (!elapsedMs) return () => undefined;
  let calls = 0;
  return () => {
    calls += 1;
    if (calls % CLOCK_EVERY === 0 && elapsedMs() > limitMs) throw tooSlowError(limitMs);
  };
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
  /** Marked out of office (Outlook's OOF status) or titled so; only looked at when asked for. */
  outOfOffice: boolean;
  recurrenceId: number | null;
  /** Repeats, for a master with RRULE or RDATE. */
  series: Series | null;
}

interface Series {
  component: ICAL.Component;
  start: ICAL.Time;
  /** Days between occurrences' weeks or days, when the rule allows starting the walk near a window. */
  skipDays: number | null;
}

interface SeriesCache {
  expansion: ICAL.RecurExpansion;
  starts: number[];
  /** Occurrences are cached from here on; an earlier window rebuilds the cache. */
  validFrom: number;
  /** The expansion has been run up to (not including) this instant. */
  expandedTo: number;
  done: boolean;
}

/** How far before a window a fast-forwarded walk starts, to catch anything that runs into it. */
const FAST_FORWARD_MARGIN_MS = 2 * 24 * 60 * 60_000;

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
  private readonly hashKey: (value: string) => string;
  private readonly checkTime: () => void;

  constructor(
    private readonly masters: EventRecord[],
    /** Overrides by series UID, keyed by the instant of the occurrence they replace. */
    private readonly overrides: Map<string, Map<number, EventRecord>>,
    private readonly orphans: EventRecord[],
    readonly warnings: Message[],
    private readonly options: ParseOptions,
    private readonly toInstant: (time: ICAL.Time) => number,
  ) {
    this.hashKey = keyedHasher(options.hashKey);
    this.checkTime = timeLimit(options.elapsedMs, options.timeLimitMs ?? readTimeLimitMs(0));
  }

  get eventCount(): number {
    return this.masters.length + this.orphans.length + [...this.overrides.values()].reduce((n, m) => n + m.size, 0);
  }

  /** Events that overlap [from, to), already sorted, with the counts of what was left out and why. */
  eventsBetween(from: number, to: number): WindowResult {
    const events: CalendarEvent[] = [];
    const ignored = emptyIgnored();
    const outOfOffice = new Set<string>();
    const consider = (record: EventRecord, start: number, recurrenceId: number | null): void => {
      const end = start + record.durationMs;
      if (end <= from || start >= to) return;
      if (record.outOfOffice && record.allDay && !record.cancelled) {
        // Noon of each day covered: a day is 23 or 25 hours across a DST change, never 12 off.
        for (let noon = start + 12 * 60 * MINUTE; noon < end; noon += 24 * 60 * MINUTE)
          outOfOffice.add(localDateKey(noon, this.options.timeZone));
      }
      const reason = this.reasonToIgnore(record);
      if (reason) {
        ignored[reason] += 1;
        return;
      }
      events.push({ start, end, key: this.hashKey(`${record.uid}|${recurrenceId ?? ''}`) });
    };

    for (const master of this.masters) {
      const moved = this.overrides.get(master.uid);
      if (!master.series) {
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
    return { events, ignored, outOfOfficeDates: [...outOfOffice].sort() };
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
    if (!cache || from < cache.validFrom) {
      cache = this.startWalk(master.series!, from);
      this.cache.set(master, cache);
    }
    const expansion = cache.expansion;
    const limit = this.options.maxOccurrencesPerSeries ?? DEFAULT_MAX_OCCURRENCES;
    while (!cache.done && cache.expandedTo < to) {
      this.checkTime();
      let next: ICAL.Time | undefined;
      try {
        next = expansion.next();
      } catch {
        cache.done = true;
        this.warnings.push(message('calendar.warnings.repeatNotFollowed'));
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
        this.warnings.push(message('calendar.warnings.tooManyOccurrences', { limit }));
      }
    }
    return cache.starts.slice(lowerBound(cache.starts, from), lowerBound(cache.starts, to));
  }

  /**
   * Walking an old open-ended series from its first date is slow. Where the rule repeats every
   * so many days or weeks with no count, the walk can start from a later occurrence instead:
   * shifting DTSTART by whole periods of local time gives exactly the same occurrences after it.
   */
  private startWalk(series: Series, from: number): SeriesCache {
    let dtstart = series.start;
    let validFrom = -Infinity;
    if (series.skipDays !== null) {
      const periodMs = series.skipDays * 24 * 60 * MINUTE;
      const periods = Math.floor((from - FAST_FORWARD_MARGIN_MS - this.toInstant(series.start)) / periodMs);
      if (periods > 0) {
        dtstart = series.start.clone();
        dtstart.adjust(periods * series.skipDays, 0, 0, 0);
        validFrom = this.toInstant(dtstart);
      }
    }
    return {
      expansion: new ICAL.RecurExpansion({ component: series.component, dtstart }),
      starts: [],
      validFrom,
      expandedTo: -Infinity,
      done: false,
    };
  }
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** The longest each month can be (February in a leap year). */
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A rule no date can satisfy, such as every day of February the 30th. ical.js guards only monthly
 * and yearly rules against these and would search for ever for the first occurrence of any other,
 * inside one call that no count can stop, so they are refused before expansion.
 */
function neverOccurs(rule: ICAL.Recur): boolean {
  const parts = rule.parts as Record<string, number[] | undefined>;
  const months = parts.BYMONTH ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const days = parts.BYMONTHDAY;
  if (months.some((month) => !Number.isInteger(month) || month < 1 || month > 12)) return true;
  if (!days) return false;
  if (days.some((day) => !Number.isInteger(day) || day === 0 || Math.abs(day) > 31)) return true;
  return !months.some((month) => days.some((day) => Math.abs(day) <= MONTH_LENGTHS[month - 1]!));
}

const SECONDS_PER: Record<string, number> = {
  SECONDLY: 1,
  MINUTELY: 60,
  HOURLY: 3_600,
  DAILY: 86_400,
  WEEKLY: 604_800,
  MONTHLY: 2_419_200, // the shortest month
  YEARLY: 31_536_000,
};
const CENTURY_SECONDS = 100 * 31_536_000;

/**
 * A rule whose interval puts its second occurrence more than a century away has only its first
 * in any schedule Interlude shows. ical.js would walk a huge INTERVAL a month at a time, so such
 * a rule is read as the single event it is in practice.
 */
function repeatsTooRarely(rule: ICAL.Recur): boolean {
  return (rule.interval || 1) * (SECONDS_PER[rule.freq] ?? 0) > CENTURY_SECONDS;
}

/** The period in days a rule may be fast-forwarded by, or null where that would change its occurrences. */
function skipDaysFor(rule: ICAL.Recur, start: ICAL.Time): number | null {
  if ((rule.freq !== 'DAILY' && rule.freq !== 'WEEKLY') || rule.count || start.isDate) return null;
  const parts = rule.parts as Record<string, unknown[] | undefined>;
  const allowed = new Set(['BYDAY', 'BYHOUR', 'BYMINUTE', 'BYSECOND']);
  if (Object.keys(parts).some((part) => !allowed.has(part))) return null;
  const byDay = parts.BYDAY as string[] | undefined;
  // The start must itself be an occurrence, as the shifted start will be.
  if (byDay && !byDay.every((day) => WEEKDAYS.includes(day))) return null;
  if (byDay && !byDay.includes(WEEKDAYS[start.dayOfWeek() - 1]!)) return null;
  if (parts.BYHOUR || parts.BYMINUTE || parts.BYSECOND) return null;
  return (rule.freq === 'WEEKLY' ? 7 : 1) * (rule.interval || 1);
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
  const keepTitles =
    options.rule.includeKeywords.length > 0 ||
    options.rule.excludeKeywords.length > 0 ||
    (options.detectOutOfOffice === true && options.outOfOfficeByTitle === true);
  options = { ...options, timeLimitMs: readTimeLimitMs(text.length) };
  const checkTime = timeLimit(options.elapsedMs, options.timeLimitMs!);
  const zones = new ZoneResolver(timeZoneBlocks(text));
  let fallbackZone = options.timeZone;

  const wallTime = (fields: WallTime, tzid: string | undefined): number => {
    const iana = tzid === undefined ? undefined : zones.resolve(tzid);
    const zone = tzid === undefined ? undefined : ICAL.TimezoneService.get(tzid);
    if (zone) return new ICAL.Time({ ...fields, isDate: false }, zone).toUnixTime() * 1000;
    // Floating: a wall-clock time in the TZID's zone if we know it, else the calendar's or the user's.
    return new TZDate(
      fields.year,
      fields.month - 1,
      fields.day,
      fields.hour,
      fields.minute,
      fields.second,
      iana ?? fallbackZone,
    ).getTime();
  };
  const toInstant = (time: ICAL.Time): number => {
    if (time.zone && time.zone.tzid !== 'floating') return time.toUnixTime() * 1000;
    return wallTime(time, (time as ICAL.Time & { timezone?: string }).timezone);
  };

  const masters: EventRecord[] = [];
  const overrideRecords: EventRecord[] = [];
  const notes: Message[] = [];
  let unreadable = 0;
  let badRules = 0;
  let index = 0;
  const matches = keywordMatcher(options.rule);
  const detectOutOfOffice = options.detectOutOfOffice === true;
  const shapeWarnings = splitCalendar(text, {
    keepTitles,
    onCalendarZone: (zone) => {
      const iana = ianaZoneFor(zone);
      if (iana) fallbackZone = iana;
    },
    onEvent: (block) => {
      checkTime();
      const record =
        readSimpleEvent(block, index, matches, wallTime, detectOutOfOffice) ??
        readEvent(block, index, matches, toInstant, zones, detectOutOfOffice, notes);
      index += 1;
      if (record === 'unreadable') unreadable += 1;
      else if (record === 'bad-rule') badRules += 1;
      else if (record.recurrenceId !== null) overrideRecords.push(record);
      else masters.push(record);
    },
  });
  const warnings = [...shapeWarnings, ...zones.warnings(options.timeZone), ...distinctMessages(notes)];
  if (unreadable > 0) warnings.push(message('calendar.warnings.damagedEvents', { count: unreadable }));
  if (badRules > 0) warnings.push(message('calendar.warnings.unreadableRules', { count: badRules }));

  // Relate overrides to their series by UID ourselves (ical.js would attach every override to every series).
  const masterUids = new Set(masters.filter((m) => m.series).map((m) => m.uid));
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

/** Reads "NAME[;params]:YYYYMMDD[THHMMSS[Z]]" digit by digit: no regular expression, no garbage. */
function readSimpleTime(
  line: string,
  wallTime: (fields: WallTime, tzid: string | undefined) => number,
): { instant: number; isDate: boolean } | undefined {
  const colon = line.indexOf(':');
  const value = colon + 1;
  const length = line.length - value;
  if (colon < 0 || (length !== 8 && length !== 15 && length !== 16)) return undefined;
  const digits = (from: number, count: number): number => {
    let result = 0;
    for (let i = value + from; i < value + from + count; i++) {
      const digit = line.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return Number.NaN;
      result = result * 10 + digit;
    }
    return result;
  };
  const fields = { year: digits(0, 4), month: digits(4, 2), day: digits(6, 2), hour: 0, minute: 0, second: 0 };
  const isDate = length === 8;
  if (!isDate) {
    if (line.charCodeAt(value + 8) !== 84 /* T */ || (length === 16 && line.charCodeAt(value + 15) !== 90) /* Z */)
      return undefined;
    fields.hour = digits(9, 2);
    fields.minute = digits(11, 2);
    fields.second = digits(13, 2);
  }
  // A letter where a digit belongs ("2O26") makes a field NaN, and NaN fails every comparison below.
  if (!(
    fields.year >= 1 &&
    fields.month >= 1 &&
    fields.month <= 12 &&
    fields.day >= 1 &&
    fields.day <= 31 &&
    fields.hour <= 23 &&
    fields.minute <= 59 &&
    fields.second <= 60
  ))
    return undefined;
  if (length === 16)
    return {
      instant: Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second),
      isDate,
    };
  const params = line.slice(0, colon);
  if (isDate)
    return params.toUpperCase().includes('VALUE=DATE') || !params.includes(';')
      ? { instant: wallTime(fields, undefined), isDate }
      : undefined;
  const tzid = params.includes(';') ? /;TZID=("[^"]*"|[^;]*)/i.exec(params)?.[1]?.replace(/^"|"$/g, '') : undefined;
  return { instant: wallTime(fields, tzid), isDate };
}

/** Outlook and Exchange mark out-of-office time with this property's value OOF. */
const BUSY_STATUS = 'X-MICROSOFT-CDO-BUSYSTATUS';
/** What people title a day off; matched on whole words, in memory, and never kept. */
// "Holiday" alone is left out: an all-day "Holiday party" is not a day off.
const OUT_OF_OFFICE_TITLE =
  /\b(out of (the )?office|ooo|vacation|annual leave|pto|day off|time off|on holiday|(public|bank) holiday)\b/i;

function isOutOfOffice(busyStatus: string, title: string | undefined): boolean {
  return busyStatus === 'OOF' || (title !== undefined && OUT_OF_OFFICE_TITLE.test(title));
}

/** The value of DTSTART or DTEND: a DATE or a DATE-TIME (RFC 5545 §3.3.4–5), nothing looser. */
const DATE_OR_DATE_TIME = /^\d{8}(T\d{6}Z?)?$/;

const NEEDS_FULL_PARSER = new Set(['RRULE', 'RDATE', 'EXDATE', 'EXRULE', 'RECURRENCE-ID', 'DURATION']);

/**
 * The common case, a single event with plain DTSTART and DTEND, read without the full parser:
 * an EHR export of 20,000 appointments is almost all of these. Anything else returns undefined.
 */
function readSimpleEvent(
  block: EventBlock,
  index: number,
  matches: (title: string | undefined) => boolean,
  wallTime: (fields: WallTime, tzid: string | undefined) => number,
  detectOutOfOffice: boolean,
): EventRecord | undefined {
  let dtstart: string | undefined;
  let dtend: string | undefined;
  let uid = '';
  let status = '';
  let transp = '';
  let busyStatus = '';
  for (let i = 0; i < block.lines.length; i++) {
    const line = block.lines[i]!;
    const name = block.names[i];
    if (name === undefined || NEEDS_FULL_PARSER.has(name)) return undefined;
    if (name === 'DTSTART') dtstart = line;
    else if (name === 'DTEND') dtend = line;
    else if (name === 'UID') uid = line.slice(line.indexOf(':') + 1);
    else if (name === 'STATUS')
      status = line
        .slice(line.indexOf(':') + 1)
        .trim()
        .toUpperCase();
    else if (name === 'TRANSP')
      transp = line
        .slice(line.indexOf(':') + 1)
        .trim()
        .toUpperCase();
    else if (name === BUSY_STATUS)
      busyStatus = line
        .slice(line.indexOf(':') + 1)
        .trim()
        .toUpperCase();
  }
  const start = dtstart === undefined ? undefined : readSimpleTime(dtstart, wallTime);
  const end = dtend === undefined ? undefined : readSimpleTime(dtend, wallTime);
  if (!start || !end || end.instant < start.instant) return undefined;
  const startInstant = start.instant;
  return {
    uid: uid !== '' ? uid : `(no uid ${index})`,
    startInstant,
    durationMs: end.instant - startInstant,
    allDay: start.isDate,
    free: transp === 'TRANSPARENT',
    cancelled: status === 'CANCELLED',
    matches: matches(block.title),
    outOfOffice: detectOutOfOffice && isOutOfOffice(busyStatus, block.title),
    recurrenceId: null,
    series: null,
  };
}

function readEvent(
  block: EventBlock,
  index: number,
  matches: (title: string | undefined) => boolean,
  toInstant: (time: ICAL.Time) => number,
  zones: ZoneResolver,
  detectOutOfOffice: boolean,
  notes: Message[],
): EventRecord | 'unreadable' | 'bad-rule' {
  // ical.js binds a time to its zone as it reads the value, so the zones must be ready first.
  for (const line of block.lines) {
    if (line.includes('TZID=') || line.includes('tzid='))
      for (const match of line.matchAll(TZID_PARAM)) zones.resolve(match[1]!.replace(/^"|"$/g, ''));
  }
  // ical.js reads "2O26" (a letter O) as some year all the same; such an event is damaged, and said to be.
  for (let i = 0; i < block.lines.length; i++) {
    const name = block.names[i];
    if (name !== 'DTSTART' && name !== 'DTEND') continue;
    const line = block.lines[i]!;
    if (!DATE_OR_DATE_TIME.test(line.slice(line.indexOf(':') + 1).trim())) return 'unreadable';
  }
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
  let series: Series | null = null;
  // RFC 5545 allows one RRULE (§3.8.5.3); ical.js would follow every one of a thousand.
  for (const extra of component.getAllProperties('rrule').slice(1)) {
    component.removeProperty(extra);
    notes.push(message('calendar.warnings.extraRepeatRules'));
  }
  const rrule = component.getFirstProperty('rrule');
  const ruleValue: unknown = rrule?.getFirstValue();
  if (rrule && ruleValue instanceof ICAL.Recur && repeatsTooRarely(ruleValue)) component.removeProperty(rrule);
  if (recurrenceId === null && (component.hasProperty('rrule') || component.hasProperty('rdate'))) {
    try {
      for (const rrule of component.getAllProperties('rrule')) {
        const value = rrule.getFirstValue();
        if (!(value instanceof ICAL.Recur) || !value.freq || neverOccurs(value)) return 'bad-rule';
        // UNTIL given as a DATE includes that whole day (RFC 5545 §3.3.10); ical.js would stop at its midnight.
        if (value.until?.isDate && !start.isDate) {
          const until = value.until;
          value.until = new ICAL.Time(
            { year: until.year, month: until.month, day: until.day, hour: 23, minute: 59, second: 59, isDate: false },
            start.zone,
          );
          rrule.setValue(value);
        }
      }
      // Built once here so that a rule ical.js cannot follow is reported now, not at some later window.
      new ICAL.RecurExpansion({ component, dtstart: start });
      const rules = component.getAllProperties('rrule').map((property) => property.getFirstValue() as ICAL.Recur);
      const rule = rules.length === 1 && !component.hasProperty('rdate') ? rules[0] : undefined;
      series = { component, start, skipDays: rule ? skipDaysFor(rule, start) : null };
    } catch {
      return 'bad-rule';
    }
  }
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const transp = String(component.getFirstPropertyValue('transp') ?? '').toUpperCase();
  const uidValue = component.getFirstPropertyValue('uid');
  // A time that parsed into no instant at all is a damaged event, never a session at "NaN".
  if (!Number.isFinite(toInstant(start))) return 'unreadable';
  return {
    uid: typeof uidValue === 'string' && uidValue !== '' ? uidValue : `(no uid ${index})`,
    startInstant: toInstant(start),
    durationMs,
    allDay: start.isDate,
    free: transp === 'TRANSPARENT',
    cancelled: status === 'CANCELLED',
    matches: matches(block.title),
    outOfOffice:
      detectOutOfOffice &&
      isOutOfOffice(
        String(component.getFirstPropertyValue(BUSY_STATUS.toLowerCase()) ?? '').toUpperCase(),
        block.title,
      ),
    recurrenceId,
    series,
  };
}
