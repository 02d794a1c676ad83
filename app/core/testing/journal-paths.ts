import type { JournalEntry } from '../../shared/domain';
import { isEnding } from '../prompt-lifecycle';

/**
 * Whether one prompt's journal entries are a path the prompt lifecycle can take. Returns what is
 * wrong, in words; empty when the path is valid.
 * - It starts with an offer, or with an ending that needs none (missed, or expired unseen).
 * - At most one ending, and nothing after it; a "missed while asleep" undone by a clock set back
 *   (a later entry stamped earlier) does not count.
 * - No start after a skip, and no completion without a start since the last offer.
 * - "How do you feel now?" only after a completed reset.
 */
export function pathProblems(entries: readonly JournalEntry[]): string[] {
  const problems: string[] = [];
  const id = entries[0]?.promptId ?? '(none)';
  let offered = false;
  let started = false;
  let ended: JournalEntry | null = null;
  for (const [index, entry] of entries.entries()) {
    const undone =
      ended?.event === 'missed' &&
      ended.reason !== 'overrun' &&
      entries.slice(index).some((later) => later.at < ended!.at);
    // "How do you feel now?" comes after a completed reset, and only then.
    if (entry.event === 'felt') {
      if (ended?.event !== 'completed') problems.push(`${id}: a feeling recorded without a finished reset`);
      continue;
    }
    if (ended && !undone) {
      problems.push(`${id}: ${entry.event} after it ended (${ended.event})`);
      continue;
    }
    if (undone) ended = null;
    switch (entry.event) {
      case 'offered':
        offered = true;
        started = false;
        break;
      case 'snoozed':
        if (!offered) problems.push(`${id}: snoozed without an offer`);
        offered = false;
        break;
      case 'started':
        if (!offered) problems.push(`${id}: started without an offer`);
        started = true;
        break;
      case 'completed':
        if (!started) problems.push(`${id}: completed without a start`);
        break;
      case 'checked-in':
      case 'skipped':
        if (!offered) problems.push(`${id}: ${entry.event} without an offer`);
        if (started && entry.event === 'skipped') problems.push(`${id}: skipped after it started`);
        break;
      case 'replaced':
        if (!offered) problems.push(`${id}: replaced without an offer`);
        break;
      case 'missed':
      case 'expired':
        break;
    }
    if (isEnding(entry)) ended = entry;
  }
  return problems;
}

/** Every prompt's path in a journal, checked. */
export function journalProblems(journal: readonly JournalEntry[]): string[] {
  const byPrompt = new Map<string, JournalEntry[]>();
  for (const entry of journal) byPrompt.set(entry.promptId, [...(byPrompt.get(entry.promptId) ?? []), entry]);
  return [...byPrompt.values()].flatMap(pathProblems);
}
