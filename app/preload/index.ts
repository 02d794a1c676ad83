import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannels, eventListenerName, invokeChannels, type InterludeApi } from '../shared/contract';

/**
 * `window.interlude`: one function per contract channel. The renderer never sees ipcRenderer
 * or an IPC event object, only validated requests going out and payloads coming back.
 */
function buildApi(): InterludeApi {
  const api: Record<string, unknown> = {};
  for (const [name, { channel }] of Object.entries(invokeChannels)) {
    api[name] = (request?: unknown) => ipcRenderer.invoke(channel, request);
  }
  for (const [name, { channel }] of Object.entries(eventChannels)) {
    api[eventListenerName(name as keyof typeof eventChannels)] = (listener: (payload: unknown) => void) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    };
  }
  return api as InterludeApi;
}

contextBridge.exposeInMainWorld('interlude', buildApi());
