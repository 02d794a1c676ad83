/** "2:50 PM" in the user's zone and locale. */
export function clockTime(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone }).format(instant);
}

/** "2:45" for a count of seconds. */
export function minutesAndSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
