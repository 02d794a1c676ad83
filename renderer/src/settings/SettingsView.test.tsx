import { english, spanish, french } from '../../../app/shared/i18n/every-catalogue';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InterludeApi } from '../../../app/shared/contract';
import type { AppState } from '../../../app/shared/domain';
import type { Language } from '../../../app/shared/i18n/languages';
import { message } from '../../../app/shared/i18n/message';
import { createTranslator } from '../../../app/shared/i18n/translator';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';
import { WordsProvider } from '../i18n/words';
import SettingsView from './SettingsView';

const NOW = Date.parse('2026-11-25T15:00:00Z');

/** Settings with something in every list, so that every line the view can show is on screen. */
const state: AppState = {
  closing: null,
  resetsToday: { finished: 0, endedEarly: 0 },
  now: NOW,
  timeZone: 'America/New_York',
  settings: {
    ...DEFAULT_SETTINGS,
    quietDays: {
      ranges: [
        { from: '2026-01-01', to: '2026-01-02' },
        { from: '2026-12-24', to: '2026-12-24' },
      ],
      outOfOfficeFromCalendar: true,
    },
    reflection: { ...DEFAULT_SETTINGS.reflection, hiddenNudges: ['pace', 'day-off'] },
  },
  language: 'en',
  notices: [],
  today: [],
  nextSession: null,
  nextPrompt: null,
  activePrompt: null,
  pause: null,
  journalToday: [],
  quietToday: false,
  calendar: {
    sources: [
      {
        id: 'feed-one',
        kind: 'feed',
        label: message('calendar.labels.named', { name: 'SimplePractice' }),
        lastSuccessAt: NOW - 3_600_000,
        sessionsNext7Days: 12,
        stale: true,
        lastError: message('calendar.refresh.failed'),
        warnings: [message('calendar.warnings.noEnd')],
        coversUntil: null,
        refreshing: true,
      },
      {
        id: 'file-one',
        kind: 'file',
        label: message('calendar.labels.importedFile'),
        lastSuccessAt: NOW - 86_400_000,
        sessionsNext7Days: 1,
        stale: false,
        lastError: null,
        warnings: [],
        coversUntil: NOW + 5 * 86_400_000,
        refreshing: false,
      },
    ],
    secretStorage: { encrypted: true, note: message('calendar.labels.importedFile') },
  },
  nudge: null,
  reflection: null,
  people: [],
  navigation: null,
  launchAtLogin: 'needs-approval',
  firstStartedAt: 0,
};

const api = { updateSettings: vi.fn(), setLaunchAtLogin: vi.fn() } as unknown as InterludeApi;
const CATALOGUES = { en: english, es: spanish, fr: french };

/** Every text and spoken attribute on screen. */
function everythingShown(): string[] {
  const spoken = [...document.body.querySelectorAll('*')].flatMap((element) =>
    ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
  );
  return [document.body.textContent ?? '', ...spoken];
}

describe('SettingsView, in each language', () => {
  it.each(Object.keys(CATALOGUES) as Language[])(
    'words everything in %s: no key and no placeholder is left',
    (language) => {
      const words = createTranslator(CATALOGUES[language]);
      render(
        <WordsProvider language={language} initial={words}>
          <SettingsView api={api} state={{ ...state, language }} />
        </WordsProvider>,
      );
      fireEvent.click(screen.getByRole('button', { name: words.t('settings.yourData.eraseStart') }));
      fireEvent.click(
        screen.getByRole('button', { name: words.t('settings.calendar.source.rename', { name: 'SimplePractice' }) }),
      );
      for (const text of everythingShown()) {
        expect(text).not.toMatch(/\b(settings|calendarGuides|calendar|exercises|common)\.[a-zA-Z]+\.?/);
        expect(text).not.toMatch(/\{\{/);
      }
      expect(
        screen.getByText(words.t('settings.yourData.typeToConfirm', { word: words.t('settings.yourData.eraseWord') })),
      ).toBeTruthy();
    },
  );

  it('shows a calendar’s state in English as before', () => {
    const words = createTranslator(english);
    render(
      <WordsProvider language="en" initial={words}>
        <SettingsView api={api} state={state} />
      </WordsProvider>,
    );
    const [feed, file] = screen.getAllByRole('listitem').filter((item) => item.classList.contains('source'));
    expect(feed!.querySelector('.source-status')!.textContent).toBe(
      'Fetching… Updated 9:00 AM · 12 sessions in the next 7 days',
    );
    expect(feed!.querySelector('[role="alert"]')!.textContent).toBe(
      'Out of date: The calendar could not be refreshed. The schedule fetched 9:00 AM is still in use.',
    );
    expect(screen.getByText('1 note about this calendar')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try SimplePractice again now' })).toBeTruthy();
    expect(file!.querySelector('.source-status')!.textContent).toBe(
      'Updated yesterday 10:00 AM · 1 session in the next 7 days · covers until Nov 30',
    );
    expect(screen.getByRole('button', { name: 'Remove Imported file' })).toBeTruthy();
    expect(screen.getByText('Thu, Dec 24, 2026')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove Thu, Jan 1, 2026 – Fri, Jan 2, 2026' })).toBeTruthy();
    expect(screen.getByText('Clear 1 time off that is over')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show “The pace of the schedule” again' })).toBeTruthy();
  });
});
