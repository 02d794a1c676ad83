import { Worker } from 'node:worker_threads';
import { CalendarError } from '../core/calendar/calendar-error';
import { CalendarFormatError } from '../core/calendar/ics-lines';
import type { CalendarReader, ReadRequest, ReadResult } from '../core/calendar/ports';
import type { Logger } from '../core/ports';
import { message, type Message } from '../shared/i18n/message';

/** Results and messages are plain data, so they cross the thread as they are. */
type Reply =
  { id: number; ok: true; result: ReadResult } | { id: number; ok: false; userMessage: Message } | { log: string };

const READ_TIMEOUT_MS = 60_000;

/**
 * A calendar is untrusted input: the thread that reads it gets a bounded heap (the 20,000-event
 * export needs under 80 MB), so a hostile file ends that thread, never the app.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

interface PendingRead {
  text: string;
  request: ReadRequest;
  resolve: (result: ReadResult) => void;
  reject: (error: Error) => void;
}

/**
 * Reads calendars on a worker thread, one at a time, in the order asked. Each read is isolated:
 * its time limit starts when the worker starts it, not while it waits behind another, and a read
 * that runs past its limit or ends the thread fails alone; the reads queued behind it are sent
 * again to a fresh worker.
 */
export class WorkerCalendarReader implements CalendarReader {
  private worker: Worker | null = null;
  private nextId = 1;
  /** In the order sent: the worker reads them in this order, so the first is the one under way. */
  private readonly pending = new Map<number, PendingRead>();
  private headTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly entry: string | URL,
    private readonly options: {
      timeoutMs?: number;
      fromTypeScriptSource?: boolean;
      /** Where the worker's library console output goes (as a note only). */
      log?: Pick<Logger, 'warn'>;
    } = {},
  ) {}

  read(text: string, request: ReadRequest): Promise<ReadResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { text, request, resolve, reject });
      this.ensureWorker().postMessage({ id, text, request });
      if (this.pending.size === 1) this.armHead();
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // The packaged app runs a bundled entry; the preview and tests run the TypeScript source through tsx.
    const worker = this.options.fromTypeScriptSource
      ? new Worker(
          `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(this.entry.toString())}, 'file:///'))`,
          { eval: true, resourceLimits: WORKER_LIMITS },
        )
      : new Worker(this.entry, { resourceLimits: WORKER_LIMITS });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      if ('log' in reply) {
        this.options.log?.warn(reply.log);
        return;
      }
      const waiter = this.pending.get(reply.id);
      if (!waiter || worker !== this.worker) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new CalendarFormatError(reply.userMessage));
      this.armHead();
    });
    worker.on('error', () => {
      if (worker === this.worker) this.failHead(new CalendarError(message('calendar.read.readerStopped')));
    });
    this.worker = worker;
    return worker;
  }

  /** Starts the time limit of the read now under way, if any. */
  private armHead(): void {
    if (this.headTimer) clearTimeout(this.headTimer);
    this.headTimer = null;
    if (this.pending.size === 0) return;
    const timeoutMs = this.options.timeoutMs ?? READ_TIMEOUT_MS;
    this.headTimer = setTimeout(() => {
      this.failHead(new CalendarError(message('calendar.read.timedOut', { seconds: Math.round(timeoutMs / 1000) })));
    }, timeoutMs);
  }

  /** Fails the read under way alone, ends its thread, and sends the others to a fresh one. */
  private failHead(error: Error): void {
    const [headId, head] = [...this.pending][0] ?? [];
    if (headId === undefined || !head) return;
    this.pending.delete(headId);
    head.reject(error);
    void this.close();
    for (const [id, waiting] of this.pending)
      this.ensureWorker().postMessage({ id, text: waiting.text, request: waiting.request });
    this.armHead();
  }
}
