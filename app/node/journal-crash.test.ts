import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Journal } from '../core/journal';
import { FileStore } from './file-store';

// Starting tsx in a new process takes seconds on a busy machine.
const SPAWN_TIMEOUT_MS = 90_000;
let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'interlude-crash-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged `before` records and then some time more, then kills it with SIGKILL. */
function appendThenKill(prefix: string, before: number, extraMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'app/node/testing/append-until-killed.ts', directory, prefix],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const acknowledged: string[] = [];
    let buffered = '';
    let killing = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      acknowledged.push(...lines.filter((line) => line.startsWith(prefix)));
      if (!killing && acknowledged.length >= before) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`writer ended without being killed (${signal})`)),
    );
  });
}

describe('the journal under kill -9', () => {
  it(
    'keeps every record it acknowledged, through repeated kills at arbitrary moments',
    async () => {
      const acknowledged: string[] = [];
      // Each run reopens what the last one left, so a torn tail from a kill is repaired before appending.
      for (const [round, extraMs] of [0, 7, 23, 41].entries()) {
        acknowledged.push(...(await appendThenKill(`round${round}`, 20, extraMs)));
      }
      const { journal } = await Journal.open(new FileStore(directory), {
        timeZone: () => 'UTC',
        now: () => Date.now(),
      });
      const kept = new Set(journal.entries().map((entry) => entry.promptId));
      expect(acknowledged.length).toBeGreaterThanOrEqual(80);
      expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
      expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
    SPAWN_TIMEOUT_MS * 4,
  );
});
