import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenInvariants, simulate, type DayPlan, type Fault, type Scenario } from './clinic-week';

const TYPICAL: DayPlan = [
  '09:00-09:50',
  '10:00-10:50',
  '11:00-11:50',
  '13:00-13:50',
  '14:00-14:50',
  '15:00-15:50',
  '16:00-16:50',
];
const BACK_TO_BACK: DayPlan = [
  '09:00-09:50',
  '09:50-10:40',
  '10:41-11:30',
  '11:33-12:20',
  '14:00-14:45',
  '17:00-17:50',
];

/**
 * A clinic week. Add a row to test another situation: each names the day (from the first),
 * a local time, and what happens then.
 */
const WEEK: Scenario = {
  name: 'a clinic week across the end of DST, with sleep, clock jumps, restarts and a move east',
  start: '2026-10-28', // Wednesday; Los Angeles leaves DST on Sunday 1 November
  zone: 'America/Los_Angeles',
  days: [TYPICAL, BACK_TO_BACK, TYPICAL, [], [], TYPICAL, TYPICAL],
  steps: [
    { day: 0, at: '09:45', fault: { kind: 'overrun' } }, // the 09:00 session runs over
    { day: 0, at: '10:45', fault: { kind: 'sleep', minutes: 10 } }, // asleep across a session's end
    { day: 0, at: '12:55', fault: { kind: 'sleep', minutes: 70 } }, // asleep across a whole session
    { day: 1, at: '12:30', fault: { kind: 'jump', minutes: 60 } },
    { day: 1, at: '15:10', fault: { kind: 'jump', minutes: -60 } },
    { day: 2, at: '08:00', fault: { kind: 'user', answers: 'late' } }, // answers three minutes late from here
    { day: 2, at: '10:53', fault: { kind: 'restart' } },
    { day: 2, at: '11:51', fault: { kind: 'reschedule', change: 'lengthen' } }, // while its reset is on screen
    { day: 2, at: '13:51', fault: { kind: 'restart' } },
    { day: 2, at: '14:30', fault: { kind: 'reschedule', change: 'move' } }, // 15:00 becomes 15:30
    { day: 5, at: '08:00', fault: { kind: 'user', answers: 'never' } }, // leaves every prompt on screen
    { day: 5, at: '12:30', fault: { kind: 'reschedule', change: 'remove' } }, // the 13:00 session is cancelled
    { day: 5, at: '09:52', fault: { kind: 'restart' } }, // Monday after the change: still 09:00 local
    { day: 6, at: '07:00', fault: { kind: 'user', answers: 'at-once' } },
    { day: 6, at: '07:30', fault: { kind: 'zone', to: 'America/New_York' } },
    { day: 6, at: '12:40', fault: { kind: 'sleep', minutes: 3 } },
  ],
};

describe('simulated clinic week', () => {
  it('keeps every invariant', async () => {
    const result = await simulate(WEEK);
    expect(brokenInvariants(result)).toEqual([]);
    // The week really happened: prompts fired on each working day, including after the move east.
    expect(result.fired.length).toBeGreaterThan(40);
    expect(result.fired.some((p) => p.kind === 'wind-down')).toBe(true);
    expect(result.fired.some((p) => p.kind === 'check-out')).toBe(true);
    const overrun = result.fired.filter((p) => p.promptId === result.fired[1]?.promptId);
    expect(overrun.length).toBe(2); // offered, then again five minutes later
  });

  it('fires Monday’s first check-in at 08:58 local after the change back from DST', async () => {
    const result = await simulate(WEEK);
    const monday = result.fired.find((p) => p.kind === 'check-in' && p.at >= Date.parse('2026-11-02T00:00:00Z'));
    expect(new Date(monday!.at).toISOString()).toBe('2026-11-02T16:58:00.000Z'); // 08:58 PST
  });
});

describe('random schedules and fault sequences (property-based)', () => {
  const range = fc
    .tuple(fc.integer({ min: 7 * 60, max: 18 * 60 }), fc.integer({ min: 20, max: 90 }))
    .map(([start, length]) => [start, Math.min(start + length, 20 * 60)] as const);
  const day = fc.array(range, { maxLength: 8 }).map((ranges) => {
    // Non-overlapping, in order: a real clinician's day.
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const kept: (readonly [number, number])[] = [];
    for (const r of sorted) if (!kept.length || r[0] >= kept.at(-1)![1]) kept.push(r);
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return kept.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`);
  });
  const fault: fc.Arbitrary<Fault> = fc.oneof(
    fc.record({
      kind: fc.constant('zone' as const),
      to: fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Kolkata'),
    }),
    fc.record({
      kind: fc.constant('user' as const),
      answers: fc.constantFrom('at-once' as const, 'late' as const, 'never' as const),
    }),
    fc.record({
      kind: fc.constant('reschedule' as const),
      change: fc.constantFrom('lengthen' as const, 'move' as const, 'remove' as const),
    }),
    fc.record({ kind: fc.constant('sleep' as const), minutes: fc.integer({ min: 1, max: 240 }) }),
    fc.record({
      kind: fc.constant('jump' as const),
      minutes: fc.integer({ min: -120, max: 120 }).filter((m) => m !== 0),
    }),
    fc.constant({ kind: 'restart' as const }),
    fc.constant({ kind: 'overrun' as const }),
  );
  const step = fc.record({
    day: fc.integer({ min: 0, max: 2 }),
    at: fc
      .integer({ min: 8 * 60, max: 19 * 60 })
      .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`),
    fault,
  });

  it('keep every invariant', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(day, { minLength: 3, maxLength: 3 }),
        fc.array(step, { maxLength: 8 }),
        // An ordinary week, and the days around London's and New York's changes of clock.
        fc.constantFrom('2026-03-04', '2026-03-28', '2026-10-24', '2026-10-31'),
        async (days, steps, start) => {
          const result = await simulate({ name: 'random', start, zone: 'Europe/London', days, steps });
          expect(brokenInvariants(result)).toEqual([]);
        },
      ),
      { numRuns: 40, seed: 11 },
    );
  }, 120_000);
});
