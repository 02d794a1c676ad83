export interface TimeBlock {
  start: number;
  end: number;
}

/** Overlapping or touching blocks become one: back-to-back appointments are one busy stretch. */
export function mergeBusyBlocks<T extends TimeBlock>(blocks: readonly T[]): TimeBlock[] {
  const sorted = [...blocks].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TimeBlock[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Each block with the time until the next one starts (null for the last). */
export function withGaps<T extends TimeBlock>(blocks: readonly T[]): (T & { gapAfterMs: number | null })[] {
  return blocks.map((block, index) => {
    const next = blocks[index + 1];
    return { ...block, gapAfterMs: next ? next.start - block.end : null };
  });
}
