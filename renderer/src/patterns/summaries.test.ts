import { describe, expect, it } from 'vitest';
import type { PatternsView } from '../../../app/shared/patterns';
import { englishWords as words } from '../i18n/english';
import { arrivingSummary, helpsRows, helpsSummary, longestRunInWords, resetsSummary } from './summaries';

const days = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'].map((start) => ({
  start,
  unit: 'day' as const,
}));

const patterns = (parts: Partial<PatternsView>): PatternsView =>
  ({
    buckets: days,
    arriving: days.map(() => ({ energy: null, tension: null, answers: 0 })),
    resets: { byBucket: days.map(() => ({ taken: 0, endedEarly: 0, skipped: 0, missed: 0 })), byHour: [] },
    helps: { answers: 0, needed: 8, neededPerKind: 3, byExercise: [] },
    ...parts,
  }) as PatternsView;

describe('the sentences under the charts', () => {
  it('names a run of days when energy was lower than the week’s own average', () => {
    const energies = [7, 4, 4, 4, 7];
    const arriving = energies.map((energy) => ({ energy, tension: 3, answers: 2 }));
    expect(arrivingSummary(patterns({ arriving }), words)).toBe(
      'Energy before sessions averaged 5.2 and tension 3, from 10 check-ins; energy was lower from Tuesday to Thursday.',
    );
  });

  it('says plainly when there is nothing yet, rather than a zero', () => {
    expect(arrivingSummary(patterns({}), words)).toBe('No check-ins before sessions in this time yet.');
    expect(resetsSummary(patterns({}), words)).toBe('No resets offered in this time yet.');
  });

  it('waits for enough answers before saying what helps, and compares only kinds with enough of their own', () => {
    expect(helpsSummary(patterns({ helps: { answers: 5, needed: 8, neededPerKind: 3, byExercise: [] } }), words)).toBe(
      'This shows once you have answered “How do you feel now?” after 8 resets. So far: 5.',
    );
    const byExercise = [
      { exercise: 'silence' as const, answers: 2, averageFall: 4 },
      { exercise: 'cyclic-sighing' as const, answers: 6, averageFall: 2 },
    ];
    expect(helpsSummary(patterns({ helps: { answers: 8, needed: 8, neededPerKind: 3, byExercise } }), words)).toBe(
      'Activation fell most after Cyclic sighing: by 2 on average, across 6 answers.',
    );
  });

  it('lists the kinds with enough answers first, and the rest as too few to tell', () => {
    const byExercise = [
      { exercise: 'silence' as const, answers: 2, averageFall: 4 },
      { exercise: 'cyclic-sighing' as const, answers: 6, averageFall: 2 },
      { exercise: 'step-outside' as const, answers: 3, averageFall: 1 },
    ];
    const rows = helpsRows({ answers: 11, needed: 8, neededPerKind: 3, byExercise });
    expect(rows.map((row) => [row.exercise, row.enough])).toEqual([
      ['cyclic-sighing', true],
      ['step-outside', true],
      ['silence', false],
    ]);
  });

  it('calls a longest run of one session no run at all', () => {
    const pace = (sessions: number, date: string | null) =>
      ({ longestRun: { sessions, date } }) as unknown as PatternsView['pace'];
    expect(longestRunInWords(pace(1, '2026-11-09'), words)).toBe('None: every gap was 10 minutes or more');
    expect(longestRunInWords(pace(4, '2026-11-09'), words)).toBe('4 sessions, Monday, November 9');
    expect(longestRunInWords(pace(0, null), words)).toBe('—');
  });
});
