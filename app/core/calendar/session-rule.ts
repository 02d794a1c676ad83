/** Which calendar events count as sessions. */
export interface SessionRule {
  minMinutes: number;
  maxMinutes: number;
  /** If any are given, only events whose title contains one of them count. Matched in memory, never stored. */
  includeKeywords: string[];
  /** Events whose title contains one of these never count. */
  excludeKeywords: string[];
}

export const DEFAULT_SESSION_RULE: SessionRule = { minMinutes: 20, maxMinutes: 120, includeKeywords: [], excludeKeywords: [] };

export type IgnoredReason = 'allDay' | 'free' | 'cancelled' | 'outOfRange' | 'excluded';
export type IgnoredCounts = Record<IgnoredReason, number>;

export function emptyIgnored(): IgnoredCounts {
  return { allDay: 0, free: 0, cancelled: 0, outOfRange: 0, excluded: 0 };
}

export function matchesKeywords(title: string | undefined, rule: SessionRule): boolean {
  const lower = (title ?? '').toLowerCase();
  if (rule.excludeKeywords.some((word) => word.trim() !== '' && lower.includes(word.toLowerCase()))) return false;
  const include = rule.includeKeywords.filter((word) => word.trim() !== '');
  return include.length === 0 || include.some((word) => lower.includes(word.toLowerCase()));
}
