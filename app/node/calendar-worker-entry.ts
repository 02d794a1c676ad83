/** Runs on a worker thread: reads one calendar at a time, so the main thread never waits on a big file. */
import { parentPort } from 'node:worker_threads';
import { readCalendar } from '../core/calendar/in-process-reader';
import type { ReadRequest } from '../core/calendar/ports';

parentPort?.on('message', (message: { id: number; text: string; request: ReadRequest }) => {
  try {
    parentPort?.postMessage({ id: message.id, ok: true, result: readCalendar(message.text, message.request) });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      ok: false,
      message:
        error instanceof Error && error.name === 'CalendarFormatError'
          ? error.message
          : 'The calendar could not be read.',
    });
  }
});
