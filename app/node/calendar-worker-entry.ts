/** Runs on a worker thread: reads one calendar at a time, so the main thread never waits on a big file. */
import { parentPort } from 'node:worker_threads';
import { sendConsoleToLogger, serveCalendarReads } from './calendar-worker-service';

if (parentPort) {
  sendConsoleToLogger(parentPort);
  serveCalendarReads(parentPort);
}
