import type { LoginItemStatus } from '../shared/domain';
import { message, type Message } from '../shared/i18n/message';
import type { Logger } from './ports';
import { SerialQueue } from './serial-queue';

/**
 * The system's list of apps opened at login. Each platform keeps its own: macOS and Windows
 * through Electron, Linux as an XDG autostart file. The system, not the settings, is the truth:
 * the user can remove Interlude there too.
 */
export interface LoginItem {
  status(): Promise<LoginItemStatus>;
  /** Adds (or removes) Interlude, always to start hidden in the tray; answers what the system now reports. */
  setOpenAtLogin(open: boolean): Promise<LoginItemStatus>;
}

/** Where no login item can be kept (tests that do not ask for one). */
export const noLoginItem: LoginItem = {
  status: () => Promise.resolve('unavailable'),
  setOpenAtLogin: () => Promise.resolve('unavailable'),
};

/**
 * The launch-at-login switch: one change at a time, so two quick clicks end as the last one
 * asked; the status last read is kept for the dashboard, and a failure says so in our words.
 */
export class LoginItemSwitch {
  private current: LoginItemStatus = 'unavailable';
  private readonly queue = new SerialQueue();

  constructor(
    private readonly item: LoginItem,
    private readonly log: Logger,
    private readonly onChange: () => void,
  ) {}

  get status(): LoginItemStatus {
    return this.current;
  }

  /** Reads the system's answer; a system that cannot say leaves the switch as unavailable. */
  async load(): Promise<void> {
    try {
      this.current = await this.item.status();
    } catch (error) {
      this.log.warn(`Could not read the login item: ${String(error)}`);
      this.current = 'unavailable';
    }
  }

  set(open: boolean): Promise<{ ok: boolean; message?: Message }> {
    return this.queue.run(async () => {
      try {
        this.current = await this.item.setOpenAtLogin(open);
        this.onChange();
        return this.current === 'unavailable'
          ? { ok: false, message: message('errors.loginItemUnavailable') }
          : { ok: true };
      } catch (error) {
        this.log.warn(`Could not change the login item: ${String(error)}`);
        await this.load();
        this.onChange();
        return {
          ok: false,
          message: open ? message('errors.loginItemNotAdded') : message('errors.loginItemNotRemoved'),
        };
      }
    });
  }
}
