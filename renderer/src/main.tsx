import './zod-without-eval';
import { showStartError, startWindow } from './start-window';

// The app's window page: its API is the one Electron's preload exposes, and nothing else.
if (window.interlude) startWindow(window.interlude);
else showStartError(new Error('The preload did not expose window.interlude, so this window cannot reach the app.'));
