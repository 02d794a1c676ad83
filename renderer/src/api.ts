import type { InterludeApi } from '../../app/shared/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; in the browser preview, set by its window page from the WebSocket bridge. */
    interlude?: InterludeApi;
  }
}
