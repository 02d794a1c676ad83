import ICAL from 'ical.js';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { findIana } from 'windows-iana';

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

/** The IANA zone a TZID names directly, through Windows' names, or through a vendor prefix. */
export function ianaZoneFor(tzid: string): string | undefined {
  const cleaned = tzid.replace(/^"|"$/g, '').trim();
  if (isIanaZone(cleaned) && cleaned.includes('/')) return cleaned;
  const windows = findIana(cleaned)[0];
  if (windows) return windows;
  // Some producers prefix the name, e.g. "/mozilla.org/20070129_1/Europe/London".
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(cleaned)?.[1];
  if (tail && isIanaZone(tail)) return tail;
  if (isIanaZone(cleaned)) return cleaned; // "UTC", "GMT" and the like
  return undefined;
}

function vtimezoneFor(iana: string): ICAL.Component | undefined {
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
  for (const observance of component.getAllSubcomponents()) {
    const rules = observance.getAllProperties('rrule');
    if (rules.length > 1) return false;
    for (const rule of rules) {
      const value = rule.getFirstValue();
      if (!(value instanceof ICAL.Recur) || value.freq !== 'YEARLY') return false;
    }
  }
  return true;
}

export interface ZoneRegistration {
  /** TZIDs that could not be resolved at all. */
  unknown: string[];
  /** TZIDs whose VTIMEZONE in the file was unusable; IANA data stood in where it could. */
  unusable: string[];
  /** For each TZID, the IANA zone it stands for, where one is known. */
  iana: Map<string, string>;
}

/**
 * Registers, in ical.js's (process-wide) time zone service, every TZID the events use:
 * the file's own VTIMEZONE where it has one, which is the only way Outlook's "Customized Time
 * Zone" can work; otherwise IANA data, reached directly or through Windows' zone names.
 */
export function registerTimeZones(fileZones: readonly string[], usedTzids: ReadonlySet<string>): ZoneRegistration {
  ICAL.TimezoneService.reset();
  const registered = new Set<string>();
  const unusable: string[] = [];
  for (const text of fileZones) {
    try {
      const component = parseComponent(text);
      const tzid = component.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string' && tzid !== '' && !hasUsableRules(component)) {
        unusable.push(tzid);
        continue;
      }
      if (typeof tzid === 'string' && tzid !== '') {
        ICAL.TimezoneService.register(component);
        registered.add(tzid);
      }
    } catch {
      // A damaged VTIMEZONE falls back to IANA data below.
    }
  }
  const unknown: string[] = [];
  const iana = new Map<string, string>();
  for (const tzid of unusable) if (usedTzids.has(tzid) && !ianaZoneFor(tzid)) unknown.push(tzid);
  for (const tzid of usedTzids) {
    const zone = ianaZoneFor(tzid);
    if (zone) iana.set(tzid, zone);
    if (registered.has(tzid) || ICAL.TimezoneService.has(tzid)) continue;
    const component = zone ? vtimezoneFor(zone) : undefined;
    if (component) {
      ICAL.TimezoneService.register(new ICAL.Timezone({ component, tzid }), tzid);
    } else if (!zone) {
      unknown.push(tzid);
    }
  }
  return { unknown, unusable, iana };
}
