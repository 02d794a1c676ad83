import * as electron from 'electron';
import { startMain } from './main-process';

export const ready = startMain(electron).catch((error: unknown) => {
  console.error('Interlude could not start:', error);
  electron.app.exit(1);
  return null;
});
