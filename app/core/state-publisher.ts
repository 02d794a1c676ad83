import type { AppState } from '../shared/domain';
import type { Language } from '../shared/i18n/languages';
import type { Message } from '../shared/i18n/message';
import type { TrayMenuModel } from '../shared/tray-menu';
import { buildAppState, type AppStateParts } from './app-state';
import type { CalendarSources } from './calendar/calendar-sources';
import type { SecretStore } from './calendar/ports';
import type { Journal } from './journal';
import type { Moment } from './moment';
import type { Shell } from './ports';
import type { Preferences } from './preferences';
import type { PromptDesk } from './prompt-desk';
import { buildTrayMenu, trayInputFor } from './tray-menu';

export type StateListener = (state: AppState) => void;

export interface StatePublisherDeps {
  shell: Pick<Shell, 'setTrayMenu'>;
  preferences: Preferences;
  calendar: CalendarSources;
  secrets: SecretStore;
  desk: PromptDesk;
  journal: () => Journal;
  notices: readonly Message[];
  /** The language the tray and windows speak, as the core decided it. */
  language: () => Language;
  /** The nudge, the weekly reflection, the people list and a view asked for: what Patterns adds to the state. */
  wellbeing: (moment: Moment) => Pick<AppStateParts, 'nudge' | 'reflection' | 'people' | 'navigation'>;
  /** Whether Interlude opens at login, as the system says. */
  launchAtLogin: () => AppStateParts['launchAtLogin'];
}

/** Builds the tray and every window's state from one moment, and sends them where they go. */
export class StatePublisher {
  private readonly listeners = new Set<StateListener>();
  private lastTray = '';

  constructor(private readonly deps: StatePublisherDeps) {}

  onStateChanged(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(moment: Moment): AppState {
    const { preferences, calendar, secrets, desk } = this.deps;
    const { settings, pause } = preferences;
    return buildAppState(moment, {
      settings,
      pause,
      language: this.deps.language(),
      notices: this.deps.notices,
      active: desk.activeAt(moment.now),
      closing: desk.closing,
      journal: this.deps.journal().entries(),
      calendar: { sources: calendar.statuses(moment.now), secretStorage: secrets.describe() },
      launchAtLogin: this.deps.launchAtLogin(),
      firstStartedAt: preferences.firstStartedAt,
      ...this.deps.wellbeing(moment),
    });
  }

  trayMenu(moment: Moment): TrayMenuModel {
    const { preferences, calendar, desk } = this.deps;
    const { settings, pause } = preferences;
    const activePrompt = desk.activeAt(moment.now);
    return buildTrayMenu(
      trayInputFor(moment, {
        settings,
        pause,
        activePrompt,
        staleCalendars: calendar.staleLabels(),
        language: this.deps.language(),
      }),
    );
  }

  /** The tray only when its words change; the windows' state whenever anyone listens. */
  publish(moment: Moment): void {
    const tray = this.trayMenu(moment);
    const trayKey = JSON.stringify(tray);
    if (trayKey !== this.lastTray) {
      this.lastTray = trayKey;
      this.deps.shell.setTrayMenu(tray);
    }
    if (this.listeners.size === 0) return;
    const state = this.snapshot(moment);
    for (const listener of this.listeners) listener(state);
  }
}
