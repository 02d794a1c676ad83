import type { PromptKind } from '../shared/domain';
import type { Language } from '../shared/i18n/languages';
import type { Message } from '../shared/i18n/message';
import type { TrayMenuModel } from '../shared/tray-menu';

/** Wall-clock time and the zone the user lives in. Both can jump, so both are read, never cached. */
export interface Clock {
  now(): number;
  timeZone(): string;
  /** Told the zone by a window, where this process cannot see a change of zone itself. */
  followTimeZone?(zone: string): void;
}

export type TimerHandle = unknown;

export interface Timers {
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Why a document was set aside, which its new name says: it could not be read, or its key could not be opened. */
export type AsideReason = 'damaged' | 'locked';

/** Named text documents in the user's data folder. */
export interface DocumentStore {
  read(name: string): Promise<string | undefined>;
  /** Atomic: after it resolves the new contents are durable; if interrupted, the old contents remain. */
  write(name: string, contents: string): Promise<void>;
  /** Adds to the end of a document (creating it) and returns once the addition is durable. A crash may leave it torn. */
  append(name: string, text: string): Promise<void>;
  /** Moves a damaged (or, with 'locked', an unopenable) document to a new name so nothing is deleted. Returns that name. */
  setAside(name: string, reason?: AsideReason): Promise<string>;
  /** Keeps a durable copy under a new name, for a document about to be repaired in place. Returns that name. */
  copyAside(name: string): Promise<string>;
  /** Every document's name. */
  list(): Promise<string[]>;
  /** Deletes a document; a missing one is not an error. Only "erase everything" deletes. */
  remove(name: string): Promise<void>;
  /** Clears half-written temporary files left by a crash; returns how many. Called before anything is written. */
  sweepTemporaryFiles(): Promise<number>;
  /**
   * Rewrites a document whole, in one atomic write, where that makes it quicker to read (the
   * encrypting store joins the lines its appends sealed one by one). Only for a document that
   * nothing appends to meanwhile; stores with nothing to gain leave it out.
   */
  consolidate?(name: string): Promise<void>;
}

export type NotificationResponse = 'open' | 'start' | 'snooze';

export interface Notification {
  /** The language the core chose, for the shell to word the messages in. */
  language: Language;
  title: Message;
  body: Message;
  kind: PromptKind;
  /** The prompt it announces; the shell hands it back with the user's response. */
  promptId: string;
  /** Buttons, where the platform shows them. A click on the notification itself is 'open'. */
  actions: { response: Exclude<NotificationResponse, 'open'>; text: Message }[];
}

/** What the desktop shell does: tray, notifications, windows. Electron renders it natively, the preview as HTML. */
export interface Shell {
  setTrayMenu(model: TrayMenuModel): void;
  notify(notification: Notification): void;
  /** The prompt was answered, or has gone: its notification is taken down wherever it shows. */
  closeNotification(promptId: string): void;
  /** Shown on top without taking the keyboard, unless the user asked for it (focus). */
  showPromptWindow(options?: { focus: boolean }): void;
  hidePromptWindow(): void;
  showDashboard(): void;
  /**
   * Offers an export to save: Electron asks where with a save dialog and writes it; the preview
   * cannot write to the user's disk, so it answers 'download' and the page downloads the file.
   */
  saveExport(fileName: string, contents: string, language: Language): Promise<'saved' | 'cancelled' | 'download'>;
  quit(): void;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * The machine's clock. Electron's main process keeps the zone it started in even after the
 * system's zone changes (electron/electron#33723), while its windows follow the change, so the
 * zone a window reports wins over the one this process reads.
 */
export class SystemClock implements Clock {
  private reportedZone: string | null = null;

  now(): number {
    return Date.now();
  }

  timeZone(): string {
    return this.reportedZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  followTimeZone(zone: string): void {
    this.reportedZone = zone;
  }
}

export const systemTimers: Timers = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
