import type { Message } from '../shared/i18n/message';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { dispatchInvoke } from '../core/dispatch';
import { Interlude } from '../core/interlude';
import { SystemClock, systemTimers, type Clock, type Logger, type Timers } from '../core/ports';
import type { ScheduleSource } from '../core/schedule-source';
import { WorkerCalendarReader } from '../node/calendar-worker';
import { fetchFeed } from '../node/feed-fetcher';
import { plainTextCipher } from '../node/cipher';
import { FileSecretStore } from '../node/file-secret-store';
import { SealedDocumentStore } from '../node/sealed-document-store';
import { FileStore } from '../node/file-store';
import { XdgAutostart } from '../node/xdg-autostart';
import { eventChannels } from '../shared/contract';
import { BridgeClientFrameSchema, type BridgeServerFrame, type ShellMessage } from '../shared/preview-shell';
import { PreviewShellAdapter } from './preview-shell-adapter';
import { staticFiles } from './static-files';

export interface PreviewServerOptions {
  dataDirectory: string;
  /** The preview build (`npm run build:renderer`); defaults to out/preview. */
  rendererDirectory?: string;
  port?: number;
  clock?: Clock;
  timers?: Timers;
  schedule?: ScheduleSource;
  startupNotices?: Message[];
  /** The languages the preview plays the system's part with, most preferred first. */
  systemLanguages?: readonly string[];
  log?: Logger;
  /** Lets the bench see shell messages the moment the core sends them. */
  onShellMessage?: (message: ShellMessage) => void;
}

export interface PreviewServer {
  url: string;
  core: Interlude;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * The real core in Node with the real file store, the built renderer over HTTP, and the IPC
 * contract over a WebSocket. Bound to 127.0.0.1 only, and only pages it served may connect.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const rendererDirectory = resolve(options.rendererDirectory ?? 'out/preview');
  if (!existsSync(resolve(rendererDirectory, 'preview.html'))) {
    throw new Error(`No built preview in ${rendererDirectory}. Run "npm run build:renderer" first.`);
  }
  const log = options.log ?? { info: (m: string) => console.log(m), warn: (m: string) => console.warn(m) };
  const shell = new PreviewShellAdapter();
  const { store, notices: keyNotices } = await SealedDocumentStore.open(
    new FileStore(options.dataDirectory),
    plainTextCipher,
  );
  // The preview runs from source, so its worker loads TypeScript through tsx too.
  const reader = new WorkerCalendarReader(new URL('../node/calendar-worker-entry.ts', import.meta.url), {
    fromTypeScriptSource: true,
    log,
  });
  const core = new Interlude({
    clock: options.clock ?? new SystemClock(),
    timers: options.timers ?? systemTimers,
    store,
    shell,
    log,
    // The real Linux login item, written inside the preview's data folder rather than the user's ~/.config.
    loginItem: new XdgAutostart({
      directory: resolve(options.dataDirectory, 'xdg-config', 'autostart'),
      command: 'interlude-preview',
    }),
    calendar: {
      reader,
      fetchFeed: (request) => fetchFeed(request),
      secrets: new FileSecretStore(store, plainTextCipher),
    },
    ...(options.schedule ? { schedule: options.schedule } : {}),
    startupNotices: [...keyNotices, ...(options.startupNotices ?? [])],
    systemLanguages: options.systemLanguages ?? [],
  });

  const serveFile = staticFiles(rendererDirectory);
  // Only this machine's own names for this port: a page elsewhere that rebinds its DNS name to
  // 127.0.0.1 sends its own Host, and is refused.
  let hosts = new Set<string>();
  const server = createServer((request, response) => {
    if (!hosts.has(request.headers.host ?? '')) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Wrong host');
      return;
    }
    serveFile(request, response).catch((error: unknown) => {
      log.warn(`Preview: could not answer ${request.method ?? ''} request: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${HOST}:${port}`;
  hosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);

  const sockets = new WebSocketServer({
    server,
    path: '/bridge',
    maxPayload: 64 * 1024,
    // A web page elsewhere must not be able to drive the local core.
    verifyClient: ({ req }: { req: IncomingMessage }) =>
      req.headers.origin === origin && hosts.has(req.headers.host ?? ''),
  });
  const send = (socket: WebSocket, frame: BridgeServerFrame) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const broadcast = (frame: BridgeServerFrame) => sockets.clients.forEach((socket) => send(socket, frame));

  shell.subscribe((message) => {
    options.onShellMessage?.(message);
    broadcast({ kind: 'shell', message });
  });
  core.onStateChanged((state) =>
    broadcast({ kind: 'event', name: 'stateChanged', payload: eventChannels.stateChanged.payload.parse(state) }),
  );

  sockets.on('connection', (socket) => {
    for (const message of shell.currentState()) send(socket, { kind: 'shell', message });
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.from(new Uint8Array(data)).toString('utf8');
      handleFrame(socket, text).catch((error: unknown) =>
        log.warn(`Preview: a bridge message failed: ${String(error)}`),
      );
    });
  });

  async function handleFrame(socket: WebSocket, text: string): Promise<void> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return;
    }
    const frame = BridgeClientFrameSchema.safeParse(json);
    if (!frame.success) {
      const id = (json as { id?: unknown } | null)?.id;
      if (typeof id === 'number')
        send(socket, { kind: 'result', id, ok: false, error: 'Rejected: not a valid bridge frame.' });
      return;
    }
    if (frame.data.kind === 'shell') {
      const { command } = frame.data;
      if (command.type === 'tray-action') await core.handleTrayAction(command.action);
      else await core.respondToNotification(command.promptId, command.response);
      return;
    }
    const { id, name, payload } = frame.data;
    try {
      const value = await dispatchInvoke(core.handlers, name, payload);
      send(socket, { kind: 'result', id, ok: true, value });
    } catch (error) {
      send(socket, { kind: 'result', id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  await core.start();
  return {
    url: `${origin}/`,
    core,
    async close() {
      core.stop();
      await reader.close();
      await core.flushed();
      for (const socket of sockets.clients) socket.terminate();
      await new Promise<void>((done) => sockets.close(() => done()));
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
