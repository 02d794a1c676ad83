import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContractError, invokeChannels, type InvokeName } from '../shared/contract';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { dispatchInvoke } from './dispatch';
import { startedCore } from './testing/started-core';
import { VirtualTime } from './testing/virtual-time';

const NAMES = Object.keys(invokeChannels) as InvokeName[];

/** Payloads as a hostile or broken page might send them: anything at all, and near misses of real ones. */
const payload = fc.oneof(
  fc.anything(),
  fc.constantFrom(undefined, null, '', 0, [], {}, 'erase', { id: '../../etc/passwd' }),
  fc.record({
    promptId: fc.oneof(fc.string(), fc.constant('x'.repeat(500))),
    action: fc.string(),
    text: fc.oneof(fc.string(), fc.constant('x'.repeat(100_000))),
    url: fc.oneof(fc.webUrl(), fc.string()),
    id: fc.string(),
    range: fc.string(),
    format: fc.string(),
    confirmation: fc.string(),
  }),
  fc.constant({ ...DEFAULT_SETTINGS, resetMinutes: 99 }),
);

describe('every contract channel, fed random payloads', () => {
  it('answers with a clean rejection or a valid answer, and a rejection changes no file', async () => {
    const time = new VirtualTime(Date.parse('2026-11-25T09:55:00Z'), 'UTC');
    const { core, store } = await startedCore(time);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), payload, async (name, sent) => {
        await core.flushed();
        const before = new Map(store.documents);
        let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
        try {
          outcome = { ok: true, value: await dispatchInvoke(core.handlers, name, sent) };
        } catch (error) {
          outcome = { ok: false, error };
        }
        await core.flushed();
        if (outcome.ok) {
          expect(
            invokeChannels[name].response.safeParse(outcome.value).success,
            `${name} answered out of contract`,
          ).toBe(true);
        } else {
          expect(outcome.error, `${name} threw something other than a rejection`).toBeInstanceOf(ContractError);
          expect(new Map(store.documents), `${name} changed a file while rejecting`).toEqual(before);
        }
      }),
      { numRuns: 600, seed: 21 },
    );
    core.stop();
  });
});
