/** Which calendar events count as sessions. */
export interface SessionRule {
  minMinutes: number;
  maxMinutes: number;
  /** If any are given, only events whose title contains one of them count. Matched in memory, never stored. */
  includeKeywords: string[];
  /** Events whose title contains one of these never count. */
  excludeKeywords: string[];
}

export const DEFAULT_SESSION_RULE: SessionRule = {
  minMinutes: 20,
  maxMinutes: 120,
  includeKeywords: [],
  excludeKeywords: [],
};

export type IgnoredReason = 'allDay' | 'free' | 'cancelled' | 'outOfRange' | 'excluded';
export type IgnoredCounts = Record<IgnoredReason, number>;

export function emptyIgnored(): IgnoredCounts {
  return { allDay: 0, free: 0, cancelled: 0, outOfRange: 0, excluded: 0 };
}

/** A title test for the rule's keywords, built once per calendar; titles are never kept. */
export function keywordMatcher(rule: SessionRule): (title: string | undefined) => boolean {
  const exclude = rule.excludeKeywords.map((word) => word.trim().toLowerCase()).filter((word) => word !== '');
  const include = rule.includeKeywords.map((word) => word.trim().toLowerCase()).filter((word) => word !== '');
  if (exclude.length === 0 && include.length === 0) return () => true;
  return (title) => {
    const lower = (title ?? '').toLowerCase();
    if (exclude.some((word) => lower.includes(word))) return false;
    return include.length === 0 || include.some((word) => lower.includes(word));
  };
}
