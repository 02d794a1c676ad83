import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextCipher } from './cipher';
import { FileSecretStore } from './file-secret-store';
import { DEFAULT_SETTINGS, SettingsSchema } from '../shared/settings';
import { HASH_KEY_ID } from '../core/calendar/calendar-sources';
import type { DocumentStore } from '../core/ports';
import { MemoryStore } from '../core/testing/memory-store';
import { offline, startedCore } from '../core/testing/started-core';
import { VirtualTime } from '../core/testing/virtual-time';

/** The same disk, with every read and write handed to the scheduler, so each run interleaves them differently. */
function scheduledStore(store: MemoryStore, scheduler: fc.Scheduler): DocumentStore {
  return {
    read: scheduler.scheduleFunction((name: string) => store.read(name)),
    write: scheduler.scheduleFunction((name: string, contents: string) => store.write(name, contents)),
    append: scheduler.scheduleFunction((name: string, text: string) => store.append(name, text)),
    setAside: (name) => store.setAside(name),
    copyAside: (name) => store.copyAside(name),
    list: () => store.list(),
    remove: scheduler.scheduleFunction((name: string) => store.remove(name)),
    sweepTemporaryFiles: () => store.sweepTemporaryFiles(),
  };
}

describe('calendar changes that race', () => {
  it('lose nothing and orphan nothing: two subscribes, a settings save and a removal, in any order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (scheduler) => {
        const disk = new MemoryStore();
        const time = new VirtualTime(Date.parse('2026-03-02T08:00:00Z'), 'UTC');
        // Started on the plain disk, with one feed already listed, to be removed in the race.
        const start = async (store: DocumentStore) =>
          (await startedCore(time, store, { fetchFeed: offline, secrets: new FileSecretStore(store, plainTextCipher) }))
            .core;
        const first = await start(disk);
        await first.handlers.subscribeCalendar({ url: 'https://old.example/c.ics' });
        const old = first.snapshot().calendar.sources[0]!.id;
        first.stop();
        await first.flushed();

        const store = scheduledStore(disk, scheduler);
        const booting = start(store);
        const core = await scheduler.waitFor(booting);
        const race = Promise.all([
          core.handlers.subscribeCalendar({ url: 'https://ehr.example/a.ics' }),
          core.handlers.subscribeCalendar({ url: 'https://ehr.example/b.ics', label: 'Jane' }),
          core.handlers.updateSettings({ ...core.snapshot().settings, resetMinutes: 5 }),
          core.handlers.removeCalendar({ id: old }),
        ]);
        const results = await scheduler.waitFor(race);
        await scheduler.waitAll();
        expect(results.map((result) => result.ok)).toEqual([true, true, true, true]);

        const settings = SettingsSchema.parse(JSON.parse((await disk.read('settings.json'))!));
        const listed = settings.calendar.sources.map((source) => source.id).sort();
        const secrets = Object.keys(JSON.parse((await disk.read('calendar-secrets.json'))!) as object)
          .filter((id) => id !== HASH_KEY_ID)
          .sort();
        // Both new feeds listed, the old one gone, and an address for each listed feed, no other.
        expect(listed).toHaveLength(2);
        expect(listed).not.toContain(old);
        expect(secrets).toEqual(listed);
        // Memory and the file agree, the settings change included.
        expect(core.snapshot().settings).toEqual(settings);
        expect(settings.resetMinutes).toBe(5);
        core.stop();
      }),
      { numRuns: 40, seed: 13 },
    );
  });

  it('forgets at start an address whose calendar is no longer listed', async () => {
    const disk = new MemoryStore();
    const secrets = new FileSecretStore(disk, plainTextCipher);
    await secrets.save('feed-orphan-1', 'https://ehr.example/token.ics');
    await disk.write('settings.json', JSON.stringify(DEFAULT_SETTINGS));
    const time = new VirtualTime(Date.parse('2026-03-02T08:00:00Z'), 'UTC');
    const { core } = await startedCore(time, disk, { secrets });
    // Only the hashing key is left, which belongs to no calendar.
    expect(await secrets.ids()).toEqual([HASH_KEY_ID]);
    expect(await disk.read('calendar-secrets.json')).not.toContain('token');
    core.stop();
  });
});
