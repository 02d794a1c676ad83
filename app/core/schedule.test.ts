import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type WeeklyTemplate, type WorkingDay } from '../shared/settings';
import { summarizeTemplate, workingDayStarts } from '../shared/template-days';
import { templateSessionsBetween, templateSessionsOnDay } from './schedule';

const template = DEFAULT_SETTINGS.template;
const monday = template.days[0]!;
const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
const startsOf = (day: WorkingDay, patch: Partial<WeeklyTemplate> = {}) =>
  workingDayStarts(day, { ...template, ...patch }).map(clock);
const iso = (ms: number) => new Date(ms).toISOString();
const firstStart = (day: string, zone: string) =>
  iso(templateSessionsOnDay(template, Date.parse(`${day}T12:00:00Z`), zone)[0]!.start);

describe('weekly template', () => {
  it('gives 50-minute sessions on the hour from 9 to 5 with lunch left free', () => {
    expect(startsOf(monday)).toEqual(['9:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00']);
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
    const night = { start: '00:30', end: '04:00', breaks: [] };
    const everyDay = { ...template, days: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, ...night })) };
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

  it('gives each day its own hours: 9–5 on Monday, 12–8 on Thursday', () => {
    const week: WeeklyTemplate = {
      ...template,
      days: [
        { day: 1, start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '13:00' }] },
        { day: 4, start: '12:00', end: '20:00', breaks: [{ start: '15:00', end: '15:30' }] },
      ],
    };
    expect(templateSessionsOnDay(week, Date.parse('2026-11-30T12:00:00Z'), 'UTC')).toHaveLength(7); // Monday
    expect(templateSessionsOnDay(week, Date.parse('2026-12-01T12:00:00Z'), 'UTC')).toEqual([]); // Tuesday
    const thursday = templateSessionsOnDay(week, Date.parse('2026-12-03T12:00:00Z'), 'UTC');
    // After the 3:00 break the sessions start again at 3:30, not on the old grid.
    expect(thursday.map((s) => iso(s.start).slice(11, 16))).toEqual([
      '12:00',
      '13:00',
      '14:00',
      '15:30',
      '16:30',
      '17:30',
      '18:30',
    ]);
  });

  it('leaves every break free, however many there are', () => {
    const day: WorkingDay = {
      day: 1,
      start: '08:00',
      end: '18:00',
      breaks: [
        { start: '10:00', end: '10:30' },
        { start: '12:30', end: '13:30' },
        { start: '16:00', end: '17:00' },
      ],
    };
    const starts = workingDayStarts(day, template);
    expect(starts.map(clock)).toEqual(['8:00', '9:00', '10:30', '11:30', '13:30', '14:30', '17:00']);
    for (const start of starts) {
      for (const pause of day.breaks) {
        const [from, to] = [pause.start, pause.end].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
        expect(start + template.sessionMinutes <= from! || start >= to!).toBe(true);
      }
    }
  });

  it('starts sessions on the hour, on the half hour, or at a chosen minute', () => {
    const day: WorkingDay = { day: 1, start: '08:45', end: '13:00', breaks: [{ start: '10:40', end: '11:05' }] };
    expect(startsOf(day, { startAlignment: 'day' })).toEqual(['8:45', '9:45', '11:05', '12:05']);
    expect(startsOf(day, { startAlignment: 'hour' })).toEqual(['9:00', '12:00']);
    expect(startsOf(day, { startAlignment: 'half-hour' })).toEqual(['9:00', '11:30']);
    expect(startsOf(day, { startAlignment: 10 })).toEqual(['9:10', '11:10', '12:10']);
  });

  it('keeps a per-day 12:00 local across the spring change in Europe/London', () => {
    const week: WeeklyTemplate = { ...template, days: [{ day: 7, start: '12:00', end: '14:00', breaks: [] }] };
    const before = templateSessionsOnDay(week, Date.parse('2026-03-22T12:00:00Z'), 'Europe/London');
    const after = templateSessionsOnDay(week, Date.parse('2026-03-29T12:00:00Z'), 'Europe/London');
    expect(before.map((s) => iso(s.start))).toEqual(['2026-03-22T12:00:00.000Z', '2026-03-22T13:00:00.000Z']);
    expect(after.map((s) => iso(s.start))).toEqual(['2026-03-29T11:00:00.000Z', '2026-03-29T12:00:00.000Z']);
  });

  it('sums up each day, and names a break outside the day and a day with no session', () => {
    const week: WeeklyTemplate = {
      ...template,
      days: [
        {
          day: 1,
          start: '09:00',
          end: '17:00',
          breaks: [
            { start: '12:00', end: '13:00' },
            { start: '18:00', end: '19:00' },
          ],
        },
        { day: 2, start: '09:00', end: '10:00', breaks: [{ start: '09:00', end: '10:00' }] },
        { day: 3, start: '9', end: '17:00', breaks: [] },
      ],
    };
    expect(summarizeTemplate(week)).toEqual([
      { day: 1, starts: [540, 600, 660, 780, 840, 900, 960], lastEnd: 1010, breaksOutside: [1], complete: true },
      { day: 2, starts: [], lastEnd: null, breaksOutside: [], complete: true },
      { day: 3, starts: [], lastEnd: null, breaksOutside: [], complete: false },
    ]);
  });

  it('counts nothing, and never loops, while a number is missing or nought', () => {
    expect(workingDayStarts(monday, { ...template, sessionEveryMinutes: 0 })).toEqual([]);
    expect(workingDayStarts(monday, { ...template, sessionMinutes: Number.NaN })).toEqual([]);
  });
});
