import type { MenuItemConstructorOptions, NativeImage, Tray as TrayType } from 'electron';
import type { Translator } from '../shared/i18n/translator';
import type { TrayAction, TrayMenuItem, TrayMenuModel } from '../shared/tray-menu';
import type { ElectronModule } from './electron-module';

export type TrayIcons = Record<TrayMenuModel['state'], NativeImage>;

/** Turns the core's menu model into Electron's menu template, worded in the core's language. */
export function toMenuTemplate(
  items: readonly TrayMenuItem[],
  onAction: (action: TrayAction) => void,
  words: Translator,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'label':
        return { id: item.id, label: words.say(item.text), enabled: false };
      case 'separator':
        return { id: item.id, type: 'separator' };
      case 'action':
        return { id: item.id, label: words.say(item.text), enabled: item.enabled, click: () => onAction(item.action) };
      case 'submenu':
        return { id: item.id, label: words.say(item.text), submenu: toMenuTemplate(item.items, onAction, words) };
    }
  });
}

/** The native tray icon and menu, re-rendered whenever the core's model changes. */
export class TrayController {
  private tray: TrayType | null = null;

  constructor(
    private readonly electron: ElectronModule,
    private readonly icons: TrayIcons,
    private readonly onAction: (action: TrayAction) => void,
  ) {}

  render(model: TrayMenuModel, words: Translator): void {
    this.tray ??= this.create();
    this.tray.setImage(this.icons[model.state]);
    this.tray.setToolTip(words.say(model.tooltip));
    this.tray.setContextMenu(this.electron.Menu.buildFromTemplate(toMenuTemplate(model.items, this.onAction, words)));
  }

  private create(): TrayType {
    const tray = new this.electron.Tray(this.icons.idle);
    // Windows opens a tray's menu only on right-click; a left-click should open it too.
    tray.on('click', () => tray.popUpContextMenu());
    return tray;
  }

  destroy(): void {
    this.tray?.destroy();
    this.tray = null;
  }
}
