import { message, type Message } from './i18n/message';

/** "a minute", "3 minutes": how the app speaks of a reset's length, in the tray, notifications and windows alike. */
export function resetLength(resetSeconds: number): Message {
  return resetSeconds < 120
    ? message('time.aMinute')
    : message('time.minutes', { count: Math.round(resetSeconds / 60) });
}
