import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../testing/memory-store';
import { VirtualTime } from '../testing/virtual-time';
import { startedCore } from '../testing/started-core';
import { HASH_KEY_ID } from './calendar-sources';
import { keyedHasher } from './hash';
import { memorySecretStore } from './memory-secret-store';

describe('the keyed hash of an event identifier', () => {
  it('is HMAC-SHA256 (RFC 4231’s well-known vector), 128 bits of it', () => {
    expect(keyedHasher('key')('The quick brown fox jumps over the lazy dog')).toBe('f7bc83f430538424b13298e6aa6fb143');
  });

  it('is keyed by a random key kept in the secret store, and the old salt beside the caches is dropped', async () => {
    const store = new MemoryStore();
    await store.write('calendar-salt.json', JSON.stringify({ salt: '0123456789abcdef0123' }));
    const secrets = memorySecretStore();
    const { core } = await startedCore(new VirtualTime(Date.parse('2026-03-02T08:00:00Z'), 'UTC'), store, { secrets });
    expect(await secrets.load(HASH_KEY_ID)).toMatch(/^[0-9a-f]{64}$/);
    expect(store.documents.has('calendar-salt.json')).toBe(false);
    core.stop();
  });
});
