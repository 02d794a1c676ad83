import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../node/content-types';

/** Serves the preview build (the shell at /, the window page at index.html), and nothing outside its folder. */
export function staticFiles(root: string) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://preview.invalid');
    let relative: string;
    try {
      relative = url.pathname === '/' ? '/preview.html' : decodeURIComponent(url.pathname);
    } catch {
      // Broken percent-encoding ("/%E0%A4%A") is the client's mistake, not a reason to stop.
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    const path = normalize(join(root, relative));
    if (!path.startsWith(root + sep) || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(path);
      response.writeHead(200, {
        'Content-Type': contentTypeOf(path),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  };
}
