import { execFile } from 'node:child_process';
import { cp, glob, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Doyensec's Electronegativity over the source and over the built app (out/, built once by
 * tests/packaging/build-app.ts). It reads only .js, .ts, .tsx and .html files, so the built
 * main process and preload (.cjs) are scanned under a .js name. Its check for newer Electron
 * releases asks GitHub, which these machines cannot reach, so it is left out; the scanner is run
 * with its HTTP client replaced by one that refuses (offline.ts), so it never tries the network.
 */
const CLI = 'node_modules/@doyensec/electronegativity/dist/index.js';
const OFFLINE = join(import.meta.dirname, 'offline.ts');
// Generous: only a hang should fail this. How long the scan takes is not under test.
const SCAN_GUARD_MS = 180_000;

interface Finding {
  id: string;
  file: string;
}

interface Reviewed extends Finding {
  reason: string;
}

/** Every finding we accept, each reviewed and with its reason. Anything else fails the test. */
const REVIEWED: Reviewed[] = [
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'app/main/security.ts',
    reason:
      'openExternalSafely calls shell.openExternal only for a URL on the https allow-list (isAllowedExternalUrl), tested in app/main/hardening.test.ts.',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/index.js',
    reason: 'The same call, in the built main bundle.',
  },
  ...['renderer/index.html', 'renderer/preview/index.html', 'renderer/preview/preview.html'].map((file) => ({
    id: 'CSP_GLOBAL_CHECK',
    file,
    reason:
      'A source page holds the placeholder %INTERLUDE_CSP%, which the build replaces with the policy from app/shared/csp.ts; the built page is scanned with the real policy.',
  })),
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    reason:
      "csp-evaluator marks script-src 'self' as possibly weak where the origin also hosts JSONP, Angular or uploaded files; app://interlude/ serves only the built renderer folder, none of those.",
  },
  {
    id: 'ELECTRON_VERSION_JSON_CHECK',
    file: 'package.json',
    reason: 'Informational: it reports the Electron version it found in package.json.',
  },
];

async function scan(input: string): Promise<Finding[]> {
  const report = join(input, '..', `${input.split('/').pop()}.sarif`);
  await promisify(execFile)(
    process.execPath,
    ['--import', OFFLINE, CLI, '-i', input, '-o', report, '-r', '-x', 'AvailableSecurityFixesGlobalCheck'],
    { timeout: SCAN_GUARD_MS },
  );
  const sarif = JSON.parse(await readFile(report, 'utf8')) as {
    runs: {
      results: { ruleId: string; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    }[];
  };
  return sarif.runs[0]!.results.map((result) => ({
    id: result.ruleId,
    file: result.locations?.[0]?.physicalLocation.artifactLocation.uri ?? 'N/A',
  }));
}

const unreviewed = (findings: Finding[]) =>
  findings.filter((finding) => !REVIEWED.some((known) => known.id === finding.id && known.file === finding.file));

let stage: string;
let source: Finding[];
let built: Finding[];

beforeAll(async () => {
  stage = await mkdtemp(join(tmpdir(), 'interlude-electronegativity-'));
  for (const path of ['app', 'renderer', 'package.json'])
    await cp(path, join(stage, 'source', path), { recursive: true });
  for (const path of ['out/main', 'out/preload', 'out/renderer', 'package.json'])
    await cp(path, join(stage, 'built', path.replace(/^out\//, '')), { recursive: true });
  for await (const file of glob(join(stage, 'built', '**/*.{cjs,mjs}')))
    await rename(file, file.replace(/\.[cm]js$/, '.js'));
  [source, built] = await Promise.all([scan(join(stage, 'source')), scan(join(stage, 'built'))]);
}, SCAN_GUARD_MS * 2);
afterAll(() => rm(stage, { recursive: true, force: true }));

describe('Electronegativity', () => {
  it('finds nothing in the source beyond the reviewed list', () => {
    expect(unreviewed(source)).toEqual([]);
  });

  it('finds nothing in the built app beyond the reviewed list, and reads the main bundle', () => {
    expect(unreviewed(built)).toEqual([]);
    // Its one reviewed finding there shows the .cjs main bundle was read, not skipped.
    expect(built).toContainEqual({ id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.js' });
  });

  it('keeps no reviewed entry that no longer matches anything', () => {
    const all = [...source, ...built];
    const stale = REVIEWED.filter(
      (known) => !all.some((finding) => finding.id === known.id && finding.file === known.file),
    );
    expect(stale).toEqual([]);
  });

  it(
    'would report a window without its sandbox or context isolation, and no navigation or permission handlers, so the scans above are real',
    async () => {
      const planted = join(stage, 'planted');
      await cp(join(stage, 'source', 'package.json'), join(planted, 'package.json'));
      await writeFile(
        join(planted, 'main.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { sandbox: false, nodeIntegration: true, contextIsolation: false } });\n",
      );
      const ids = unreviewed(await scan(planted)).map((finding) => finding.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          'SANDBOX_JS_CHECK',
          'CONTEXT_ISOLATION_JS_CHECK',
          'LIMIT_NAVIGATION_GLOBAL_CHECK',
          'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
        ]),
      );
    },
    SCAN_GUARD_MS,
  );
});
