import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import svgr from 'vite-plugin-svgr';
import { cspPlugin } from './csp.ts';

// From import.meta.url, not import.meta.dirname: electron-vite's config bundler rewrites only the former per file.
const renderer = dirname(fileURLToPath(import.meta.url));
const out = resolve(renderer, '../out');

export type RendererTarget = 'app' | 'preview';

/**
 * The one renderer config. 'app' is the window page Electron loads (renderer/index.html, its API
 * from the preload) into out/renderer; electron.vite.config.ts uses it as its renderer section.
 * 'preview' is the browser preview (renderer/preview/: the shell page and the same window page
 * with the WebSocket bridge as its API) into out/preview, which is never packaged.
 */
export function rendererConfig(target: RendererTarget): UserConfig {
  const root = target === 'app' ? renderer : resolve(renderer, 'preview');
  return {
    root,
    base: './',
    // svgr turns the exercises' drawings into components at build time: no HTML string is ever set, as Trusted Types require.
    plugins: [react(), svgr(), cspPlugin()],
    build: {
      outDir: resolve(out, target === 'app' ? 'renderer' : 'preview'),
      emptyOutDir: true,
      minify: true,
      // bench/bundle-size.ts reads the app's manifest to measure what the prompt window loads.
      manifest: true,
      rollupOptions: {
        input:
          target === 'app'
            ? { index: resolve(root, 'index.html') }
            : { index: resolve(root, 'index.html'), preview: resolve(root, 'preview.html') },
        output: {
          // Each language's messages are their own chunk, named for it (the bench and the pseudo-locale test find them so).
          chunkFileNames: (chunk) => {
            const match = /i18n\/locales\/(\w+)\/(index|views)\.ts$/.exec(chunk.facadeModuleId ?? '');
            if (!match) return 'assets/[name]-[hash].js';
            return match[2] === 'index'
              ? `assets/messages-${match[1]}-[hash].js`
              : `assets/messages-${match[1]}-views-[hash].js`;
          },
        },
      },
    },
  };
}

/** `vite build --config renderer/vite.config.ts` builds the app; add `--mode preview` for the preview. */
export default defineConfig(({ mode }) => rendererConfig(mode === 'preview' ? 'preview' : 'app'));
