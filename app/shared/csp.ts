/**
 * The renderer's Content Security Policy. No inline script, no eval, no remote anything: 'self'
 * is the packaged files in Electron, and the preview server (with its same-origin WebSocket) in
 * the preview, which alone needs frames, for the windows it draws.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  // Trusted Types: no string reaches an HTML or script sink (innerHTML, script src, eval), and no
  // policy may be made to let one through. React renders without any; an e2e test checks it.
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
];

/** In the built pages' meta tag: the preview's page frames the app's windows. */
export const STRICT_CSP = [...DIRECTIVES, "frame-src 'self'"].join('; ');

/** Sent by Electron's app:// handler with every file: no frames at all. */
export const WINDOW_CSP = [...DIRECTIVES, "frame-src 'none'", "frame-ancestors 'none'"].join('; ');
