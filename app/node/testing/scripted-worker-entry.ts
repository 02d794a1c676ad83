/**
 * A calendar worker for tests, serving reads as the real one does: the text "HANG" never
 * returns, as a file ical.js loops on would; "PRINT" prints as a library might; anything else is
 * read.
 */
import { parentPort } from 'node:worker_threads';
import { sendConsoleToLogger, serveCalendarReads } from '../calendar-worker-service';

if (parentPort) {
  sendConsoleToLogger(parentPort);
  serveCalendarReads(parentPort, (text) => {
    if (text === 'HANG') for (;;);
    if (text === 'PRINT') console.error('Jane Doe: Given time zone not valid.');
  });
}
