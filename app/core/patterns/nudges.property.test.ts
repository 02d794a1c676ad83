import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEELINGS } from '../../shared/check-in';
import type { JournalEntry } from '../../shared/domain';
import type { NudgeKind } from '../../shared/nudge-kind';
import type { DaySchedule, DiaryRecord } from '../../shared/records';
import { DEFAULT_REFLECTION } from '../../shared/settings';
import { localDateKey } from '../../shared/local-date';
import { evaluateNudges, isNewAppearance, NUDGE_NEEDS_CHECK_INS } from './nudges';

const DAY = 86_400_000;
const START = Date.parse('2026-10-05T13:00:00Z');
const ZONE = 'Europe/Paris';

const afterAnswer = fc.record({
  type: fc.constant('after' as const),
  activation: fc.integer({ min: 0, max: 10 }),
  carrying: fc.constantFrom('no' as const, 'a-little' as const, 'a-lot' as const),
  feelings: fc.uniqueArray(fc.constantFrom(...FEELINGS), { maxLength: 2 }),
  need: fc.constant('nothing' as const),
});
const beforeAnswer = fc.record({
  type: fc.constant('before' as const),
  energy: fc.integer({ min: 0, max: 10 }),
  tension: fc.integer({ min: 0, max: 10 }),
  intention: fc.constant('present'),
});
/** A check-in some minutes into the 35 days before `end`. */
const checkIn = (end: number, minAgo = 0) =>
  fc
    .record({ ago: fc.integer({ min: minAgo, max: 35 * DAY }), answers: fc.oneof(afterAnswer, beforeAnswer) })
    .map(({ ago, answers }, index = 0): JournalEntry => ({
      at: end - ago,
      promptId: `p@${end - ago}-${index}`,
      kind: answers.type === 'after' ? 'reset' : 'check-in',
      event: 'checked-in',
      answers,
    }));
const days = (end: number): DaySchedule[] =>
  Array.from({ length: 35 }, (_, ago) => {
    const start = end - ago * DAY - 4 * 3_600_000;
    // Back to back all day: the pace rule would fire if it spoke without check-ins.
    const sessions = Array.from({ length: 6 }, (_, n): [number, number] => [
      start + n * 55 * 60_000,
      start + (n + 1) * 55 * 60_000,
    ]);
    return { type: 'day', at: start, date: localDateKey(start, ZONE), sessions };
  });

describe('nudges, over random data', () => {
  it('never nudge (but for a day off) with fewer than 5 check-ins in the past week', () => {
    const end = START + 40 * DAY;
    fc.assert(
      fc.property(
        fc.array(checkIn(end, 7 * DAY + 1), { maxLength: 60 }),
        fc.array(
          checkIn(end).filter((entry) => end - entry.at <= 7 * DAY),
          { maxLength: NUDGE_NEEDS_CHECK_INS - 1 },
        ),
        (older, recent) => {
          const { nudges, waitingFor } = evaluateNudges({
            now: end,
            timeZone: ZONE,
            journal: [...older, ...recent],
            diary: [],
            days: days(end),
            people: [],
            settings: DEFAULT_REFLECTION,
            daysSinceDayOff: null,
          });
          expect(nudges).toEqual([]);
          expect(waitingFor?.have).toBeLessThan(NUDGE_NEEDS_CHECK_INS);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('show each kind at most once a week, rest it a week after "Not now", and never again after "Don\'t show"', () => {
    fc.assert(
      fc.property(
        fc.array(checkIn(START + 60 * DAY), { minLength: 80, maxLength: 200 }),
        fc.array(fc.constantFrom('ignore', 'not-now', 'never'), { minLength: 60, maxLength: 60 }),
        (journal, answers) => {
          const diary: DiaryRecord[] = [];
          const hidden: NudgeKind[] = [];
          for (let day = 0; day < 60; day++) {
            const now = START + day * DAY;
            const { nudges } = evaluateNudges({
              now,
              timeZone: ZONE,
              journal: journal.filter((entry) => entry.at <= now),
              diary,
              days: days(now),
              people: [],
              settings: { ...DEFAULT_REFLECTION, hiddenNudges: [...hidden] },
              daysSinceDayOff: { days: 10 + day, sinceRecordsBegan: false },
            });
            const shown = nudges[0];
            if (!shown) continue;
            expect(hidden).not.toContain(shown.kind);
            if (isNewAppearance(shown.kind, diary, now))
              diary.push({ type: 'nudge', at: now, kind: shown.kind, answer: 'shown' });
            const answer = answers[day]!;
            if (answer === 'not-now') diary.push({ type: 'nudge', at: now + 1, kind: shown.kind, answer });
            if (answer === 'never') {
              diary.push({ type: 'nudge', at: now + 1, kind: shown.kind, answer });
              hidden.push(shown.kind);
            }
          }
          const appearances = new Map<NudgeKind, number[]>();
          for (const record of diary) {
            if (record.type !== 'nudge' || record.answer !== 'shown') continue;
            const times = appearances.get(record.kind) ?? [];
            if (times.length > 0) expect(record.at - times.at(-1)!).toBeGreaterThan(7 * DAY);
            appearances.set(record.kind, [...times, record.at]);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
