import { execFileSync } from 'node:child_process';
import { cp, glob, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { createPackage, listPackage } from '@electron/asar';
import { load } from 'js-yaml';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleStyle } from '../fixtures/calendars';

/**
 * What ships, without Electron: the app is built as `npm run dist` builds it, then packed into an
 * asar with the library electron-builder itself uses, from electron-builder.yml's `files` and the
 * production dependencies electron-builder would add (none: the main process is bundled). Only the
 * packaging step itself, which needs Electron's binary, is skipped.
 */
// Measured at 1.9 MB (the main bundle with ical.js, zod and the date-fns functions it uses, the
// renderer, the icons); it was 32.7 MB while the main process loaded whole packages from node_modules.
const ASAR_BUDGET_BYTES = 4 * 1024 * 1024;

let stage: string;
let archive: string;
let contents: string[];

// out/ is built once for the tooling tests, by tests/packaging/build-app.ts.
beforeAll(async () => {
  stage = await mkdtemp(join(tmpdir(), 'interlude-asar-'));
  const config = load(await readFile('electron-builder.yml', 'utf8')) as { files: string[] };
  for (const pattern of config.files)
    for await (const file of glob(pattern)) if ((await stat(file)).isFile()) await cp(file, join(stage, 'app', file));
  const production = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8' })
    .split('\n')
    .filter((path) => path.includes(`${sep}node_modules${sep}`));
  for (const path of production) await cp(path, join(stage, 'app', relative(process.cwd(), path)), { recursive: true });
  archive = join(stage, 'app.asar');
  await createPackage(join(stage, 'app'), archive);
  contents = listPackage(archive, { isPack: false }).map((path) => path.replaceAll('\\', '/'));
}, 120_000);
afterAll(() => rm(stage, { recursive: true, force: true }));

describe('the packaged app.asar', () => {
  it('holds no node_modules: the main process is bundled, so nothing else is needed', () => {
    expect(contents.filter((path) => path.startsWith('/node_modules/'))).toEqual([]);
  });

  it('reads a calendar with the bundled worker, in plain Node, as the packaged app will', async () => {
    // Spoken to as the app speaks to it: one message in, one answer out.
    const worker = new Worker(join(process.cwd(), 'out/main/calendar-worker.cjs'));
    try {
      const reply = await new Promise<{ ok: boolean; result?: { events: unknown[] } }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({
          id: 1,
          text: googleStyle(),
          request: {
            rule: { minMinutes: 20, maxMinutes: 120, includeKeywords: [], excludeKeywords: [] },
            timeZone: 'UTC',
            hashKey: 's',
            from: Date.parse('2026-03-01T00:00:00Z'),
            to: Date.parse('2026-03-08T00:00:00Z'),
          },
        });
      });
      expect(reply.ok).toBe(true);
      expect(reply.result?.events).toHaveLength(3);
    } finally {
      await worker.terminate();
    }
  });

  it('holds the main process, the preload, the renderer and the icons', () => {
    for (const path of [
      '/out/main/index.cjs',
      '/out/main/calendar-worker.cjs',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/assets/icon.png',
      '/assets/tray/tray-idle.png',
      '/package.json',
    ])
      expect(contents, path).toContain(path);
  });

  it('holds none of our preview, bridge, fixtures, tests, sources or source maps', () => {
    const unwanted = contents.filter(
      (path) =>
        /^\/out\/preview\//.test(path) ||
        /websocket-bridge|preview-shell/i.test(path) ||
        /^\/(tests|app|renderer|bench|scripts|docs)\//.test(path) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(path) ||
        /\.map$/.test(path) ||
        /^\/out\/.*\.tsx?$/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it(`stays within ${ASAR_BUDGET_BYTES / 1024 / 1024} MB`, async () => {
    const size = (await stat(archive)).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB, ${contents.length} entries`);
    expect(size).toBeLessThanOrEqual(ASAR_BUDGET_BYTES);
  });
});
