import type { InterludeApi } from '../../../app/shared/contract';
import type {
  BridgeClientFrame,
  BridgeServerFrame,
  ShellCommand,
  ShellMessage,
} from '../../../app/shared/preview-shell';

/** The preview server did not answer: the page words this itself, in the browser's language. */
export class PreviewServerUnreachable extends Error {
  constructor() {
    super('Could not reach the preview server.');
    this.name = 'PreviewServerUnreachable';
  }
}

export interface PreviewConnection {
  api: InterludeApi;
  onShellMessage(listener: (message: ShellMessage) => void): () => void;
  sendShellCommand(command: ShellCommand): void;
}

/**
 * The preview's stand-in for Electron's preload: the same API, derived from the same contract,
 * carried over a WebSocket to the preview server instead of over IPC.
 */
export async function openPreviewConnection(url: URL): Promise<PreviewConnection> {
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new PreviewServerUnreachable()), { once: true });
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const eventListeners = new Map<string, Set<(payload: unknown) => void>>();
  const shellListeners = new Set<(message: ShellMessage) => void>();
  // The server sends the tray and window state as soon as the socket opens, usually before the
  // page has subscribed, so the latest of each is kept and replayed to new subscribers.
  const latestShellState = new Map<string, ShellMessage>();

  socket.addEventListener('message', (event: MessageEvent<string>) => {
    const frame = JSON.parse(event.data) as BridgeServerFrame;
    if (frame.kind === 'result') {
      const waiter = pending.get(frame.id);
      pending.delete(frame.id);
      if (frame.ok) waiter?.resolve(frame.value);
      else waiter?.reject(new Error(frame.error));
    } else if (frame.kind === 'event') {
      for (const listener of eventListeners.get(frame.name) ?? []) listener(frame.payload);
    } else {
      const { message } = frame;
      if (message.type === 'tray') latestShellState.set('tray', message);
      if (message.type === 'window') latestShellState.set(`window:${message.window}`, message);
      for (const listener of shellListeners) listener(message);
    }
  });
  socket.addEventListener('close', () => {
    for (const waiter of pending.values()) waiter.reject(new Error('The preview server closed the connection.'));
    pending.clear();
  });

  const send = (frame: BridgeClientFrame): void => socket.send(JSON.stringify(frame));
  const invoke = (name: string, payload: unknown) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ kind: 'invoke', id, name, payload });
    });
  const subscribe = (name: string, listener: (payload: unknown) => void) => {
    const listeners = eventListeners.get(name) ?? new Set();
    eventListeners.set(name, listeners);
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  // The API's shape comes from the contract's types; at run time every call is forwarded and the
  // server validates it against the contract, as main does for IPC. This keeps zod out of the page.
  const api = new Proxy({} as InterludeApi, {
    get(_target, property) {
      // 'then' must stay undefined, or awaiting the API would treat it as a promise.
      if (typeof property !== 'string' || property === 'then') return undefined;
      const event = /^on([A-Z].*)$/.exec(property)?.[1];
      if (event)
        return (listener: (payload: unknown) => void) =>
          subscribe(event.charAt(0).toLowerCase() + event.slice(1), listener);
      return (payload?: unknown) => invoke(property, payload);
    },
  });
  return {
    api,
    onShellMessage(listener) {
      shellListeners.add(listener);
      for (const message of latestShellState.values()) listener(message);
      return () => shellListeners.delete(listener);
    },
    sendShellCommand(command) {
      send({ kind: 'shell', command });
    },
  };
}

export async function connectWebSocketBridge(url: URL): Promise<InterludeApi> {
  return (await openPreviewConnection(url)).api;
}
