import { describe, expect, it } from 'vitest';

describe('the machine time zone these calendar tests run under', () => {
  it('is the one the test project asked for', () => {
    // The default project runs under the machine's own zone; the calendar@ projects set TZ.
    const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (const instant of [Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 1)]) {
      expect(new Date(instant).getTimezoneOffset() + offsetMinutes(zone, instant)).toBe(0);
    }
  });
});

function offsetMinutes(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(instant);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}
