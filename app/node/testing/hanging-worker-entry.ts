/** A calendar worker for tests: the text "HANG" never returns, as a file ical.js loops on would; anything else is read. */
import { parentPort } from 'node:worker_threads';
import { readCalendar } from '../../core/calendar/in-process-reader';
import type { ReadRequest } from '../../core/calendar/ports';

parentPort?.on('message', (message: { id: number; text: string; request: ReadRequest }) => {
  if (message.text === 'HANG') for (;;);
  parentPort?.postMessage({ id: message.id, ok: true, result: readCalendar(message.text, message.request) });
});
