const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-25": the calendar date of an instant in a zone, as date inputs and days off use it. Cheap enough to call at every wake. */
export function localDateKey(instant: number, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}
