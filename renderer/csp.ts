import type { Plugin } from 'vite';
import { STRICT_CSP } from '../app/shared/csp.ts';

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
