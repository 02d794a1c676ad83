import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './csp.ts';

const root = resolve(import.meta.dirname);

/** The renderer alone, for the preview harness and the end-to-end tests (Electron builds use electron.vite.config.ts). */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspPlugin()],
  build: {
    outDir: resolve(root, '../out/renderer'),
    emptyOutDir: true,
    manifest: true,
    rollupOptions: {
      input: { index: resolve(root, 'index.html'), preview: resolve(root, 'preview.html') },
    },
  },
});
