import { message, type Message } from '../../shared/i18n/message';

/** Enough to say what is wrong with a calendar; beyond it, the same notes only crowd the dashboard. */
export const MAX_WARNINGS = 20;

/**
 * A calendar's notes as the user sees them: each said once, at most twenty, and a count of the
 * rest. A broken 10 MB file would otherwise give thousands, stored and re-sent with every update.
 */
export function summarizeWarnings(warnings: readonly Message[]): Message[] {
  const distinct = distinctMessages(warnings);
  if (distinct.length <= MAX_WARNINGS) return distinct;
  const more = distinct.length - MAX_WARNINGS;
  return [...distinct.slice(0, MAX_WARNINGS), message('calendar.warnings.moreNotes', { count: more })];
}

/** Each message once, in the order first given: two notes are the same when their key and parameters are. */
export function distinctMessages(messages: readonly Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((said) => {
    const same = JSON.stringify(said);
    if (seen.has(same)) return false;
    seen.add(same);
    return true;
  });
}

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,3}$/;

/**
 * A TZID as a warning may name it: only what has the shape of a zone name ("Europe/Berlin",
 * "EST5EDT"), at most 64 characters. A TZID is free text, and anything else in it (a name, a phone
 * number) must not reach a cache file or the screen.
 */
export function quotableZone(tzid: string): string | null {
  return tzid.length <= 64 && ZONE_NAME.test(tzid) ? tzid : null;
}
