import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirtualTime } from '../core/testing/virtual-time';
import { startPreviewServer, type PreviewServer } from './server';

let root: string;
let server: PreviewServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'interlude-preview-test-'));
  const rendererDirectory = join(root, 'renderer');
  await mkdir(rendererDirectory);
  await writeFile(join(rendererDirectory, 'preview.html'), '<!doctype html><title>preview</title>');
  await writeFile(join(rendererDirectory, 'index.html'), '<!doctype html><title>window</title>');
  const time = new VirtualTime(Date.parse('2026-11-25T07:00:00Z'), 'UTC');
  server = await startPreviewServer({
    dataDirectory: join(root, 'data', 'nested'),
    rendererDirectory,
    clock: time,
    timers: time,
    log: { info: () => undefined, warn: () => undefined },
  });
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

/** A raw request, so that the path and the Host header go out exactly as written. */
function get(path: string, host?: string): Promise<number> {
  const { port, hostname } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path, headers: host ? { host } : {} }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the preview server', () => {
  it('answers broken percent-encoding with a 400, and keeps serving', async () => {
    expect(await get('/%E0%A4%A')).toBe(400);
    expect(await get('/index.html')).toBe(200);
  });

  it('serves only this machine’s own names for its port', async () => {
    const { port } = new URL(server.url);
    expect(await get('/', `127.0.0.1:${port}`)).toBe(200);
    expect(await get('/', `localhost:${port}`)).toBe(200);
    expect(await get('/', `evil.example:${port}`)).toBe(421);
    expect(await get('/', '127.0.0.1:1')).toBe(421);
  });

  it('serves nothing outside the build folder', async () => {
    expect(await get('/..%2F..%2Fetc%2Fpasswd')).toBe(404);
    expect(await get('/../data/nested/settings.json')).toBe(404);
  });

  it('keeps the data folder to its owner', async () => {
    await server.core.handlers.noteMoment({ text: 'A good hour.' });
    expect((await stat(join(root, 'data', 'nested'))).mode & 0o777).toBe(0o700);
  });
});
