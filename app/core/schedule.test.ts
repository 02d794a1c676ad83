import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { templateSessionsBetween, templateSessionsOnDay, templateStartMinutes } from './schedule';

const template = DEFAULT_SETTINGS.template;
const iso = (ms: number) => new Date(ms).toISOString();
const firstStart = (day: string, zone: string) =>
  iso(templateSessionsOnDay(template, Date.parse(`${day}T12:00:00Z`), zone)[0]!.start);

describe('weekly template', () => {
  it('gives 50-minute sessions on the hour from 9 to 5 with lunch left free', () => {
    expect(templateStartMinutes(template).map((m) => `${m / 60}:00`)).toEqual([
      '9:00',
      '10:00',
      '11:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ]);
    const sessions = templateSessionsOnDay(template, Date.parse('2026-11-25T12:00:00Z'), 'UTC');
    expect(sessions).toHaveLength(7);
    expect(sessions.every((s) => s.end - s.start === 50 * 60_000)).toBe(true);
    expect(iso(sessions.at(-1)!.end)).toBe('2026-11-25T16:50:00.000Z');
  });

  it('has no sessions on days the template leaves out', () => {
    expect(templateSessionsOnDay(template, Date.parse('2026-11-28T12:00:00Z'), 'UTC')).toEqual([]); // Saturday
    expect(templateSessionsOnDay(template, Date.parse('2026-11-29T12:00:00Z'), 'UTC')).toEqual([]); // Sunday
  });

  it('keeps 09:00 local across both DST changes in America/Los_Angeles', () => {
    expect(firstStart('2026-03-06', 'America/Los_Angeles')).toBe('2026-03-06T17:00:00.000Z'); // PST, Friday before
    expect(firstStart('2026-03-09', 'America/Los_Angeles')).toBe('2026-03-09T16:00:00.000Z'); // PDT, Monday after spring-forward
    expect(firstStart('2026-10-30', 'America/Los_Angeles')).toBe('2026-10-30T16:00:00.000Z'); // PDT
    expect(firstStart('2026-11-02', 'America/Los_Angeles')).toBe('2026-11-02T17:00:00.000Z'); // PST, Monday after fall-back
  });

  it('keeps 09:00 local across both DST changes in Europe/London', () => {
    expect(firstStart('2026-03-27', 'Europe/London')).toBe('2026-03-27T09:00:00.000Z'); // GMT
    expect(firstStart('2026-03-30', 'Europe/London')).toBe('2026-03-30T08:00:00.000Z'); // BST
    expect(firstStart('2026-10-23', 'Europe/London')).toBe('2026-10-23T08:00:00.000Z'); // BST
    expect(firstStart('2026-10-26', 'Europe/London')).toBe('2026-10-26T09:00:00.000Z'); // GMT
  });

  it('lasts the real session length on a day whose clock changes', () => {
    const everyDay = { ...template, days: [1, 2, 3, 4, 5, 6, 7], dayStart: '00:30', dayEnd: '04:00', breaks: [] };
    const sessions = templateSessionsOnDay(everyDay, Date.parse('2026-03-08T12:00:00Z'), 'America/Los_Angeles');
    // 02:30 does not exist that night; every session still lasts 50 real minutes.
    expect(sessions.every((s) => s.end - s.start === 50 * 60_000)).toBe(true);
    expect(iso(sessions[0]!.start)).toBe('2026-03-08T08:30:00.000Z');
    // The 02:30 session moves to 03:30 PDT, the first valid local time after the gap.
    expect(iso(sessions[2]!.start)).toBe('2026-03-08T10:30:00.000Z');
  });

  it('lists the sessions overlapping a range across days, in order', () => {
    const from = Date.parse('2026-11-27T16:30:00Z'); // Friday, inside the 16:00 session
    const to = Date.parse('2026-11-30T10:30:00Z'); // Monday
    const sessions = templateSessionsBetween(template, from, to, 'UTC');
    expect(sessions.map((s) => iso(s.start))).toEqual([
      '2026-11-27T16:00:00.000Z',
      '2026-11-30T09:00:00.000Z',
      '2026-11-30T10:00:00.000Z',
    ]);
  });
});
