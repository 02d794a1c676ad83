/**
 * Runs tasks one after another, each once the one before has settled. A read-modify-write done
 * inside a task cannot interleave with another, so two changes at once both land. A failure is
 * its own caller's: the queue goes on.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
