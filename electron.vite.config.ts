import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config.ts';

const root = import.meta.dirname;

/** Explicit entries for this layout: app/main, app/preload (one CommonJS file for the sandbox), and the renderer's own config (renderer/vite.config.ts). */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundled: only the functions used of date-fns, zod and ical.js ship, not their whole packages
      // (28 MB of date-fns alone), so the packaged app carries no node_modules at all.
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(root, 'app/main/index.ts'),
          'calendar-worker': resolve(root, 'app/node/calendar-worker-entry.ts'),
        },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot load other files, so everything it uses is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'app/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: rendererConfig('app'),
});
