import { fireEvent, render, screen } from '@testing-library/react';

import { describe, expect, it, vi } from 'vitest';
import type { InterludeApi } from '../../../app/shared/contract';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';
import { TemplateForm } from './TemplateForm';
import { settled } from '../testing/settled';

function apiAnswering(response: Awaited<ReturnType<InterludeApi['updateSettings']>>) {
  return { updateSettings: vi.fn().mockResolvedValue(response) } as unknown as InterludeApi & {
    updateSettings: ReturnType<typeof vi.fn>;
  };
}

describe('TemplateForm', () => {
  it('sends the edited template and confirms the save', async () => {
    const api = apiAnswering({ ok: true, settings: DEFAULT_SETTINGS });
    render(<TemplateForm api={api} settings={DEFAULT_SETTINGS} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.change(screen.getByLabelText('Session length (minutes)'), { target: { value: '45' } });
    await settled(() => fireEvent.click(screen.getByRole('button', { name: 'Save schedule' })));
    expect(api.updateSettings).toHaveBeenCalledWith({
      ...DEFAULT_SETTINGS,
      template: { ...DEFAULT_SETTINGS.template, days: [1, 2, 3, 4, 5, 6], sessionMinutes: 45 },
    });
    expect(screen.getByTestId('form-status').textContent).toBe('Saved. Your prompts now follow this schedule.');
  });

  it('shows each refusal beside its field and marks the field invalid', async () => {
    const api = apiAnswering({
      ok: false,
      errors: [{ field: 'template.dayEnd', message: 'The working day must end after it starts.' }],
    });
    render(<TemplateForm api={api} settings={DEFAULT_SETTINGS} />);
    fireEvent.change(screen.getByLabelText('Day ends'), { target: { value: '08:00' } });
    await settled(() => fireEvent.click(screen.getByRole('button', { name: 'Save schedule' })));
    const dayEnd = screen.getByLabelText('Day ends');
    expect(dayEnd.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(dayEnd.getAttribute('aria-describedby')!)?.textContent).toBe(
      'The working day must end after it starts.',
    );
    expect(screen.getByTestId('form-status').textContent).toBe('Not saved: one thing needs fixing.');
  });

  it('keeps an unsaved draft when an unchanged state arrives', () => {
    const api = apiAnswering({ ok: true, settings: DEFAULT_SETTINGS });
    const { rerender } = render(<TemplateForm api={api} settings={DEFAULT_SETTINGS} />);
    fireEvent.change(screen.getByLabelText('First session'), { target: { value: '08:00' } });
    rerender(<TemplateForm api={api} settings={structuredClone(DEFAULT_SETTINGS)} />);
    expect(screen.getByLabelText<HTMLInputElement>('First session').value).toBe('08:00');
  });
});
