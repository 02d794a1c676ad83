import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../shared/contract';
import { createFakeElectron } from './testing/fake-electron';

const userData = await mkdtemp(join(tmpdir(), 'interlude-index-'));
const fake = createFakeElectron(userData);
// On Linux the login item is read from XDG_CONFIG_HOME: never the real one.
process.env.XDG_CONFIG_HOME = join(userData, 'xdg');
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
