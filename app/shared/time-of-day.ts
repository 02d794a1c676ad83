/** "HH:MM" on a 24-hour clock, as the template and its form use it. */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function minutesOfDay(hhmm: string): number {
  const match = TIME_OF_DAY_PATTERN.exec(hhmm);
  if (!match) throw new Error(`"${hhmm}" is not a time like 09:00`);
  return Number(match[1]) * 60 + Number(match[2]);
}
