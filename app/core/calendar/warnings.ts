/** Enough to say what is wrong with a calendar; beyond it, the same notes only crowd the dashboard. */
export const MAX_WARNINGS = 20;

/**
 * A calendar's notes as the user sees them: each said once, at most twenty, and a count of the
 * rest. A broken 10 MB file would otherwise give thousands, stored and re-sent with every update.
 */
export function summarizeWarnings(warnings: readonly string[]): string[] {
  const distinct = [...new Set(warnings)];
  if (distinct.length <= MAX_WARNINGS) return distinct;
  const more = distinct.length - MAX_WARNINGS;
  return [...distinct.slice(0, MAX_WARNINGS), `…and ${more} more note${more === 1 ? '' : 's'} like these.`];
}

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,3}$/;

/**
 * A TZID as a warning may quote it: only what has the shape of a zone name ("Europe/Berlin",
 * "EST5EDT"), at most 64 characters. A TZID is free text, and anything else in it (a name, a phone
 * number) must not reach a cache file or the screen.
 */
export function quotedZone(tzid: string): string | null {
  return tzid.length <= 64 && ZONE_NAME.test(tzid) ? `"${tzid}"` : null;
}
