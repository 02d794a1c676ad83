import { Worker } from 'node:worker_threads';
import type { CalendarReader, ReadRequest, ReadResult } from '../core/calendar/ports';

type Reply = { id: number; ok: true; result: ReadResult } | { id: number; ok: false; message: string };

const READ_TIMEOUT_MS = 60_000;

/**
 * A calendar is untrusted input: the thread that reads it gets a bounded heap (the 20,000-event
 * export needs under 80 MB), so a hostile file ends that thread, never the app.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

/**
 * Reads calendars on a worker thread. One worker is started on first use and kept; if a read
 * runs past its time limit the worker is ended and the next read starts a fresh one.
 */
export class WorkerCalendarReader implements CalendarReader {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (result: ReadResult) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }
  >();

  constructor(
    private readonly entry: string | URL,
    private readonly options: { timeoutMs?: number; fromTypeScriptSource?: boolean } = {},
  ) {}

  read(text: string, request: ReadRequest): Promise<ReadResult> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const timeoutMs = this.options.timeoutMs ?? READ_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(
          new Error(
            `Reading the calendar took longer than ${Math.round(timeoutMs / 1000)} seconds, so Interlude stopped.`,
          ),
        );
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, text, request });
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
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      clearTimeout(waiter.timer);
      this.pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(Object.assign(new Error(reply.message), { name: 'CalendarFormatError' }));
    });
    worker.on('error', () => this.fail(new Error('The calendar reader stopped unexpectedly.')));
    this.worker = worker;
    return worker;
  }

  private fail(error: Error): void {
    for (const waiter of this.pending.values()) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    this.pending.clear();
    void this.close();
  }
}
