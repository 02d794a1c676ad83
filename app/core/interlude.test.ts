import { describe, expect, it } from 'vitest';
import { parseRequest } from '../shared/contract';
import { DEFAULT_AFTER } from '../shared/check-in';
import { EXERCISES } from '../shared/exercises';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { Interlude, PAUSE_DOCUMENT, SETTINGS_DOCUMENT } from './interlude';
import { englishWords } from './testing/english';
import { journalOf } from './testing/journal-on-disk';
import { MemoryStore } from './testing/memory-store';
import { RecordingShell, silentLog } from './testing/recording-shell';
import { startedCore } from './testing/started-core';
import { VirtualTime } from './testing/virtual-time';

const at = (local: string) => Date.parse(`${local}Z`);

const boot = startedCore;

describe('Interlude core with the watcher', () => {
  it('fires the reset prompt at the instant the session ends, and only once', async () => {
    const time = new VirtualTime(at('2026-11-25T09:40:00'));
    const { core, shell } = await boot(time);
    time.advanceTo(at('2026-11-25T09:49:59.999'));
    expect(shell.notifications).toHaveLength(0);
    time.advanceTo(at('2026-11-25T09:50:00'));
    expect(shell.notifications.map((n) => n.title)).toEqual(['Your session has ended']);
    expect(shell.calls.at(-2)).toEqual({ type: 'show-prompt' });
    const fireTime = time.now();
    expect(fireTime).toBe(at('2026-11-25T09:50:00'));
    time.advanceTo(at('2026-11-25T09:57:00'));
    expect(shell.notifications).toHaveLength(1);
    core.stop();
  });

  it('does not fire a prompt twice across a restart', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const first = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:30'));
    expect(first.shell.notifications).toHaveLength(1);
    await first.core.flushed();
    first.core.stop();

    const second = await boot(time, first.store);
    time.advanceTo(at('2026-11-25T09:55:00'));
    expect(second.shell.notifications).toHaveLength(0);
    // The prompt is still open, so it is back on screen without a second notification.
    expect(second.core.snapshot().activePrompt?.prompt.kind).toBe('reset');
    time.advanceTo(at('2026-11-25T09:58:00'));
    expect(second.shell.notifications.map((n) => n.kind)).toEqual(['check-in']);
    second.core.stop();
  });

  it('records start and completion with the seconds done', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, store } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    const promptId = core.snapshot().activePrompt!.prompt.id;
    expect(await core.handlers.respondToPrompt({ promptId, action: 'start' })).toEqual({ ok: true });
    time.advance(70_000);
    expect(
      await core.handlers.finishExercise({
        promptId,
        exercise: 'resonance-breathing',
        secondsDone: 70,
        endedEarly: true,
      }),
    ).toEqual({ ok: true });
    await core.flushed();
    const events = journalOf(store).map((entry) => entry.event);
    expect(events).toEqual(['offered', 'started', 'completed']);
    expect(journalOf(store)[2]).toMatchObject({ secondsDone: 70, plannedSeconds: 180, endedEarly: true });
    // Ended early is not finished: the timeline says which it was.
    expect(core.snapshot().today[0]!.reset).toBe('ended-early');
    core.stop();
  });

  it('snoozes for five minutes and offers again, and a skip is final', async () => {
    const time = new VirtualTime(at('2026-11-25T10:49:00'));
    const { core, shell, store } = await boot(time);
    time.advanceTo(at('2026-11-25T10:50:00'));
    const promptId = core.snapshot().activePrompt!.prompt.id;
    await core.handlers.respondToPrompt({ promptId, action: 'snooze' });
    expect(core.snapshot().activePrompt).toBeNull();
    time.advanceTo(at('2026-11-25T10:54:59'));
    expect(shell.notifications).toHaveLength(1);
    time.advanceTo(at('2026-11-25T10:55:00'));
    expect(shell.notifications).toHaveLength(2);
    await core.handlers.respondToPrompt({ promptId, action: 'skip' });
    time.advanceTo(at('2026-11-25T10:57:59'));
    expect(shell.notifications).toHaveLength(2);
    await core.flushed();
    expect(journalOf(store).map((e) => e.event)).toEqual(['offered', 'snoozed', 'offered', 'skipped']);
    core.stop();
  });

  it('re-offers 5 minutes later when the session runs over, and drops it quietly once the next is near', async () => {
    const time = new VirtualTime(at('2026-11-25T10:49:00'));
    const { core, shell, store } = await boot(time);
    time.advanceTo(at('2026-11-25T10:50:00'));
    const promptId = core.snapshot().activePrompt!.prompt.id;
    await core.handlers.respondToPrompt({ promptId, action: 'overrun' });
    time.advanceTo(at('2026-11-25T10:55:00'));
    expect(shell.notifications).toHaveLength(2);
    // 11:00 would be past the next check-in (10:58), so the reset is recorded as missed.
    await core.handlers.respondToPrompt({ promptId, action: 'overrun' });
    time.advanceTo(at('2026-11-25T10:57:59'));
    expect(shell.notifications).toHaveLength(2);
    await core.flushed();
    const events = journalOf(store).map((e) =>
      e.event === 'snoozed' || e.event === 'missed' ? `${e.event}:${e.reason}` : e.event,
    );
    expect(events).toEqual(['offered', 'snoozed:overrun', 'offered', 'missed:overrun']);
    core.stop();
  });

  it('pauses until resumed, across a restart, and resumes from the tray', async () => {
    const time = new VirtualTime(at('2026-11-25T09:30:00'));
    const first = await boot(time);
    await first.core.handleTrayAction({ type: 'pause', for: 'until-resumed' });
    first.core.stop();
    const second = await boot(time, first.store);
    expect(second.core.snapshot().pause).toEqual({ from: at('2026-11-25T09:30:00'), until: null });
    time.advanceTo(at('2026-11-25T13:00:00'));
    expect(second.shell.notifications).toHaveLength(0);
    expect(second.shell.lastTray?.items.map((item) => ('text' in item ? item.text : ''))).toContain('Resume prompts');
    await second.core.handleTrayAction({ type: 'resume' });
    time.advanceTo(at('2026-11-25T13:50:00'));
    expect(second.shell.notifications).toHaveLength(1);
    second.core.stop();
  });

  it('answers a response to a prompt that is not waiting with a clear refusal and changes nothing', async () => {
    const time = new VirtualTime(at('2026-11-25T10:00:00'));
    const { core, store } = await boot(time);
    const refused = await core.handlers.respondToPrompt({ promptId: 'reset@nope', action: 'start' });
    expect(refused.ok).toBe(false);
    expect(englishWords.say(refused.message!)).toBe('That prompt is no longer waiting.');
    expect(journalOf(store)).toEqual([]);
    core.stop();
  });

  it('wakes at most 60 times an hour over a clinic day, and never at 1 Hz', async () => {
    const time = new VirtualTime(at('2026-11-25T08:00:00'));
    const { core } = await boot(time);
    const counts: number[] = [];
    for (let hour = 0; hour < 10; hour++) {
      const before = core.wakeCount;
      time.advance(3_600_000);
      counts.push(core.wakeCount - before);
    }
    expect(Math.max(...counts)).toBeLessThanOrEqual(60);
    expect(Math.max(...time.delays)).toBeLessThanOrEqual(60_000);
    core.stop();
  });

  it('wakes at most once an hour overnight, with no sessions left today', async () => {
    const time = new VirtualTime(Date.parse('2026-11-26T02:00:00Z'), 'America/Los_Angeles'); // 18:00 in Los Angeles
    const { core } = await boot(time);
    const counts: number[] = [];
    for (let hour = 0; hour < 13; hour++) {
      const before = core.wakeCount;
      time.advance(3_600_000);
      counts.push(core.wakeCount - before);
    }
    expect(Math.max(...counts)).toBeLessThanOrEqual(1);
    expect(Math.max(...time.delays)).toBeLessThanOrEqual(60_000);
    core.stop();
  });

  it('changes the tray at most once a minute, and only when its words change', async () => {
    const time = new VirtualTime(at('2026-11-25T08:00:00'));
    const updates: { at: number; text: string; state: string }[] = [];
    class TimedShell extends RecordingShell {
      override setTrayMenu(model: Parameters<RecordingShell['setTrayMenu']>[0]): void {
        updates.push({ at: time.now(), text: JSON.stringify(model), state: model.state });
        super.setTrayMenu(model);
      }
    }
    const core = new Interlude({
      clock: time,
      timers: time,
      store: new MemoryStore(),
      shell: new TimedShell(),
      log: silentLog,
    });
    await core.start();
    time.advance(10 * 3_600_000);
    expect(updates.length).toBeGreaterThan(10);
    for (let i = 1; i < updates.length; i++) {
      expect(updates[i]!.text).not.toBe(updates[i - 1]!.text);
      // A prompt appearing or being answered may change the tray within the minute; the clock alone may not.
      const minuteApart = updates[i]!.at - updates[i - 1]!.at >= 60_000;
      const promptChanged = updates[i]!.state !== updates[i - 1]!.state;
      expect(minuteApart || promptChanged).toBe(true);
    }
    core.stop();
  });

  it('gives no prompts on a quiet day, and says so in the tray', async () => {
    const time = new VirtualTime(at('2026-11-25T08:00:00'));
    const store = new MemoryStore();
    store.documents.set(
      SETTINGS_DOCUMENT,
      JSON.stringify({
        ...DEFAULT_SETTINGS,
        quietDays: { ranges: [{ from: '2026-11-25', to: '2026-11-25' }], outOfOfficeFromCalendar: false },
      }),
    );
    const { core, shell } = await boot(time, store);
    time.advance(12 * 3_600_000);
    expect(shell.notifications).toEqual([]);
    expect(
      shell.lastTray?.items.some((item) => item.kind === 'label' && item.text === 'A quiet day: no prompts today'),
    ).toBe(true);
    expect(core.snapshot().quietToday).toBe(true);
    // The next morning is a working day again.
    time.advanceTo(at('2026-11-26T09:50:00'));
    expect(shell.notifications.map((n) => n.kind)).toEqual(['check-in', 'reset']);
    core.stop();
  });

  it('follows a time zone a window reports, re-planning the template in the new zone at once', async () => {
    class FollowingTime extends VirtualTime {
      followTimeZone(zone: string): void {
        this.setTimeZone(zone);
      }
    }
    // 08:00 in Los Angeles is 11:00 in New York, where the 11:00 session has begun.
    const time = new FollowingTime(Date.parse('2026-11-25T16:00:00Z'), 'America/Los_Angeles');
    const { core, shell } = await boot(time);
    expect(shell.lastTray?.state).toBe('idle');
    expect(() => parseRequest('reportTimeZone', { timeZone: 'Mars/Olympus' })).toThrow('Not a time zone.');
    void core.handlers.reportTimeZone({ timeZone: 'America/New_York' });
    expect(time.timeZone()).toBe('America/New_York');
    expect(shell.lastTray?.state).toBe('in-session');
    expect(shell.lastTray?.tooltip).toBe('Interlude · In session until 11:50 AM');
    core.stop();
  });

  it('notices a deadline missed during sleep within 60 seconds of waking', async () => {
    const time = new VirtualTime(at('2026-11-25T09:45:00'));
    const { core, shell } = await boot(time);
    time.sleep(6 * 60_000); // asleep through 09:50
    expect(shell.notifications).toHaveLength(0);
    time.advance(60_000);
    expect(shell.notifications).toHaveLength(1);
    core.stop();
  });

  it('records a prompt slept through as missed, and does not show it late', async () => {
    const time = new VirtualTime(at('2026-11-25T09:45:00'));
    const { core, shell, store } = await boot(time);
    time.sleep(14 * 60_000); // 09:45 → 09:59: the 09:50 reset's window (to 09:58) passed unseen
    core.replan('resume');
    expect(shell.notifications.map((n) => n.kind)).toEqual(['check-in']); // 09:58 check-in is still open
    await core.flushed();
    expect(journalOf(store).find((e) => e.event === 'missed')).toMatchObject({
      promptId: 'after@2026-11-25T09:50:00.000Z',
      reason: 'asleep',
    });
    core.stop();
  });

  it('re-plans at once when told the system resumed', async () => {
    const time = new VirtualTime(at('2026-11-25T09:45:00'));
    const { core, shell } = await boot(time);
    time.sleep(6 * 60_000);
    core.replan();
    expect(shell.notifications).toHaveLength(1);
    core.stop();
  });

  it('pauses from the tray, suppressing prompts, and the pause survives a restart and ends by itself', async () => {
    const time = new VirtualTime(at('2026-11-25T09:30:00'));
    const first = await boot(time);
    await first.core.handleTrayAction({ type: 'pause', for: 'hour' });
    expect(first.shell.lastTray?.state).toBe('paused');
    first.core.stop();
    const second = await boot(time, first.store);
    expect(second.core.snapshot().pause).toEqual({ from: at('2026-11-25T09:30:00'), until: at('2026-11-25T10:30:00') });
    time.advanceTo(at('2026-11-25T10:31:00'));
    expect(second.shell.notifications).toHaveLength(0);
    expect(second.core.snapshot().pause).toBeNull();
    time.advanceTo(at('2026-11-25T10:50:00'));
    expect(second.shell.notifications).toHaveLength(1);
    second.core.stop();
  });

  it('uses defaults and keeps the damaged file when settings are corrupt', async () => {
    const store = new MemoryStore();
    store.documents.set(SETTINGS_DOCUMENT, '{"version":1,"template":');
    store.documents.set(PAUSE_DOCUMENT, 'null');
    const { core } = await boot(new VirtualTime(at('2026-11-25T08:00:00')), store);
    const state = core.snapshot();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(englishWords.say(state.notices[0]!)).toBe(
      'Your settings file could not be read, so Interlude is using its defaults. The old file was kept as settings.json.damaged-1.',
    );
    expect(store.documents.get('settings.json.damaged-1')).toBe('{"version":1,"template":');
    core.stop();
  });

  it('rejects impossible settings with field messages and keeps the old ones', async () => {
    const { core, store } = await boot(new VirtualTime(at('2026-11-25T08:00:00')));
    const bad = {
      ...DEFAULT_SETTINGS,
      template: {
        ...DEFAULT_SETTINGS.template,
        days: [{ ...DEFAULT_SETTINGS.template.days[0]!, start: '18:00' }],
        sessionMinutes: 90,
      },
    };
    const result = await core.handlers.updateSettings(bad);
    expect(result.ok).toBe(false);
    // One message for each field, so the form's count matches what it shows.
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'template.days.0.end',
      'template.sessionMinutes',
    ]);
    expect(store.documents.has(SETTINGS_DOCUMENT)).toBe(false);
    expect(core.snapshot().settings).toEqual(DEFAULT_SETTINGS);
    core.stop();
  });

  it('opens a check-in from the tray on request, focused, and records the answer', async () => {
    const time = new VirtualTime(at('2026-11-25T10:40:00'));
    const { core, shell, store } = await boot(time);
    await core.handleTrayAction({ type: 'check-in-now' });
    const active = core.snapshot().activePrompt!;
    expect(active.prompt.kind).toBe('check-in'); // the 11:00 session is 20 minutes away
    expect(shell.calls.at(-2)).toEqual({ type: 'show-prompt', focus: true });
    const answers = { type: 'before' as const, energy: 6, tension: 2, intention: 'curious' };
    // An after-session answer to a before-session check-in is refused and changes nothing.
    expect(
      await core.handlers.saveCheckIn({ promptId: active.prompt.id, answers: { ...DEFAULT_AFTER } }),
    ).toMatchObject({ ok: false });
    expect(await core.handlers.saveCheckIn({ promptId: active.prompt.id, answers })).toEqual({ ok: true });
    await core.flushed();
    expect(journalOf(store).map((entry) => entry.event)).toEqual(['offered', 'checked-in']);
    expect(journalOf(store)[1]).toMatchObject({ answers });
    expect(core.snapshot().activePrompt).toBeNull();
    core.stop();
  });

  it('keeps a reset waiting after its check-in, suggests from the answers, and starts the exercise the user picks', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, store } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    const { id: promptId } = core.snapshot().activePrompt!.prompt;
    await core.handlers.saveCheckIn({ promptId, answers: { ...DEFAULT_AFTER, carrying: 'a-lot' } });
    expect(core.snapshot().activePrompt?.stage).toBe('offer');
    // No exercise named: the one the check-in points to.
    expect(await core.handlers.respondToPrompt({ promptId, action: 'start' })).toEqual({ ok: true });
    expect(core.snapshot().activePrompt).toMatchObject({ stage: 'exercise', exercise: 'hand-on-heart' });
    await core.flushed();
    expect(journalOf(store).map((entry) => [entry.event, 'exercise' in entry ? entry.exercise : null])).toEqual([
      ['offered', null],
      ['checked-in', null],
      ['started', 'hand-on-heart'],
    ]);
    core.stop();
  });

  it('withdraws a reset whose check-in was answered, once its window closes, before the next session', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, shell, store } = await boot(time);
    const answered = { ...DEFAULT_AFTER };
    time.advanceTo(at('2026-11-25T09:50:00'));
    const { id: promptId, expiresAt } = core.snapshot().activePrompt!.prompt;
    await core.handlers.saveCheckIn({ promptId, answers: answered });
    // Still on offer, and the dashboard says so.
    expect(core.snapshot().today.find((session) => session.end === at('2026-11-25T09:50:00'))?.reset).toBe('offered');
    time.advanceTo(expiresAt);
    // The reset is gone; the next session's check-in, due at the same moment, has taken its place.
    expect(core.snapshot().activePrompt?.prompt).toMatchObject({ kind: 'check-in', dueAt: expiresAt });
    expect(shell.notifications.map((n) => n.kind)).toEqual(['reset', 'check-in']);
    await core.flushed();
    expect(journalOf(store).map((entry) => entry.event)).toEqual(['offered', 'checked-in', 'expired', 'offered']); // then the 10:00 check-in
    core.stop();
  });

  it('withdraws a check-in the user asked for once its ten minutes are up', async () => {
    const time = new VirtualTime(at('2026-11-25T10:05:00'));
    const { core } = await boot(time);
    await core.handleTrayAction({ type: 'check-in-now' });
    expect(core.snapshot().activePrompt?.prompt.kind).toBe('check-out');
    time.advance(10 * 60_000);
    expect(core.snapshot().activePrompt).toBeNull();
    core.stop();
  });

  it('starts any exercise straight from the tray', async () => {
    const time = new VirtualTime(at('2026-11-25T10:52:00'));
    const { core, shell } = await boot(time);
    const quick = shell.lastTray!.items.find((item) => item.kind === 'submenu' && item.id === 'quick-reset');
    expect(quick?.kind === 'submenu' ? quick.items.map((item) => ('text' in item ? item.text : '')) : []).toEqual(
      EXERCISES.map((exercise) => englishWords.say(exercise.name)),
    );
    await core.handleTrayAction({ type: 'start-reset', exercise: 'seated-stretch' });
    expect(core.snapshot().activePrompt).toMatchObject({ stage: 'exercise', exercise: 'seated-stretch' });
    core.stop();
  });

  it('opens the prompt, focused, when its notification is clicked, and ignores a click on one that has gone', async () => {
    const time = new VirtualTime(at('2026-11-25T09:49:00'));
    const { core, shell } = await boot(time);
    time.advanceTo(at('2026-11-25T09:50:00'));
    const { promptId } = shell.notifications[0]!;
    await core.respondToNotification(promptId, 'open');
    expect(shell.calls.at(-1)).toEqual({ type: 'show-prompt', focus: true });
    await core.handlers.respondToPrompt({ promptId, action: 'skip' });
    const before = shell.calls.length;
    await core.respondToNotification(promptId, 'start');
    expect(shell.calls.length).toBe(before);
    expect(core.snapshot().activePrompt).toBeNull();
    core.stop();
  });

  it('builds the tray menu from the schedule', async () => {
    const time = new VirtualTime(at('2026-11-25T13:52:00'));
    const { core, shell } = await boot(time);
    const labels = (shell.lastTray?.items ?? []).flatMap((item) => ('text' in item ? [item.text] : []));
    expect(labels).toEqual([
      'Next session 2:00 PM · in 8 min',
      'Start a 3-minute reset',
      'Check in now',
      'Note a moment that mattered…',
      'Pause prompts',
      'Open Interlude',
      'Patterns',
      'Settings…',
      'Quit Interlude',
    ]);
    time.advanceTo(at('2026-11-25T14:10:00'));
    expect(shell.lastTray?.items[0]).toMatchObject({ text: 'In session until 2:50 PM' });
    core.stop();
  });
});
