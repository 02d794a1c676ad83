import { french } from '../../../../app/shared/i18n/every-catalogue';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InterludeApi } from '../../../../app/shared/contract';
import { DEFAULT_HOURS, DEFAULT_SETTINGS } from '../../../../app/shared/settings';
import { message } from '../../../../app/shared/i18n/message';
import { createTranslator } from '../../../../app/shared/i18n/translator';
import { WordsProvider } from '../../i18n/words';
import { renderInEnglish } from '../../testing/render-in-english';
import { settled } from '../../testing/settled';
import { TemplateForm } from './TemplateForm';

function apiAnswering(response: Awaited<ReturnType<InterludeApi['updateSettings']>>) {
  return { updateSettings: vi.fn().mockResolvedValue(response) } as unknown as InterludeApi & {
    updateSettings: ReturnType<typeof vi.fn>;
  };
}
const save = () => settled(() => fireEvent.click(screen.getByRole('button', { name: 'Save schedule' })));

describe('TemplateForm', () => {
  it('sends the edited template and confirms the save', async () => {
    const api = apiAnswering({ ok: true, settings: DEFAULT_SETTINGS });
    renderInEnglish(<TemplateForm api={api} settings={DEFAULT_SETTINGS} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.change(screen.getByLabelText('Session length (minutes)'), { target: { value: '45' } });
    await save();
    expect(api.updateSettings).toHaveBeenCalledWith({
      ...DEFAULT_SETTINGS,
      template: {
        ...DEFAULT_SETTINGS.template,
        days: [...DEFAULT_SETTINGS.template.days, { day: 6, ...DEFAULT_HOURS }],
        sessionMinutes: 45,
      },
    });
    expect(screen.getByTestId('form-status').textContent).toBe('Saved. Your prompts now follow this schedule.');
  });

  it('gives Thursday its own hours and a second break, and sums up each day as it goes', async () => {
    const api = apiAnswering({ ok: true, settings: DEFAULT_SETTINGS });
    renderInEnglish(<TemplateForm api={api} settings={DEFAULT_SETTINGS} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Different hours on different days' }));
    const thursday = within(screen.getByRole('group', { name: 'Thursday' }));
    fireEvent.change(thursday.getByLabelText('First session'), { target: { value: '12' } });
    fireEvent.change(thursday.getByLabelText('Day ends'), { target: { value: '8pm' } });
    fireEvent.change(thursday.getByLabelText('Break 1 from'), { target: { value: '15:00' } });
    fireEvent.change(thursday.getByLabelText('To'), { target: { value: '15:30' } });
    fireEvent.click(thursday.getByRole('button', { name: 'Add a break on Thursday' }));
    expect(screen.getByText('Thursday:').parentElement?.textContent).toBe('Thursday: 6 sessions, 12:00 PM – 7:20 PM');
    expect(screen.getByText('Monday:').parentElement?.textContent).toBe('Monday: 7 sessions, 9:00 AM – 4:50 PM');
    await save();
    const sent = api.updateSettings.mock.calls[0]![0] as typeof DEFAULT_SETTINGS;
    expect(sent.template.days.find((day) => day.day === 4)).toEqual({
      day: 4,
      start: '12:00',
      end: '20:00',
      breaks: [
        { start: '15:00', end: '15:30' },
        { start: '15:30', end: '16:30' },
      ],
    });
    expect(sent.template.days.find((day) => day.day === 1)).toEqual({ day: 1, ...DEFAULT_HOURS });
  });

  it('warns, live, of a day with no session and of a break outside the day', () => {
    renderInEnglish(
      <TemplateForm api={apiAnswering({ ok: true, settings: DEFAULT_SETTINGS })} settings={DEFAULT_SETTINGS} />,
    );
    fireEvent.change(screen.getByLabelText('Break 1 from'), { target: { value: '9:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '17:00' } });
    expect(screen.getByText('Monday:').parentElement?.textContent).toBe(
      'Monday: no sessions. Check its hours and breaks.',
    );
    fireEvent.change(screen.getByLabelText('Break 1 from'), { target: { value: '18:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '19:00' } });
    expect(screen.getByText('Monday:').parentElement?.className).toBe('summary-warning');
    expect(screen.getByText('Monday:').parentElement?.textContent).toMatch(/A break lies outside these hours\.$/);
  });

  it('shows each refusal beside its field, counts what it shows, and marks the field invalid', async () => {
    const api = apiAnswering({
      ok: false,
      errors: [
        { field: 'template.days.0.end', message: message('settings.errors.dayEndsBeforeItStarts') },
        // With one set of hours, the same refusal for another day is the same field.
        { field: 'template.days.3.end', message: message('settings.errors.dayEndsBeforeItStarts') },
        { field: 'template.sessionMinutes', message: message('settings.errors.sessionLengthMin') },
      ],
    });
    renderInEnglish(<TemplateForm api={api} settings={DEFAULT_SETTINGS} />);
    fireEvent.change(screen.getByLabelText('Day ends'), { target: { value: '08:00' } });
    await save();
    const dayEnd = screen.getByLabelText('Day ends');
    expect(dayEnd.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(dayEnd.getAttribute('aria-describedby')!)?.textContent).toBe(
      'The working day must end after it starts.',
    );
    expect(screen.getAllByText(/must end after it starts|at least 10 minutes/)).toHaveLength(2);
    expect(screen.getByTestId('form-status').textContent).toBe('Not saved: 2 things need fixing.');
  });

  it('takes one tab stop per time, and shows a typed time as the clock reads it', () => {
    renderInEnglish(
      <TemplateForm api={apiAnswering({ ok: true, settings: DEFAULT_SETTINGS })} settings={DEFAULT_SETTINGS} />,
    );
    const first = screen.getByLabelText<HTMLInputElement>('First session');
    expect(first.tagName).toBe('INPUT');
    expect(first.type).toBe('text');
    expect(first.value).toBe('9:00 AM');
    fireEvent.change(first, { target: { value: '830' } });
    fireEvent.blur(first);
    expect(first.value).toBe('8:30 AM');
  });

  it('keeps an unsaved draft when an unchanged state arrives', () => {
    const api = apiAnswering({ ok: true, settings: DEFAULT_SETTINGS });
    const { rerender } = renderInEnglish(<TemplateForm api={api} settings={DEFAULT_SETTINGS} />);
    fireEvent.change(screen.getByLabelText('First session'), { target: { value: '8:00' } });
    fireEvent.blur(screen.getByLabelText('First session'));
    rerender(<TemplateForm api={api} settings={structuredClone(DEFAULT_SETTINGS)} />);
    expect(screen.getByLabelText<HTMLInputElement>('First session').value).toBe('8:00 AM');
  });

  it('names the days, their hours and what they give in the language the app speaks', () => {
    render(
      <WordsProvider language="fr" initial={createTranslator(french)}>
        <TemplateForm api={apiAnswering({ ok: true, settings: DEFAULT_SETTINGS })} settings={DEFAULT_SETTINGS} />
      </WordsProvider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Samedi' })).toBeTruthy();
    expect(screen.getByText('Lundi :').parentElement?.textContent).toBe('Lundi : 7 séances, 09:00 – 16:50');
    fireEvent.click(screen.getByRole('switch', { name: 'Des horaires différents selon les jours' }));
    const thursday = within(screen.getByRole('group', { name: 'Jeudi' }));
    expect(thursday.getByRole('button', { name: 'Ajouter une coupure le jeudi' })).toBeTruthy();
  });
});
