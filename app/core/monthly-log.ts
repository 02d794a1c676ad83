import type { z } from 'zod';
import { message, type Message } from '../shared/i18n/message';
import { localDateKey } from '../shared/local-date';
import { safeJsonParse } from './documents';
import type { DocumentStore } from './ports';

export interface MonthlyLogOptions<T> {
  /** Files are named `${name}-2026-12.jsonl`. */
  name: string;
  schema: z.ZodType<T>;
  /** The zone a record's month is read in; it can change, so it is asked at each append. */
  timeZone: () => string;
  now: () => number;
  /** What the user calls it, in notices: message('notices.documents.journal'), "journal". */
  describe: Message;
}

export interface ParsedLines<T> {
  records: T[];
  /** Lines that were torn or unreadable. */
  damagedLines: number;
}

/** One JSON record a line; a torn or foreign line is skipped without losing the records around it. */
export function parseLines<T>(text: string, schema: z.ZodType<T>): ParsedLines<T> {
  const records: T[] = [];
  let damagedLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const json = safeJsonParse(line);
    const record = json.ok ? schema.safeParse(json.value) : undefined;
    if (record?.success) records.push(record.data);
    else damagedLines += 1;
  }
  return { records, damagedLines };
}

export function serializeLines(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

/** "2026-12": the month of an instant in the user's zone. */
export function monthOf(at: number, timeZone: string): string {
  return localDateKey(at, timeZone).slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthDocument(name: string, month: string): string {
  return `${name}-${month}.jsonl`;
}

export function monthsIn(documents: readonly string[], name: string): string[] {
  const pattern = new RegExp(`^${name}-(\\d{4}-\\d{2})\\.jsonl$`);
  return documents.flatMap((document) => pattern.exec(document)?.[1] ?? []).sort();
}

/**
 * Records kept one JSON line each, in a file per month of the user's zone. An append is one
 * write and one fsync, whatever the history's length. Opening reads only the current and the
 * previous month; older months are read when asked for, and kept once read.
 */
export class MonthlyLog<T extends { at: number }> {
  private readonly recentRecords: T[] = [];
  /** Parsed months, for reads of history. */
  private readonly cache = new Map<string, T[]>();
  /** Months whose file has been read and, if torn, repaired: safe to append to. */
  private readonly checked = new Set<string>();
  private readonly known = new Set<string>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly store: DocumentStore,
    private readonly options: MonthlyLogOptions<T>,
  ) {}

  static async open<T extends { at: number }>(
    store: DocumentStore,
    options: MonthlyLogOptions<T>,
  ): Promise<{ log: MonthlyLog<T>; notices: Message[] }> {
    const log = new MonthlyLog(store, options);
    const months = monthsIn(await store.list(), options.name);
    for (const month of months) log.known.add(month);
    // From the previous month on: enough for today, open prompts and anything a clock set ahead wrote.
    const current = monthOf(options.now(), options.timeZone());
    const from = shiftMonth(current, -1);
    const notices: Message[] = [];
    for (const month of months.filter((candidate) => candidate >= from)) {
      const { records, notice } = await log.loadForAppending(month);
      log.recentRecords.push(...records);
      if (notice) notices.push(notice);
      if (month < current) log.consolidateLater(monthDocument(options.name, month));
    }
    return { log, notices };
  }

  /** The current and previous month's records, and every append since opening, in the order written. */
  recent(): readonly T[] {
    return this.recentRecords;
  }

  /** Joins memory at once; resolves once the record is durable, and rejects if it could not be written. */
  append(record: T): Promise<void> {
    const parsed = this.options.schema.parse(record);
    this.recentRecords.push(parsed);
    const month = monthOf(parsed.at, this.options.timeZone());
    const write = this.writing.then(async () => {
      if (!this.checked.has(month)) await this.loadForAppending(month);
      await this.store.append(monthDocument(this.options.name, month), serializeLines([parsed]));
      this.known.add(month);
      this.cache.get(month)?.push(parsed);
    });
    // A failed write must not wedge later ones; the caller of this append still sees the failure.
    this.writing = write.catch(() => undefined);
    return write;
  }

  /** Records with from ≤ at < to, read from the months that can hold them, after every append so far. */
  async between(from: number, to: number): Promise<T[]> {
    await this.writing;
    const zone = this.options.timeZone();
    // A month either side: a record is filed by the zone it was written in, which may differ from today's.
    const first = shiftMonth(monthOf(from, zone), -1);
    const last = shiftMonth(monthOf(Math.max(from, to - 1), zone), 1);
    const months = [...this.known].filter((month) => month >= first && month <= last).sort();
    const found: T[] = [];
    for (const month of months) {
      for (const record of await this.monthRecords(month)) if (record.at >= from && record.at < to) found.push(record);
    }
    return found;
  }

  /** Every record in every month, oldest month first: for export. */
  async all(): Promise<T[]> {
    await this.writing;
    const found: T[] = [];
    for (const month of [...this.known].sort()) found.push(...(await this.monthRecords(month)));
    return found;
  }

  /** The earliest record kept, to know how far back the records reach. */
  async earliest(): Promise<T | undefined> {
    await this.writing;
    for (const month of [...this.known].sort()) {
      const records = await this.monthRecords(month);
      if (records.length > 0) return records.reduce((first, record) => (record.at < first.at ? record : first));
    }
    return undefined;
  }

  /** Resolves when every append so far has been tried. */
  flushed(): Promise<void> {
    return this.writing;
  }

  private async monthRecords(month: string): Promise<T[]> {
    const cached = this.cache.get(month);
    if (cached) return cached;
    const document = monthDocument(this.options.name, month);
    const text = (await this.store.read(document)) ?? '';
    // History is read as it is; a damaged line in an old month is skipped here and repaired only when appended to.
    const { records } = parseLines(text, this.options.schema);
    this.cache.set(month, records);
    if (month < monthOf(this.options.now(), this.options.timeZone())) this.consolidateLater(document);
    return records;
  }

  /** A closed month, made quicker to read next time; in the write queue, so no append of ours races it. */
  private consolidateLater(document: string): void {
    const { store } = this;
    if (!store.consolidate) return;
    // Only a speed-up: if it fails, the document is as it was (the rewrite is atomic).
    this.writing = this.writing.then(() => store.consolidate?.(document)).catch(() => undefined);
  }

  /**
   * Reads a month and makes it safe to append to. A damaged or torn file is copied aside first,
   * then rewritten whole with its readable records, so a crash between the two loses nothing.
   */
  private async loadForAppending(month: string): Promise<{ records: T[]; notice?: Message }> {
    const document = monthDocument(this.options.name, month);
    const text = await this.store.read(document);
    const { records, damagedLines } = parseLines(text ?? '', this.options.schema);
    this.cache.set(month, records);
    this.checked.add(month);
    if (text === undefined || text === '' || (damagedLines === 0 && text.endsWith('\n'))) return { records };
    // Only the last newline went missing: every record is there, so the rewrite alone is safe.
    if (damagedLines === 0) {
      await this.store.write(document, serializeLines(records));
      return { records };
    }
    const keptAs = await this.store.copyAside(document);
    await this.store.write(document, serializeLines(records));
    return {
      records,
      notice: message('notices.monthRepaired', {
        document: this.options.describe,
        month,
        lines: message('notices.damagedLines', { count: damagedLines }),
        kept: message('notices.readableRecordsKept', { count: records.length }),
        keptAs,
      }),
    };
  }
}
