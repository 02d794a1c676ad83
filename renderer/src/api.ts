import type { InterludeApi } from '../../app/shared/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser preview until the bridge installs it. */
    interlude?: InterludeApi;
  }
}

/** The contract API: Electron's preload if present, otherwise the preview's WebSocket bridge. */
export async function connectApi(): Promise<InterludeApi> {
  if (window.interlude) return window.interlude;
  const { connectWebSocketBridge } = await import('./bridge/websocket-bridge');
  const api = await connectWebSocketBridge(new URL('/bridge', window.location.href));
  window.interlude = api;
  return api;
}
