/** Runs on a worker thread: reads one calendar at a time, so the main thread never waits on a big file. */
import { parentPort } from 'node:worker_threads';
import { readCalendar } from '../core/calendar/in-process-reader';
import type { ReadRequest } from '../core/calendar/ports';

parentPort?.on('message', (message: { id: number; text: string; request: ReadRequest }) => {
  try {
    const started = performance.now();
    const result = readCalendar(message.text, message.request, () => performance.now() - started);
    parentPort?.postMessage({ id: message.id, ok: true, result });
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
