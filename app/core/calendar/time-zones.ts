import ICAL from 'ical.js';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { findIana } from 'windows-iana';
import { message, type Message } from '../../shared/i18n/message';
import { quotableZone } from './warnings';

/** Parses one iCalendar component from text. */
export function parseComponent(text: string): ICAL.Component {
  const jcal = ICAL.parse(text) as unknown[];
  return new ICAL.Component(jcal);
}

/** Whether the JavaScript runtime knows `zone` as an IANA time zone. */
export function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/**
 * Longer than any zone's name, even with a vendor's prefix or as Windows spells it ("(UTC-05:00)
 * Eastern Time (US & Canada)"): a longer TZID is not looked up at all.
 */
const LONGEST_TZID = 200;
/** A real calendar uses a handful of zones; past this many distinct TZIDs the rest are not looked up. */
const MOST_ZONES_PER_CALENDAR = 100;
/** Even a zone's whole history since 1847 has a few hundred observances at most; Outlook writes two. */
const MOST_OBSERVANCES = 400;

const ZONE_SEGMENT = /^[A-Za-z_+-]+$/;

/** The IANA zone a TZID names directly, through Windows' names, or through a vendor prefix. */
export function ianaZoneFor(tzid: string): string | undefined {
  const cleaned = tzid.replace(/^"|"$/g, '').trim();
  if (cleaned.length > LONGEST_TZID) return undefined;
  if (isIanaZone(cleaned) && cleaned.includes('/')) return cleaned;
  const windows = findIana(cleaned)[0];
  if (windows) return windows;
  // Some producers prefix the name, e.g. "/mozilla.org/20070129_1/Europe/London": its last two or three parts.
  const parts = cleaned.split('/');
  for (const count of [3, 2]) {
    const tail = parts.slice(-count);
    if (tail.length === count && tail.every((part) => ZONE_SEGMENT.test(part)) && isIanaZone(tail.join('/')))
      return tail.join('/');
  }
  if (isIanaZone(cleaned)) return cleaned; // "UTC", "GMT" and the like
  return undefined;
}

/** The zones the bundled VTIMEZONE data covers; asking it for another prints to the console. */
let bundledZones: Set<string> | undefined;

function vtimezoneFor(iana: string): ICAL.Component | undefined {
  bundledZones ??= new Set(tzlib_get_timezones());
  if (!bundledZones.has(iana)) return undefined;
  const block = tzlib_get_ical_block(iana);
  const text = Array.isArray(block) ? block[0] : undefined;
  if (!text || !text.includes('BEGIN:VTIMEZONE')) return undefined;
  return parseComponent(text);
}

/**
 * Real zones change at most a few times a year. A VTIMEZONE whose observances repeat more often
 * than yearly (say FREQ=MINUTELY from 1601) would make ical.js expand millions of transitions.
 */
function hasUsableRules(component: ICAL.Component): boolean {
  try {
    const observances = component.getAllSubcomponents();
    // ical.js works out every change of every observance when the zone is first used.
    if (observances.length > MOST_OBSERVANCES) return false;
    for (const observance of observances) {
      const rules = observance.getAllProperties('rrule');
      if (rules.length > 1) return false;
      for (const rule of rules) {
        const value = rule.getFirstValue();
        if (!(value instanceof ICAL.Recur) || value.freq !== 'YEARLY') return false;
      }
    }
    // ical.js reads an observance's times only when the zone is first used; a damaged one
    // ("DTSTART:19701101T02000") would then throw in the middle of reading the events.
    const zone = new ICAL.Timezone({ component, tzid: 'check' });
    for (const month of [1, 7]) {
      const offset = new ICAL.Time({ year: 2026, month, day: 1, hour: 12, minute: 0, second: 0 }, zone).utcOffset();
      if (!Number.isFinite(offset)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves the TZIDs a calendar uses, registering each in ical.js's (process-wide) time zone
 * service the first time it is seen: the file's own VTIMEZONE where it has a usable one, which
 * is the only way Outlook's "Customized Time Zone" can work; otherwise IANA data, reached
 * directly or through Windows' zone names.
 */
export class ZoneResolver {
  private readonly fromFile = new Set<string>();
  private readonly unusable = new Set<string>();
  private readonly seen = new Map<string, string | undefined>();
  private readonly unknown: string[] = [];

  constructor(fileZones: readonly string[]) {
    ICAL.TimezoneService.reset();
    for (const text of fileZones) {
      try {
        const component = parseComponent(text);
        const tzid = component.getFirstPropertyValue('tzid');
        if (typeof tzid !== 'string' || tzid === '') continue;
        if (!hasUsableRules(component)) {
          this.unusable.add(tzid);
          continue;
        }
        ICAL.TimezoneService.register(component);
        this.fromFile.add(tzid);
      } catch {
        // A damaged VTIMEZONE falls back to IANA data when its TZID is used.
      }
    }
  }

  /** Makes sure `tzid` can be used, and returns the IANA zone it stands for, if one is known. */
  resolve(tzid: string): string | undefined {
    if (this.seen.has(tzid)) return this.seen.get(tzid);
    const zone = this.seen.size < MOST_ZONES_PER_CALENDAR ? ianaZoneFor(tzid) : undefined;
    this.seen.set(tzid, zone);
    if (!this.fromFile.has(tzid) && !ICAL.TimezoneService.has(tzid)) {
      const component = zone ? vtimezoneFor(zone) : undefined;
      if (component) ICAL.TimezoneService.register(new ICAL.Timezone({ component, tzid }), tzid);
      else if (!zone) this.unknown.push(tzid);
    }
    return zone;
  }

  /** What the user should know about the zones, naming each one that could not be used. */
  warnings(userZone: string): Message[] {
    const warnings: Message[] = [];
    for (const tzid of this.unusable) {
      if (!this.seen.has(tzid)) continue;
      const zone = this.seen.get(tzid);
      // A TZID that resolved to a real zone is a zone's name, so it may be quoted; else only its shape decides.
      const named = zone ? tzid : quotableZone(tzid);
      warnings.push(
        zone
          ? message('calendar.warnings.zoneDefinitionReplaced', { tzid, zone })
          : named
            ? message('calendar.warnings.zoneDefinitionUnusable', { tzid: named })
            : message('calendar.warnings.someZoneDefinitionUnusable'),
      );
    }
    for (const tzid of this.unknown) {
      const named = quotableZone(tzid);
      warnings.push(
        named
          ? message('calendar.warnings.zoneUnknown', { tzid: named, userZone })
          : message('calendar.warnings.someZoneUnknown', { userZone }),
      );
    }
    return warnings;
  }
}

/** The VTIMEZONE blocks of a calendar, wherever they sit in the file, unfolded. */
export function timeZoneBlocks(text: string): string[] {
  const blocks: string[] = [];
  const pattern = /^BEGIN:VTIMEZONE\r?$[\s\S]*?^END:VTIMEZONE\r?$/gim;
  for (const match of text.matchAll(pattern)) blocks.push(match[0].replace(/\r?\n[ \t]/g, ''));
  return blocks;
}
