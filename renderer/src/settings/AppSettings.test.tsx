import { spanish } from '../../../app/shared/i18n/every-catalogue';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InterludeApi } from '../../../app/shared/contract';
import { createTranslator } from '../../../app/shared/i18n/translator';
import { DEFAULT_SETTINGS, type Settings } from '../../../app/shared/settings';
import { WordsProvider } from '../i18n/words';
import { renderInEnglish } from '../testing/render-in-english';
import { settled } from '../testing/settled';
import { AppSettings } from './AppSettings';

function apiSaving() {
  const updateSettings = vi.fn((settings: Settings) => Promise.resolve({ ok: true as const, settings }));
  return { api: { updateSettings, setLaunchAtLogin: vi.fn() } as unknown as InterludeApi, updateSettings };
}

describe('AppSettings: the language', () => {
  it('offers the system’s language and each language named in itself', () => {
    renderInEnglish(<AppSettings api={apiSaving().api} settings={DEFAULT_SETTINGS} launchAtLogin="off" />);
    const select = screen.getByLabelText<HTMLSelectElement>('Language');
    expect(select.value).toBe('system');
    const options = within(select).getAllByRole('option');
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['Same as the system', null],
      ['English', 'en'],
      ['Español', 'es'],
      ['Français', 'fr'],
    ]);
  });

  it('saves the language picked with the rest of the settings, and says so', async () => {
    const { api, updateSettings } = apiSaving();
    renderInEnglish(<AppSettings api={api} settings={DEFAULT_SETTINGS} launchAtLogin="off" />);
    await settled(() => fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'fr' } }));
    expect(updateSettings).toHaveBeenCalledWith({
      ...DEFAULT_SETTINGS,
      app: { ...DEFAULT_SETTINGS.app, language: 'fr' },
    });
    expect(screen.getByRole('status').textContent).toBe('Saved. Interlude now speaks French.');
  });

  it('speaks the chosen language, naming each language still in itself', () => {
    render(
      <WordsProvider language="es" initial={createTranslator(spanish)}>
        <AppSettings
          api={apiSaving().api}
          settings={{ ...DEFAULT_SETTINGS, app: { ...DEFAULT_SETTINGS.app, language: 'es' } }}
          launchAtLogin="on"
        />
      </WordsProvider>,
    );
    const select = screen.getByLabelText<HTMLSelectElement>('Idioma');
    expect(select.value).toBe('es');
    expect(within(select).getByRole('option', { name: 'Français' }).getAttribute('lang')).toBe('fr');
    expect(screen.getByRole('switch', { name: 'Abrir Interlude al iniciar sesión en el equipo' })).toBeTruthy();
  });
});
