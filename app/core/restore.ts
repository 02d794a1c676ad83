import type { ActivePrompt, JournalEntry } from '../shared/domain';
import type { Moment } from './moment';
import { isEnding, resumeFromJournal } from './prompt-lifecycle';

/** Far enough back to find anything still open at a restart: no prompt's window is longer than a day. */
const LOOK_BACK_MS = 2 * 24 * 3_600_000;

/**
 * At start-up: the prompt that was on screen comes back where the user left it, if its time is
 * not up; every other prompt the journal leaves open (its session removed, a request from the
 * tray, a window that closed while Interlude was not running) is closed, so no record stays open.
 */
export function restoreOnStart(
  moment: Moment,
  journal: readonly JournalEntry[],
): { resume: ActivePrompt | null; close: JournalEntry[] } {
  const { now } = moment;
  const recent = journal.filter((entry) => entry.at >= now - LOOK_BACK_MS);
  const lastOf = new Map<string, JournalEntry>();
  for (const entry of recent) {
    const isStep =
      entry.event === 'checked-in' ? !isEnding(entry) : entry.event === 'skipped' && entry.part !== undefined;
    if (!isStep) lastOf.set(entry.promptId, entry);
  }
  const open = [...lastOf.values()]
    .filter((entry) => entry.event === 'offered' || entry.event === 'started')
    .sort((a, b) => a.at - b.at);
  const planned = new Map(moment.plan.prompts.map(({ prompt }) => [prompt.id, prompt]));
  let resume: ActivePrompt | null = null;
  const close: JournalEntry[] = [];
  for (const entry of open.reverse()) {
    const prompt = planned.get(entry.promptId);
    const candidate: ActivePrompt | null =
      !resume && prompt && now < prompt.expiresAt && !moment.insideSession(now)
        ? resumeFromJournal(prompt, recent, now)
        : null;
    if (candidate) resume = candidate;
    else close.push({ at: now, promptId: entry.promptId, kind: entry.kind, event: 'expired' });
  }
  return { resume, close };
}
