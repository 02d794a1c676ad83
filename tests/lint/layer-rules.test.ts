import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error The ESLint config is plain JavaScript, checked by ESLint itself.
import { electronLayers, layers, nodeGlobals } from '../../eslint.config.js';

type LayerTable = Record<string, { mayImport: string[]; runsOn: 'anywhere' | 'node' | 'browser' }>;
const layerTable = layers as LayerTable;
const root = join(import.meta.dirname, '../..');

// The planted files are linted from memory, so the type-aware rules (which need the file on disk) are off.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

/** Any real source file inside a folder, so each planted import resolves to something that exists. */
function aFileIn(folder: string): string {
  const entries = readdirSync(join(root, folder), { withFileTypes: true, recursive: true });
  const file = entries.find(
    (entry) => entry.isFile() && /\.(ts|tsx|png)$/.test(entry.name) && !/\.test\.|\.spec\./.test(entry.name),
  );
  if (!file) throw new Error(`No file found in ${folder}`);
  return join(file.parentPath, file.name);
}

function importPathFrom(layer: string, target: string): string {
  const path = relative(join(root, layer), target).replace(/\.tsx?$/, '');
  return path.startsWith('.') ? path : `./${path}`;
}

async function problems(layer: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, layer, 'planted-violation.ts') });
  return result?.messages ?? [];
}

const ruleIds = (messages: Linter.LintMessage[]) => messages.map((message) => message.ruleId);
const importing = (path: string) => `import * as planted from '${path}';\nexport const used = planted;\n`;
const layerNames = Object.keys(layerTable);
const TIMEOUT = 60_000;

describe('the layer table in eslint.config.js is enforced', () => {
  for (const layer of layerNames) {
    const allowed = new Set([layer, ...layerTable[layer]!.mayImport]);
    const forbidden = [...layerNames, 'assets'].filter((other) => !allowed.has(other));

    it(`${layer} may not import ${forbidden.join(', ')}`, { timeout: TIMEOUT }, async () => {
      for (const other of forbidden) {
        const messages = await problems(layer, importing(importPathFrom(layer, aFileIn(other))));
        expect(ruleIds(messages), `${layer} importing ${other}`).toContain('import-x/no-restricted-paths');
      }
    });

    it(`${layer} may import ${[...allowed].join(', ')}`, { timeout: TIMEOUT }, async () => {
      for (const other of allowed) {
        const messages = await problems(layer, importing(importPathFrom(layer, aFileIn(other))));
        expect(ruleIds(messages), `${layer} importing ${other}`).not.toContain('import-x/no-restricted-paths');
      }
    });
  }

  it(
    'a unit test may also use the shared fixtures, and nothing else beyond its layer',
    { timeout: TIMEOUT },
    async () => {
      const fixture = aFileIn('tests/fixtures');
      const [allowed] = await eslint.lintText(importing(importPathFrom('app/core', fixture)), {
        filePath: join(root, 'app/core/planted.test.ts'),
      });
      expect(ruleIds(allowed!.messages)).not.toContain('import-x/no-restricted-paths');
      const [forbidden] = await eslint.lintText(importing(importPathFrom('app/core', aFileIn('app/main'))), {
        filePath: join(root, 'app/core/planted.test.ts'),
      });
      expect(ruleIds(forbidden!.messages)).toContain('import-x/no-restricted-paths');
    },
  );

  const withoutNode = layerNames.filter((layer) => layerTable[layer]!.runsOn !== 'node');

  it(`${withoutNode.join(', ')} use no Node globals`, { timeout: TIMEOUT }, async () => {
    for (const layer of withoutNode) {
      for (const name of nodeGlobals as string[]) {
        const messages = await problems(layer, `export const planted = typeof ${name};\n`);
        expect(ruleIds(messages), `${name} in ${layer}`).toContain('no-restricted-globals');
      }
      const envRead = await problems(layer, 'export const planted = process.env.HOME;\n');
      expect(ruleIds(envRead), `process.env in ${layer}`).toContain('no-restricted-globals');
    }
  });

  it(`${withoutNode.join(', ')} import no Node built-ins`, { timeout: TIMEOUT }, async () => {
    for (const layer of withoutNode) {
      for (const builtin of ['node:fs', 'fs', 'node:path']) {
        const messages = await problems(layer, importing(builtin));
        expect(ruleIds(messages), `${builtin} in ${layer}`).toContain('no-restricted-imports');
      }
    }
  });

  it(`only ${(electronLayers as string[]).join(' and ')} import electron`, { timeout: TIMEOUT }, async () => {
    for (const layer of layerNames) {
      const messages = await problems(layer, importing('electron'));
      if ((electronLayers as string[]).includes(layer))
        expect(ruleIds(messages), layer).not.toContain('no-restricted-imports');
      else expect(ruleIds(messages), layer).toContain('no-restricted-imports');
    }
  });

  it('date-fns comes in one function at a time, never as the whole library', { timeout: TIMEOUT }, async () => {
    for (const layer of ['app/core', 'app/shared', 'renderer/src', 'app/node']) {
      const whole = await problems(layer, "import { addDays } from 'date-fns';\nexport const used = addDays;\n");
      expect(ruleIds(whole), layer).toContain('no-restricted-imports');
      const one = await problems(layer, "import { addDays } from 'date-fns/addDays';\nexport const used = addDays;\n");
      expect(ruleIds(one), layer).not.toContain('no-restricted-imports');
    }
  });
});
