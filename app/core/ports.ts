import type { PromptKind } from '../shared/domain';
import type { TrayMenuModel } from '../shared/tray-menu';

/** Wall-clock time and the zone the user lives in. Both can jump, so both are read, never cached. */
export interface Clock {
  now(): number;
  timeZone(): string;
}

export type TimerHandle = unknown;

export interface Timers {
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Named text documents in the user's data folder. */
export interface DocumentStore {
  read(name: string): Promise<string | undefined>;
  /** Atomic: after it resolves the new contents are durable; if interrupted, the old contents remain. */
  write(name: string, contents: string): Promise<void>;
  /** Keeps a damaged document under a new name so nothing is deleted. Returns that name. */
  setAside(name: string): Promise<string>;
}

export interface Notification {
  title: string;
  body: string;
  kind: PromptKind;
}

/** What the desktop shell does: tray, notifications, windows. Electron renders it natively, the preview as HTML. */
export interface Shell {
  setTrayMenu(model: TrayMenuModel): void;
  notify(notification: Notification): void;
  showPromptWindow(): void;
  hidePromptWindow(): void;
  showDashboard(): void;
  quit(): void;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export const systemTimers: Timers = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
