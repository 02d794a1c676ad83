import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../shared/domain';
import type { DaySchedule, DiaryRecord } from '../../shared/records';
import { computePatterns, type PatternsInput } from './compute-patterns';
import { daysSinceDayOff } from './pace';
import { rangeFrame } from './range';

const ZONE = 'America/New_York';
const MINUTE = 60_000;
// Wednesday 4 November 2026, 15:00 in New York, three days after summer time ended.
const NOW = Date.parse('2026-11-04T20:00:00Z');
const local = (iso: string) => Date.parse(`${iso}-05:00`);

const input = (parts: Partial<PatternsInput>): PatternsInput => ({
  range: '1w',
  now: NOW,
  timeZone: ZONE,
  journal: [],
  diary: [],
  days: [],
  people: [],
  supportBefore: [],
  daysSinceDayOff: null,
  ...parts,
});

describe('the ranges', () => {
  it('one week is the last 7 days by date, across the end of summer time', () => {
    const frame = rangeFrame('1w', NOW, ZONE);
    expect(frame.buckets.map((bucket) => bucket.start)).toEqual([
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
    ]);
    expect(frame.from).toBe(Date.parse('2026-10-29T00:00:00-04:00'));
    expect(frame.to).toBe(Date.parse('2026-11-05T00:00:00-05:00'));
  });

  it('four and twelve weeks run Monday to Sunday; a year is twelve months', () => {
    expect(rangeFrame('4w', NOW, ZONE).buckets.map((bucket) => bucket.start)).toEqual([
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
    ]);
    expect(rangeFrame('12w', NOW, ZONE).buckets).toHaveLength(12);
    const year = rangeFrame('1y', NOW, ZONE);
    expect([year.buckets[0]!.start, year.buckets.at(-1)!.start]).toEqual(['2025-12-01', '2026-11-01']);
    expect(year.indexOf('2026-02-28')).toBe(2);
    expect(year.indexOf('2025-11-30')).toBe(-1);
  });
});

const checkIn = (iso: string, answers: Extract<JournalEntry, { event: 'checked-in' }>['answers']): JournalEntry => ({
  at: local(iso),
  promptId: `p@${iso}`,
  kind: answers?.type === 'before' ? 'check-in' : 'reset',
  event: 'checked-in',
  answers,
});

describe('arriving and leaving', () => {
  it('averages each day’s answers, and leaves a day with none empty rather than zero', () => {
    const patterns = computePatterns(
      input({
        journal: [
          checkIn('2026-11-02T08:58', { type: 'before', energy: 6, tension: 2, intention: 'present' }),
          checkIn('2026-11-02T09:58', { type: 'before', energy: 3, tension: 5, intention: 'steady' }),
          checkIn('2026-11-02T09:51', {
            type: 'after',
            activation: 7,
            carrying: 'a-lot',
            feelings: ['drained', 'numb'],
            need: 'water',
          }),
          checkIn('2026-11-03T09:51', {
            type: 'after',
            activation: 2,
            carrying: 'no',
            feelings: ['calm'],
            need: 'nothing',
          }),
          checkIn('2026-11-03T10:51', {
            type: 'after',
            activation: 4,
            carrying: 'no',
            feelings: ['numb'],
            need: 'nothing',
          }),
        ],
      }),
    );
    expect(patterns.arriving[4]).toEqual({ energy: 4.5, tension: 3.5, answers: 2 });
    expect(patterns.arriving[5]).toEqual({ energy: null, tension: null, answers: 0 });
    expect(patterns.leaving.byBucket[4]).toEqual({ activation: 7, carryingShare: 1, answers: 1 });
    expect(patterns.leaving.byBucket[5]).toEqual({ activation: 3, carryingShare: 0, answers: 2 });
    expect(patterns.leaving.feelings.find((entry) => entry.feeling === 'numb')).toMatchObject({
      total: 2,
      byBucket: [0, 0, 0, 0, 1, 1, 0],
    });
    expect(patterns.answered).toEqual({ before: 2, after: 3 });
  });
});

describe('the resets, and what helps', () => {
  const reset = (iso: string, n: number, ...events: Partial<JournalEntry>[]): JournalEntry[] =>
    events.map((event, index) => ({
      at: local(iso) + index * MINUTE,
      promptId: `reset@${iso}#${n}`,
      kind: 'reset',
      ...event,
    })) as JournalEntry[];
  const done = (endedEarly = false) => ({
    event: 'completed' as const,
    exercise: 'cyclic-sighing' as const,
    secondsDone: endedEarly ? 60 : 180,
    plannedSeconds: 180,
    endedEarly,
  });

  it('counts taken, ended early, skipped and missed by day and by hour of the day', () => {
    const journal = [
      ...reset('2026-11-03T09:50', 1, { event: 'offered' }, { event: 'started', exercise: 'cyclic-sighing' }, done()),
      ...reset(
        '2026-11-03T10:50',
        2,
        { event: 'offered' },
        { event: 'started', exercise: 'cyclic-sighing' },
        done(true),
      ),
      ...reset(
        '2026-11-03T11:50',
        3,
        { event: 'offered' },
        { event: 'skipped', part: 'check-in' },
        { event: 'skipped' },
      ),
      ...reset('2026-11-04T09:50', 4, { event: 'missed', reason: 'asleep' }),
      ...reset('2026-11-04T10:50', 5, { event: 'offered' }, { event: 'expired' }),
    ];
    const patterns = computePatterns(input({ journal }));
    expect(patterns.resets.byBucket[5]).toEqual({ taken: 1, endedEarly: 1, skipped: 1, missed: 0 });
    expect(patterns.resets.byBucket[6]).toEqual({ taken: 0, endedEarly: 0, skipped: 0, missed: 2 });
    expect(patterns.resets.byHour[9]).toEqual({ hour: 9, taken: 1, endedEarly: 0, skipped: 0, missed: 1 });
    expect(patterns.resets.byHour[11]).toMatchObject({ skipped: 1 });
  });

  it('pairs the after-session activation with "How do you feel now?" for each kind of reset', () => {
    const pair = (n: number, before: number, after: number, exercise: 'silence' | 'cyclic-sighing') =>
      reset(
        `2026-11-0${1 + (n % 3)}T1${n % 8}:50`,
        n,
        { event: 'offered' },
        {
          event: 'checked-in',
          answers: { type: 'after', activation: before, carrying: 'no', feelings: [], need: 'nothing' },
        },
        { event: 'started', exercise },
        { event: 'completed', exercise, secondsDone: 120, plannedSeconds: 120, endedEarly: false },
        { event: 'felt', exercise, activation: after },
      );
    const journal = [pair(1, 7, 3, 'cyclic-sighing'), pair(2, 6, 4, 'cyclic-sighing'), pair(3, 5, 5, 'silence')].flat();
    const { helps } = computePatterns(input({ journal }));
    expect(helps.answers).toBe(3);
    expect(helps.byExercise).toEqual([
      { exercise: 'cyclic-sighing', answers: 2, averageFall: 3 },
      { exercise: 'silence', answers: 1, averageFall: 0 },
    ]);
  });
});

