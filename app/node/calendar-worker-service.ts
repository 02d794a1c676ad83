import type { MessagePort } from 'node:worker_threads';
import { readCalendar } from '../core/calendar/in-process-reader';
import type { ReadRequest } from '../core/calendar/ports';

/** What the calendar worker logs when a library it runs prints to the console. */
export const LIBRARY_CONSOLE_NOTE =
  'A calendar library wrote to the console while reading a calendar; its words are not kept, since they may quote the calendar';

/**
 * The calendar libraries may print to the console, and what they print may quote the calendar.
 * It goes to the app's logger instead, as a note that they spoke, without their words.
 */
export function sendConsoleToLogger(port: MessagePort): void {
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    console[level] = () => port.postMessage({ log: `${LIBRARY_CONSOLE_NOTE} (console.${level})` });
  }
}

/** Answers each read request on the port, one at a time, on its own clock. */
export function serveCalendarReads(port: MessagePort, beforeRead: (text: string) => void = () => undefined): void {
  port.on('message', (message: { id: number; text: string; request: ReadRequest }) => {
    try {
      beforeRead(message.text);
      const started = performance.now();
      const result = readCalendar(message.text, message.request, () => performance.now() - started);
      port.postMessage({ id: message.id, ok: true, result });
    } catch (error) {
      port.postMessage({
        id: message.id,
        ok: false,
        message:
          error instanceof Error && error.name === 'CalendarFormatError'
            ? error.message
            : 'The calendar could not be read.',
      });
    }
  });
}
