import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from '../shared/domain';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { candidatePrompts } from './planner';
import { checkInPrompt, isInsideSession, postSessionPrompt, sessionIndex } from './planning-rules';

const MINUTE = 60_000;
const at = (hhmm: string) => Date.parse(`2026-11-25T${hhmm}:00Z`);
const session = (start: string, end: string): Session => ({ start: at(start), end: at(end), source: 'template' });
const sameDay = (a: number, b: number) =>
  new Date(a).toISOString().slice(0, 10) === new Date(b).toISOString().slice(0, 10);

describe('rule: the pre-session check-in', () => {
  it('comes at start minus the lead', () => {
    expect(checkInPrompt(session('10:00', '10:50'), session('09:00', '09:50'), DEFAULT_SETTINGS)).toMatchObject({
      kind: 'check-in',
      dueAt: at('09:58'),
      expiresAt: at('10:00'),
    });
  });

  it('is skipped when the previous session ended less than the lead before', () => {
    expect(checkInPrompt(session('10:00', '10:50'), session('09:00', '09:59'), DEFAULT_SETTINGS)).toBeNull();
  });

  it('never comes when turned off, and a reset then stays open until the next session', () => {
    const off = { ...DEFAULT_SETTINGS, checkInBeforeSession: false };
    expect(checkInPrompt(session('10:00', '10:50'), session('09:00', '09:50'), off)).toBeNull();
    expect(postSessionPrompt(session('09:00', '09:50'), session('09:55', '10:45'), off, sameDay)).toMatchObject({
      kind: 'reset',
      expiresAt: at('09:55'),
    });
    const tight = postSessionPrompt(session('09:00', '09:50'), session('09:51', '10:45'), off, sameDay);
    expect(tight).toMatchObject({ kind: 'check-out', expiresAt: at('09:51') });
    expect(tight).not.toHaveProperty('thenCheckIn');
    const day = [session('09:00', '09:50'), session('10:00', '10:50'), session('11:00', '11:50')];
    expect(candidatePrompts(day, off, sameDay).filter((prompt) => prompt.kind === 'check-in')).toEqual([]);
  });
});

describe('rule: the post-session prompt scales to the gap', () => {
  const settings = DEFAULT_SETTINGS;
  it('gives the full reset for a gap of 5 minutes or more', () => {
    expect(postSessionPrompt(session('09:00', '09:50'), session('09:55', '10:45'), settings, sameDay)).toMatchObject({
      kind: 'reset',
      resetSeconds: 180,
      dueAt: at('09:50'),
      expiresAt: at('09:53'),
    });
  });

  it('gives the 60-second reset for a gap of 2 to 5 minutes', () => {
    expect(postSessionPrompt(session('09:00', '09:50'), session('09:54', '10:45'), settings, sameDay)).toMatchObject({
      kind: 'reset',
      resetSeconds: 60,
      expiresAt: at('09:52'),
    });
  });

  it('gives only a one-tap check-in under 2 minutes, offering the skipped check-in too', () => {
    expect(postSessionPrompt(session('09:00', '09:50'), session('09:51', '10:45'), settings, sameDay)).toMatchObject({
      kind: 'check-out',
      expiresAt: at('09:51'),
      thenCheckIn: true,
    });
  });

  it('offers nothing between sessions that touch', () => {
    expect(postSessionPrompt(session('09:00', '09:50'), session('09:50', '10:45'), settings, sameDay)).toBeNull();
  });

  it('offers a wind-down after the day’s last session', () => {
    const tomorrow: Session = {
      start: Date.parse('2026-11-26T09:00:00Z'),
      end: Date.parse('2026-11-26T09:50:00Z'),
      source: 'template',
    };
    expect(postSessionPrompt(session('16:00', '16:50'), tomorrow, settings, sameDay)).toMatchObject({
      kind: 'wind-down',
      expiresAt: at('17:50'),
    });
    expect(postSessionPrompt(session('16:00', '16:50'), undefined, settings, sameDay)).toMatchObject({
      kind: 'wind-down',
    });
  });

  it('uses the gap thresholds from settings', () => {
    const strict = { ...settings, gapRules: { fullResetMinutes: 10, shortResetMinutes: 6, shortResetSeconds: 90 } };
    expect(postSessionPrompt(session('09:00', '09:50'), session('09:58', '10:45'), strict, sameDay)).toMatchObject({
      kind: 'reset',
      resetSeconds: 90,
    });
    expect(postSessionPrompt(session('09:00', '09:50'), session('09:55', '10:45'), strict, sameDay)).toMatchObject({
      kind: 'check-out',
    });
  });
});

