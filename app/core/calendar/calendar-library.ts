import { message } from '../../shared/i18n/message';
import type { Outcome } from '../prompt-desk';
import type { Preferences } from '../preferences';
import type { CalendarSources } from './calendar-sources';

/**
 * The user's list of calendars: import, subscribe and remove. The list lives in the settings, so
 * every change goes through the settings' own write queue, worked out from the list as it then is.
 */
export class CalendarLibrary {
  constructor(
    private readonly sources: CalendarSources,
    private readonly preferences: Preferences,
    private readonly timeZone: () => string,
  ) {}

  async importFile(text: string): Promise<Outcome> {
    return this.add(await this.sources.importFile(text, this.timeZone()));
  }

  async subscribe(url: string, label?: string): Promise<Outcome> {
    return this.add(await this.sources.subscribe(url, label));
  }

  async rename(id: string, label: string): Promise<Outcome> {
    const source = this.preferences.settings.calendar.sources.find((s) => s.id === id);
    if (!source) return { ok: false, message: message('errors.calendarGone') };
    if (source.kind !== 'feed') return { ok: false, message: message('errors.onlyFeedsNamed') };
    return (await this.sources.setLabel(id, label))
      ? { ok: true }
      : { ok: false, message: message('errors.calendarNameNotChanged') };
  }

  async remove(id: string): Promise<Outcome> {
    if (!this.preferences.settings.calendar.sources.some((source) => source.id === id))
      return { ok: false, message: message('errors.calendarGone') };
    await this.preferences.updateSettings((current) => ({
      ...current,
      calendar: { ...current.calendar, sources: current.calendar.sources.filter((s) => s.id !== id) },
    }));
    await this.sources.remove(id);
    return { ok: true };
  }

  private async add(result: Awaited<ReturnType<CalendarSources['importFile']>>): Promise<Outcome> {
    if (!result.ok) return result;
    await this.preferences.updateSettings((current) => ({
      ...current,
      calendar: { ...current.calendar, sources: [...current.calendar.sources, result.source] },
    }));
    return { ok: true };
  }
}
