import type { Language } from '../../shared/i18n/languages';
import type { TrayMenuItem, TrayMenuModel } from '../../shared/tray-menu';
import type { Notification, Shell } from '../ports';
import { englishWords } from './english';

/** The tray as an English-speaking user reads it: every message worded. */
export type WordedTrayItem =
  | { kind: 'label'; id: string; text: string }
  | { kind: 'separator'; id: string }
  | (Omit<Extract<TrayMenuItem, { kind: 'action' }>, 'text'> & { text: string })
  | { kind: 'submenu'; id: string; text: string; items: WordedTrayItem[] };
export interface WordedTray {
  language: Language;
  tooltip: string;
  state: TrayMenuModel['state'];
  items: WordedTrayItem[];
}
export type WordedNotification = Omit<Notification, 'title' | 'body' | 'actions'> & {
  title: string;
  body: string;
  actions: { response: Notification['actions'][number]['response']; text: string }[];
};

function wordItem(item: TrayMenuItem): WordedTrayItem {
  if (item.kind === 'separator') return item;
  if (item.kind === 'submenu') return { ...item, text: englishWords.say(item.text), items: item.items.map(wordItem) };
  return { ...item, text: englishWords.say(item.text) };
}

/** What a shell speaking English would show for a tray model. */
export function trayInEnglish(model: TrayMenuModel): WordedTray {
  return { ...model, tooltip: englishWords.say(model.tooltip), items: model.items.map(wordItem) };
}

export function notificationInEnglish(notification: Notification): WordedNotification {
  return {
    ...notification,
    title: englishWords.say(notification.title),
    body: englishWords.say(notification.body),
    actions: notification.actions.map((action) => ({ ...action, text: englishWords.say(action.text) })),
  };
}

export type ShellCall =
  | { type: 'tray'; model: TrayMenuModel }
  | { type: 'notify'; notification: Notification }
  | { type: 'close-notification'; promptId: string }
  | { type: 'show-prompt'; focus?: true }
  | { type: 'hide-prompt' }
  | { type: 'show-dashboard' }
  | { type: 'save-export'; fileName: string }
  | { type: 'quit' };

/** A Shell that remembers what it was asked to do; it reads the tray and notifications back in English, as a shell words them. */
export class RecordingShell implements Shell {
  readonly calls: ShellCall[] = [];

  get notifications(): WordedNotification[] {
    return this.calls.flatMap((call) => (call.type === 'notify' ? [notificationInEnglish(call.notification)] : []));
  }

  /** The last tray model as the core sent it: messages, not words. */
  get lastTrayModel(): TrayMenuModel | undefined {
    return this.calls.findLast((call): call is Extract<ShellCall, { type: 'tray' }> => call.type === 'tray')?.model;
  }

  get lastTray(): WordedTray | undefined {
    const model = this.lastTrayModel;
    return model && trayInEnglish(model);
  }

  setTrayMenu(model: TrayMenuModel): void {
    this.calls.push({ type: 'tray', model });
  }
  notify(notification: Notification): void {
    this.calls.push({ type: 'notify', notification });
  }
  closeNotification(promptId: string): void {
    this.calls.push({ type: 'close-notification', promptId });
  }
  showPromptWindow(options?: { focus: boolean }): void {
    this.calls.push(options?.focus ? { type: 'show-prompt', focus: true } : { type: 'show-prompt' });
  }
  hidePromptWindow(): void {
    this.calls.push({ type: 'hide-prompt' });
  }
  showDashboard(): void {
    this.calls.push({ type: 'show-dashboard' });
  }
  /** As the preview's: the file is handed back to download. */
  saveExport(fileName: string): Promise<'download'> {
    this.calls.push({ type: 'save-export', fileName });
    return Promise.resolve('download');
  }
  quit(): void {
    this.calls.push({ type: 'quit' });
  }
}

export const silentLog = { info: () => undefined, warn: () => undefined };
