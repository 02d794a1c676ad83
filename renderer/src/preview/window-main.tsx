import '../zod-without-eval';
import { showStartError, startWindow } from '../start-window';
import { connectWebSocketBridge } from './websocket-bridge';

// The preview's window page: the app's window over the WebSocket bridge, where Electron has its preload.
connectWebSocketBridge(new URL('/bridge', window.location.href)).then((api) => {
  window.interlude = api;
  startWindow(api);
}, showStartError);
