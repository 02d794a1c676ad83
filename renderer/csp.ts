import type { Plugin } from 'vite';

/**
 * The renderer's Content Security Policy. No inline script, no eval, no remote anything:
 * 'self' is the packaged files in Electron, and the preview server (including its
 * same-origin WebSocket) in the preview.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Vite's dev server needs inline and socket access for hot reload; builds get the strict policy. */
const DEV_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: http:; img-src 'self' data:";

export function cspPlugin(): Plugin {
  let policy = STRICT_CSP;
  return {
    name: 'interlude-csp',
    configResolved(config) {
      policy = config.command === 'serve' ? DEV_CSP : STRICT_CSP;
    },
    transformIndexHtml(html) {
      return html.replace('%INTERLUDE_CSP%', policy);
    },
  };
}
