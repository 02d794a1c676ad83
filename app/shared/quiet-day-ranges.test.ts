import { describe, expect, it } from 'vitest';
import { daysIn, mergeRanges, pastRanges } from './quiet-day-ranges';

describe('days off ranges', () => {
  it('joins overlapping and back-to-back ranges, and sorts them', () => {
    expect(
      mergeRanges([
        { from: '2026-12-28', to: '2027-01-02' },
        { from: '2026-12-24', to: '2026-12-29' },
        { from: '2027-01-03', to: '2027-01-04' },
        { from: '2027-02-10', to: '2027-02-10' },
      ]),
    ).toEqual([
      { from: '2026-12-24', to: '2027-01-04' },
      { from: '2027-02-10', to: '2027-02-10' },
    ]);
  });

  it('keeps apart ranges with a day between them, and a range inside another adds nothing', () => {
    expect(
      mergeRanges([
        { from: '2026-12-01', to: '2026-12-02' },
        { from: '2026-12-04', to: '2026-12-05' },
      ]),
    ).toHaveLength(2);
    expect(
      mergeRanges([
        { from: '2026-12-01', to: '2026-12-31' },
        { from: '2026-12-10', to: '2026-12-12' },
      ]),
    ).toEqual([{ from: '2026-12-01', to: '2026-12-31' }]);
  });

  it('joins across the end of a month and of February in a leap year', () => {
    expect(
      mergeRanges([
        { from: '2028-02-20', to: '2028-02-29' },
        { from: '2028-03-01', to: '2028-03-02' },
      ]),
    ).toEqual([{ from: '2028-02-20', to: '2028-03-02' }]);
  });

  it('counts both ends, across a change of clocks', () => {
    expect(daysIn({ from: '2026-12-24', to: '2026-12-24' })).toBe(1);
    expect(daysIn({ from: '2026-03-01', to: '2026-03-31' })).toBe(31);
    expect(daysIn({ from: '2026-01-01', to: '2030-12-31' })).toBe(1826);
  });

  it('finds the ranges wholly in the past', () => {
    const ranges = [
      { from: '2026-11-01', to: '2026-11-03' },
      { from: '2026-11-30', to: '2026-12-02' },
      { from: '2026-12-24', to: '2026-12-26' },
    ];
    expect(pastRanges(ranges, '2026-12-02')).toEqual([ranges[0]]);
  });
});
