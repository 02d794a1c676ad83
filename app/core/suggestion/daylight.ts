import { getPosition } from 'suncalc';
import { ZONE_COORDINATES } from '../../shared/zone-coordinates';

/**
 * Whether the sun is up where the user is, as far as Interlude can tell without asking where
 * that is: from a city they chose (a zone name, used only for its rounded position), else from
 * their time zone's principal city. Null when neither is known; then nobody is sent out into the dark.
 */
export function isDaylight(instant: number, timeZone: string, city: string | null = null): boolean | null {
  const position = (city ? ZONE_COORDINATES[city] : undefined) ?? ZONE_COORDINATES[canonicalZone(timeZone)];
  if (!position) return null;
  const [latitude, longitude] = position;
  // After sunset (the sun's upper edge below the horizon, allowing for refraction) counts as dark.
  return getPosition(new Date(instant), latitude, longitude).altitude > -0.833;
}

/** "Asia/Calcutta" and other old names resolve to the zone the table knows. */
function canonicalZone(timeZone: string): string {
  if (ZONE_COORDINATES[timeZone]) return timeZone;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return timeZone;
  }
}
