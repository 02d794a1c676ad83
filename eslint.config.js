// @ts-check
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import interlude from './eslint-rules/no-literal-ui-strings.js';

/**
 * The layers, and what each may import. This table is the one place the rules are written;
 * the README's folder map says the same in words, and tests/lint/layer-rules.test.ts plants a
 * violation of every rule here to prove ESLint still reports it.
 */
export const layers = {
  'app/shared': { mayImport: [], runsOn: 'anywhere' },
  'app/core': { mayImport: ['app/shared'], runsOn: 'anywhere' },
  'app/node': { mayImport: ['app/core', 'app/shared'], runsOn: 'node' },
  'app/main': { mayImport: ['app/node', 'app/core', 'app/shared'], runsOn: 'node' },
  'app/preload': { mayImport: ['app/shared'], runsOn: 'node' },
  'app/preview': { mayImport: ['app/node', 'app/core', 'app/shared'], runsOn: 'node' },
  'app/cli': { mayImport: ['app/node', 'app/core', 'app/shared'], runsOn: 'node' },
  'renderer/src': { mayImport: ['app/shared', 'assets'], runsOn: 'browser' },
  bench: { mayImport: ['app/preview', 'app/node', 'app/core', 'app/shared', 'tests'], runsOn: 'node' },
  // The end-to-end tests read the preview's data folder as the app does, through app/node's decrypting store.
  tests: { mayImport: ['app/shared', 'app/node'], runsOn: 'node' },
  scripts: { mayImport: ['app/shared', 'tests'], runsOn: 'node' },
};

/** Unit tests may also use the shared fixtures and their own layer's test helpers. */
export const testsMayAlsoImport = ['tests/fixtures'];

/** Only the adapter layer talks to Electron. */
export const electronLayers = ['app/main', 'app/preload'];

/** Globals that exist only in Node, kept out of code that must also run in a browser or a sandbox. */
export const nodeGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'module', 'exports'];

const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];
const layerNames = Object.keys(layers);
const sourceGlobs = (layer) => [`${layer}/**/*.ts`, `${layer}/**/*.tsx`];
const browserSafe = layerNames.filter((layer) => layers[layer].runsOn !== 'node');

/** Every other layer is off limits: the zones are the complement of the table above. */
function zonesFor(layer, alsoAllowed = []) {
  const allowed = new Set([layer, ...layers[layer].mayImport, ...alsoAllowed]);
  const forbidden = [...layerNames, 'assets'].filter(
    (other) => !allowed.has(other) && !allowed.has(other.split('/')[0]),
  );
  return forbidden.map((other) => ({
    target: `./${layer}`,
    from: `./${other}`,
    ...(alsoAllowed.length > 0
      ? {
          except: alsoAllowed
            .filter((path) => path.startsWith(`${other}/`))
            .map((path) => `./${path.slice(other.length + 1)}`),
        }
      : {}),
    message: `${layer} may import only ${[...layers[layer].mayImport].join(', ') || 'itself'} (see the layer table in eslint.config.js).`,
  }));
}

/** Where words reach the user without JSX: the main process, and the core's tray and notifications. */
export const mainUiCode = ['app/main/**/*.ts', 'app/core/copy.ts', 'app/core/tray-menu.ts'];
export const mainUiProperties = [
  'label',
  'title',
  'body',
  'text',
  'tooltip',
  'message',
  'detail',
  'buttonLabel',
  'name',
];

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const noElectron = {
  name: 'electron',
  message: 'Only app/main and app/preload may import electron; put behaviour in app/core behind a port.',
};
// The whole of date-fns is hundreds of modules: 2.7 s to load under tsx, in every preview start
// and test file. Bundles tree-shake it anyway; each function from its own path costs nothing.
const noDateFnsWhole = {
  name: 'date-fns',
  message: "Import each function from its own path, e.g. import { addDays } from 'date-fns/addDays'.",
};
const noNodeBuiltins = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'This layer runs without Node: no Node built-ins here.' })),
  patterns: [{ group: ['node:*'], message: 'This layer runs without Node: no Node built-ins here.' }],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/lint/planted/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noElectron, noDateFnsWhole] }],
    },
  },
  {
    files: ['eslint.config.js', 'eslint-rules/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // The layer zones, one block per layer; a unit test may also reach the shared fixtures.
  ...layerNames.map((layer) => ({
    files: sourceGlobs(layer),
    ignores: testFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: zonesFor(layer) }] },
  })),
  ...layerNames.map((layer) => ({
    files: testFiles.map((glob) => `${layer}/${glob}`),
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: zonesFor(layer, testsMayAlsoImport) },
      ],
    },
  })),
  {
    files: electronLayers.flatMap(sourceGlobs),
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Code that must also run in a browser or in a worker without Node: no built-ins, no Node globals.
    // Their unit tests run in Node and may read the repository (say, to check an asset exists).
    files: browserSafe.flatMap(sourceGlobs),
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron, noDateFnsWhole, ...noNodeBuiltins.paths], patterns: noNodeBuiltins.patterns },
      ],
      'no-restricted-globals': [
        'error',
        ...nodeGlobals.map((name) => ({
          name,
          message: `${name} exists only in Node; this layer also runs without it. Pass what you need in through a port.`,
        })),
      ],
    },
  },
  {
    files: sourceGlobs('renderer/src'),
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Windows and the main process load one language at a time; every language at once is for tests and the CLI.
    files: [...sourceGlobs('renderer/src'), ...sourceGlobs('app/main'), ...sourceGlobs('app/core')],
    ignores: [...testFiles, 'renderer/src/i18n/english.ts'],
    rules: {
      // The typescript-eslint twin of no-restricted-imports, so this rule adds to the layers' own restrictions.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/i18n/every-catalogue', '**/i18n/locales/*'],
              message:
                'Load one language through app/shared/i18n/catalogues.ts (or Translations), not every catalogue.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.tsx'],
    ignores: testFiles,
    plugins: { interlude },
    rules: { 'interlude/no-literal-ui-strings': 'error' },
  },
  {
    files: mainUiCode,
    ignores: testFiles,
    plugins: { interlude },
    rules: { 'interlude/no-literal-ui-strings': ['error', { properties: mainUiProperties }] },
  },
);
