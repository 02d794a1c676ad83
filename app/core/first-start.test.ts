import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { LoginItemSwitch, type LoginItem } from './login-item';
import { FIRST_START_DOCUMENT, SETTINGS_DOCUMENT } from './preferences';
import { englishWords } from './testing/english';
import { MemoryStore } from './testing/memory-store';
import { silentLog } from './testing/recording-shell';
import { startedCore } from './testing/started-core';
import { VirtualTime } from './testing/virtual-time';

// Wednesday, 8:27 PM UTC: every session of the default week has ended.
const EVENING = Date.parse('2026-11-25T20:27:00Z');

describe('the first day', () => {
  it('marks the sessions that ended before Interlude first ran, rather than as missed resets', async () => {
    const { core, store } = await startedCore(new VirtualTime(EVENING, 'UTC'));
    const state = core.snapshot();
    expect(state.firstStartedAt).toBe(EVENING);
    expect(state.today).toHaveLength(7);
    expect(state.today.every((session) => session.reset === 'before-start')).toBe(true);
    expect(JSON.parse(store.documents.get(FIRST_START_DOCUMENT)!)).toEqual({ at: EVENING });
    core.stop();
  });

  it('keeps the first start across restarts, so a missed reset later is shown as missed', async () => {
    const store = new MemoryStore();
    const started = Date.parse('2026-11-25T08:00:00Z');
    (await startedCore(new VirtualTime(started, 'UTC'), store)).core.stop();
    const { core } = await startedCore(new VirtualTime(EVENING, 'UTC'), store);
    expect(core.snapshot().firstStartedAt).toBe(started);
    expect(core.snapshot().today.map((session) => session.reset)).not.toContain('before-start');
    core.stop();
  });

  it('treats a copy from before the first start was kept as started long ago', async () => {
    const store = new MemoryStore();
    await store.write(SETTINGS_DOCUMENT, JSON.stringify(DEFAULT_SETTINGS));
    const { core } = await startedCore(new VirtualTime(EVENING, 'UTC'), store);
    expect(core.snapshot().firstStartedAt).toBe(0);
    expect(core.snapshot().today.map((session) => session.reset)).not.toContain('before-start');
    core.stop();
  });
});

describe('the launch-at-login switch', () => {
  it('ends as the last click asked, one change at a time, and says so when the system refuses', async () => {
    const calls: boolean[] = [];
    let open = false;
    let fail = false;
    const item: LoginItem = {
      status: () => Promise.resolve(open ? 'on' : 'off'),
      setOpenAtLogin: async (next) => {
        calls.push(next);
        // The first change is slow: a second click must not overtake it.
        await new Promise((resolve) => setTimeout(resolve, next ? 20 : 0));
        if (fail) throw new Error('EACCES');
        open = next;
        return open ? 'on' : 'off';
      },
    };
    const changes: string[] = [];
    const toggle = new LoginItemSwitch(item, silentLog, () => changes.push('changed'));
    await toggle.load();
    const [first, second] = await Promise.all([toggle.set(true), toggle.set(false)]);
    expect([first, second]).toEqual([{ ok: true }, { ok: true }]);
    expect(calls).toEqual([true, false]);
    expect(toggle.status).toBe('off');
    fail = true;
    const refused = await toggle.set(true);
    expect(refused.ok).toBe(false);
    expect(englishWords.say(refused.message!)).toBe(
      'Interlude could not add itself to the apps that open at login. Nothing else changed.',
    );
    expect(toggle.status).toBe('off');
    expect(changes).toHaveLength(3);
  });
});
