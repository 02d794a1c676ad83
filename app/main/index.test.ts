import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../shared/contract';
import { createFakeElectron } from './testing/fake-electron';

const fake = createFakeElectron(await mkdtemp(join(tmpdir(), 'interlude-index-')));
vi.mock('electron', () => fake.electron);

describe('app/main/index', () => {
  it('starts the app from the electron module when loaded', async () => {
    const { ready } = await import('./index');
    const handle = await ready;
    expect(handle).not.toBeNull();
    expect(fake.ipcHandlers.size).toBe(Object.keys(invokeChannels).length);
    expect(fake.trays).toHaveLength(1);
    handle?.core.stop();
  });
});