describe('rule: never during a session', () => {
  it('holds for every planning path, over random schedules and settings', () => {
    const schedule = fc
      .array(fc.record({ gap: fc.integer({ min: 0, max: 90 }), length: fc.integer({ min: 5, max: 120 }) }), {
        minLength: 1,
        maxLength: 14,
      })
      .map((parts) => {
        let cursor = at('08:00');
        return parts.map(({ gap, length }) => {
          const start = cursor + gap * MINUTE;
          cursor = start + length * MINUTE;
          return { start, end: cursor, source: 'calendar' as const };
        });
      });
    const settings = fc.record({
      checkInBeforeSession: fc.boolean(),
      checkInLeadMinutes: fc.integer({ min: 0, max: 15 }),
      resetMinutes: fc.integer({ min: 1, max: 10 }),
      full: fc.integer({ min: 1, max: 30 }),
      short: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(
        schedule,
        settings,
        (sessions, { checkInBeforeSession, checkInLeadMinutes, resetMinutes, full, short }) => {
          const prompts = candidatePrompts(
            sessions,
            {
              ...DEFAULT_SETTINGS,
              checkInBeforeSession,
              checkInLeadMinutes,
              resetMinutes,
              gapRules: {
                fullResetMinutes: Math.max(full, short),
                shortResetMinutes: Math.min(full, short),
                shortResetSeconds: 60,
              },
            },
            sameDay,
          );
          for (const prompt of prompts) {
            expect(isInsideSession(prompt.dueAt, sessions)).toBe(false);
            expect(prompt.expiresAt).toBeGreaterThan(prompt.dueAt);
            // Its whole window lies outside every session, too.
            for (const s of sessions)
              expect(prompt.dueAt < s.start ? prompt.expiresAt <= s.start : prompt.dueAt >= s.end).toBe(true);
          }
        },
      ),
      { numRuns: 500, seed: 4 },
    );
  });
});

describe('the session index', () => {
  it('answers exactly as a scan of every session does, overlaps included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 1, max: 200 })), { maxLength: 20 }),
        fc.integer({ min: -10, max: 1_300 }),
        (ranges, instant) => {
          const sessions: Session[] = ranges.map(([start, length]) => ({
            start,
            end: start + length,
            source: 'calendar',
          }));
          expect(sessionIndex(sessions)(instant)).toBe(isInsideSession(instant, sessions));
        },
      ),
      { numRuns: 1_000, seed: 9 },
    );
  });
});

describe('rule: the check-in and the reset after a session fit the gap together', () => {
  const CHECK_IN_SECONDS = 30; // the after-session check-in is meant to take at most this long
  it.each(['09:55', '09:54', '09:52', '09:53', '10:00', '10:20'])('with the next session at %s', (nextStart) => {
    const ended = session('09:00', '09:50');
    const next = session(nextStart, '11:00');
    const prompt = postSessionPrompt(ended, next, DEFAULT_SETTINGS, () => true);
    if (prompt?.kind === 'reset') {
      const gapSeconds = (next.start - ended.end) / 1000;
      expect(prompt.resetSeconds + CHECK_IN_SECONDS).toBeLessThanOrEqual(gapSeconds);
    } else {
      expect(prompt?.kind).toBe('check-out'); // too short for a reset: the one-tap check-in alone
    }
  });
});
