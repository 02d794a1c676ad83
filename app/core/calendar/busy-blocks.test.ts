import { describe, expect, it } from 'vitest';
import { mergeBusyBlocks, withGaps } from './busy-blocks';

const block = (start: number, end: number) => ({ start, end });

describe('busy blocks', () => {
  it('merges overlapping and touching appointments, in any order, and leaves gaps alone', () => {
    expect(mergeBusyBlocks([block(60, 90), block(0, 50), block(50, 55), block(40, 45), block(100, 120)])).toEqual([
      block(0, 55),
      block(60, 90),
      block(100, 120),
    ]);
  });

  it('gives each block its gap to the next', () => {
    expect(withGaps([block(0, 50), block(60, 110), block(115, 165)]).map((b) => b.gapAfterMs)).toEqual([10, 5, null]);
  });
});
