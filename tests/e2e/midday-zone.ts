/**
 * A fixed-offset zone in which it is about noon right now. The preview runs on real time, and a
 * run near midnight would turn each session's reset into the day's wind-down; in this zone the
 * day boundary is twelve hours away, so the tests see the same day whenever they run.
 */
export function middayZone(now = Date.now()): string {
  // Chosen once per run: the config and each worker read it back, so the hour turning mid-run changes nothing.
  const chosen = process.env.INTERLUDE_E2E_ZONE;
  if (chosen) return chosen;
  const zone = zoneAtNoon(now);
  process.env.INTERLUDE_E2E_ZONE = zone;
  return zone;
}

function zoneAtNoon(now: number): string {
  const offsetHours = 12 - new Date(now).getUTCHours();
  // Etc/GMT names have the sign reversed: Etc/GMT-3 is three hours ahead of UTC.
  if (offsetHours === 0) return 'Etc/UTC';
  const clamped = Math.max(-12, Math.min(14, offsetHours));
  return `Etc/GMT${clamped > 0 ? '-' : '+'}${Math.abs(clamped)}`;
}
