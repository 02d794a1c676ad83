import { describe, expect, it } from 'vitest';
import type { JournalEntry, Session } from '../shared/domain';
import { DEFAULT_SETTINGS } from '../shared/settings';
import {
  candidatePrompts,
  checkInPromptId,
  planPrompts,
  postSessionPromptId as resetPromptId,
  promptStatus,
} from './planner';

const at = (hhmm: string) => Date.parse(`2026-11-25T${hhmm}:00Z`);
const session = (start: string, end: string): Session => ({ start: at(start), end: at(end), source: 'template' });
const sessions = [session('09:00', '09:50'), session('10:00', '10:50'), session('10:50', '11:40')];
const sameDay = () => true;
const plan = (
  now: number,
  journal: JournalEntry[] = [],
  pause = null as { from: number; until: number | null } | null,
) => planPrompts({ sessions, settings: DEFAULT_SETTINGS, journal, pause, now, sameDay });

describe('planner', () => {
  it('offers a check-in at start minus the lead and a reset at each end', () => {
    const prompts = candidatePrompts(sessions, DEFAULT_SETTINGS, sameDay);
    const first = prompts.find((p) => p.id === checkInPromptId(sessions[0]!))!;
    expect(first.dueAt).toBe(at('08:58'));
    expect(first.expiresAt).toBe(at('09:00'));
    const reset = prompts.find((p) => p.id === resetPromptId(sessions[0]!))!;
    expect(reset.dueAt).toBe(at('09:50'));
    expect(reset.expiresAt).toBe(at('09:58')); // closes when the next check-in is due
    expect(reset.resetSeconds).toBe(180);
  });

  it('never places a check-in inside the previous session, nor anything between back-to-back sessions', () => {
    const prompts = candidatePrompts(sessions, DEFAULT_SETTINGS, sameDay);
    expect(prompts.find((p) => p.id === checkInPromptId(sessions[2]!))).toBeUndefined();
    expect(prompts.find((p) => p.id === resetPromptId(sessions[1]!))).toBeUndefined();
    for (const prompt of prompts) {
      for (const s of sessions) expect(prompt.dueAt >= s.start && prompt.dueAt < s.end).toBe(false);
    }
  });

  it('returns what is due now and the next deadline', () => {
    expect(plan(at('09:49')).due).toEqual([]);
    expect(plan(at('09:49')).nextDeadline).toBe(at('09:50'));
    const due = plan(at('09:50')).due;
    expect(due.map((p) => p.id)).toEqual([resetPromptId(sessions[0]!)]);
    expect(plan(at('09:58')).due.map((p) => p.kind)).toEqual(['check-in']); // the reset's window has closed
  });

  it('does not return a prompt again once offered, and expires it when its window closes', () => {
    const id = resetPromptId(sessions[0]!);
    const journal: JournalEntry[] = [{ at: at('09:50'), promptId: id, kind: 'reset', event: 'offered' }];
    expect(plan(at('09:51'), journal).due).toEqual([]);
    expect(plan(at('09:51'), journal).nextDeadline).toBe(at('09:58'));
    expect(plan(at('09:58'), journal).expired.map((p) => p.id)).toEqual([id]);
  });

  it('re-offers a snoozed prompt when the snooze ends', () => {
    const id = resetPromptId(sessions[0]!);
    const journal: JournalEntry[] = [
      { at: at('09:50'), promptId: id, kind: 'reset', event: 'offered' },
      { at: at('09:51'), promptId: id, kind: 'reset', event: 'snoozed', until: at('09:56') },
    ];
    expect(plan(at('09:52'), journal).nextDeadline).toBe(at('09:56'));
    expect(plan(at('09:56'), journal).due.map((p) => [p.id, p.dueAt])).toEqual([[id, at('09:56')]]);
  });

  it('offers nothing whose moment falls inside a pause', () => {
    const pause = { from: at('09:30'), until: at('09:55') };
    expect(plan(at('09:50'), [], pause).due).toEqual([]);
    expect(plan(at('09:50'), [], pause).nextDeadline).toBe(at('09:55'));
    expect(plan(at('09:58'), [], pause).due.map((p) => p.kind)).toEqual(['check-in']);
  });

  it('ignores prompts that were closed', () => {
    const id = resetPromptId(sessions[0]!);
    for (const event of ['skipped', 'expired'] as const) {
      const journal: JournalEntry[] = [{ at: at('09:50'), promptId: id, kind: 'reset', event }];
      expect(plan(at('09:51'), journal).due).toEqual([]);
    }
  });
});

describe("a reset's own check-in", () => {
  const reset = {
    id: 'after@x',
    kind: 'reset' as const,
    dueAt: 0,
    expiresAt: 8 * 60_000,
    session: null,
    resetSeconds: 180,
  };
  const base = { at: 1, promptId: 'after@x', kind: 'reset' as const };
  it('leaves the reset on offer, answered or skipped', () => {
    expect(
      promptStatus(reset, [
        { ...base, event: 'offered' },
        { ...base, event: 'checked-in' },
      ]),
    ).toEqual({ state: 'offered' });
    expect(
      promptStatus(reset, [
        { ...base, event: 'offered' },
        { ...base, event: 'skipped', part: 'check-in' },
      ]),
    ).toEqual({ state: 'offered' });
    expect(
      promptStatus(reset, [
        { ...base, event: 'offered' },
        { ...base, event: 'skipped' },
      ]),
    ).toEqual({ state: 'closed', outcome: 'skipped' });
  });

  it('closes a check-in prompt when answered', () => {
    const checkIn = { ...reset, id: 'check-in@x', kind: 'check-in' as const };
    expect(
      promptStatus(checkIn, [
        { ...base, kind: 'check-in', event: 'offered' },
        { ...base, kind: 'check-in', event: 'checked-in' },
      ]),
    ).toEqual({ state: 'closed', outcome: 'checked-in' });
  });
});
