import type { MessagePort } from 'node:worker_threads';
import { userMessageOf } from '../core/calendar/calendar-error';
import { CalendarFormatError } from '../core/calendar/ics-lines';
import { readCalendar } from '../core/calendar/in-process-reader';
import type { ReadRequest } from '../core/calendar/ports';
import { message } from '../shared/i18n/message';

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
  port.on('message', (request: { id: number; text: string; request: ReadRequest }) => {
    try {
      beforeRead(request.text);
      const started = performance.now();
      const result = readCalendar(request.text, request.request, () => performance.now() - started);
      port.postMessage({ id: request.id, ok: true, result });
    } catch (error) {
      // Only a calendar's own reason is passed on; anything else is a library's text, not ours to show.
      const unreadable = message('calendar.read.unreadable');
      port.postMessage({
        id: request.id,
        ok: false,
        userMessage: error instanceof CalendarFormatError ? userMessageOf(error, unreadable) : unreadable,
      });
    }
  });
}