describe('the pace of the schedule', () => {
  const day = (date: string, sessions: [string, number][]): DaySchedule => ({
    type: 'day',
    at: local(`${date}T00:00`),
    date,
    sessions: sessions.map(([time, minutes]) => [
      local(`${date}T${time}`),
      local(`${date}T${time}`) + minutes * MINUTE,
    ]),
  });

  it('finds the longest back-to-back run, days with no real break, and gaps under five minutes', () => {
    const days = [
      // 9:00, 9:55, 10:50, 11:45 back to back (5-minute gaps); lunch; 14:00.
      day('2026-11-02', [
        ['09:00', 50],
        ['09:55', 50],
        ['10:50', 50],
        ['11:45', 50],
        ['14:00', 50],
      ]),
      // Four sessions with 10-minute gaps and nothing longer: no real break.
      day('2026-11-03', [
        ['09:00', 50],
        ['10:00', 50],
        ['11:00', 50],
        ['12:00', 50],
      ]),
      day('2026-11-04', [
        ['09:00', 53],
        ['09:55', 50],
      ]),
    ];
    const { pace } = computePatterns(input({ days, daysSinceDayOff: { days: 2, sinceRecordsBegan: false } }));
    expect(pace.longestRun).toEqual({ sessions: 4, date: '2026-11-02' });
    expect(pace.daysWithoutRealBreak).toEqual(['2026-11-03', '2026-11-04']);
    expect(pace.gapsUnderFiveMinutes).toBe(1);
    expect(pace.sessionsByBucket).toEqual([0, 0, 0, 0, 5, 4, 2]);
    expect([pace.workingDays, pace.sessions, pace.daysSinceDayOff?.days]).toEqual([3, 11, 2]);
  });

  it('counts the days since a day with no sessions, and says when that is all the records hold', () => {
    const working = new Set(['2026-11-02', '2026-11-03', '2026-11-04']);
    expect(daysSinceDayOff(working, NOW, ZONE, '2026-10-01')).toEqual({ days: 3, sinceRecordsBegan: false });
    expect(daysSinceDayOff(new Set([...working, '2026-11-01']), NOW, ZONE, '2026-11-01')).toEqual({
      days: 4,
      sinceRecordsBegan: true,
    });
    expect(daysSinceDayOff(new Set(), NOW, ZONE, '2026-10-01')).toEqual({ days: 0, sinceRecordsBegan: false });
    expect(daysSinceDayOff(working, NOW, ZONE, null)).toBeNull();
  });
});

describe('moments and support', () => {
  it('lists moments newest first from both the weekly reflection and the tray, and when each person was last reached', () => {
    const diary: DiaryRecord[] = [
      { type: 'moment', at: local('2026-11-02T17:00'), text: 'A long piece of work moved.' },
      {
        type: 'reflection',
        at: local('2026-11-03T17:00'),
        week: '2026-11-02',
        wornOut: 6,
        meaningful: 8,
        moment: 'Remembered why I do this.',
      },
      { type: 'support', at: local('2026-11-03T18:00'), personId: 'group', how: 'consultation' },
    ];
    const patterns = computePatterns(
      input({
        diary,
        supportBefore: [{ type: 'support', at: local('2026-10-01T18:00'), personId: 'ana', how: 'reached-out' }],
        people: [
          { id: 'ana', name: 'Supervision with Ana', everyDays: 14 },
          { id: 'group', name: 'Consultation group', everyDays: 7 },
          { id: 'sam', name: 'Sam', everyDays: null },
        ],
      }),
    );
    expect(patterns.moments.map((moment) => [moment.from, moment.text])).toEqual([
      ['reflection', 'Remembered why I do this.'],
      ['noted', 'A long piece of work moved.'],
    ]);
    expect(patterns.reflections).toEqual([{ week: '2026-11-02', wornOut: 6, meaningful: 8 }]);
    expect(patterns.support.map((person) => [person.personId, person.lastAt, person.times])).toEqual([
      ['ana', local('2026-10-01T18:00'), 0],
      ['group', local('2026-11-03T18:00'), 1],
      ['sam', null, 0],
    ]);
  });
});
