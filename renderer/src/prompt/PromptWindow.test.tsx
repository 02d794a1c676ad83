import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InterludeApi } from '../../../app/shared/contract';
import type { AppState, Prompt } from '../../../app/shared/domain';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';
import { PromptWindow } from './PromptWindow';

const prompt: Prompt = {
  id: 'reset@2026-11-25T09:50:00.000Z',
  kind: 'reset',
  dueAt: Date.parse('2026-11-25T09:50:00Z'),
  expiresAt: Date.parse('2026-11-25T09:58:00Z'),
  session: { start: Date.parse('2026-11-25T09:00:00Z'), end: Date.parse('2026-11-25T09:50:00Z'), source: 'template' },
  resetSeconds: 180,
};

function state(activePrompt: AppState['activePrompt']): AppState {
  return {
    now: prompt.dueAt,
    timeZone: 'UTC',
    settings: DEFAULT_SETTINGS,
    notices: [],
    today: [],
    nextSession: null,
    nextPrompt: null,
    activePrompt,
    pause: null,
    journalToday: [],
    quietToday: false,
    calendar: { sources: [], secretStorage: { encrypted: true, note: '' } },
  };
}

function fakeApi(overrides: Partial<InterludeApi> = {}): InterludeApi {
  return {
    getState: vi.fn(),
    respondToPrompt: vi.fn().mockResolvedValue({ ok: true }),
    finishExercise: vi.fn().mockResolvedValue({ ok: true }),
    updateSettings: vi.fn(),
    closeWindow: vi.fn().mockResolvedValue(undefined),
    openDashboard: vi.fn().mockResolvedValue(undefined),
    importCalendar: vi.fn(),
    subscribeCalendar: vi.fn(),
    removeCalendar: vi.fn(),
    refreshCalendars: vi.fn(),
    reportTimeZone: vi.fn().mockResolvedValue(undefined),
    onStateChanged: vi.fn(() => () => undefined),
    ...overrides,
  };
}

describe('PromptWindow', () => {
  it('offers the reset with Start focused', () => {
    render(<PromptWindow api={fakeApi()} state={state({ prompt, stage: 'offer' })} />);
    expect(screen.getByRole('heading', { name: 'Your session has ended.' })).toBeTruthy();
    expect(screen.getByText('Take three minutes?')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start' }));
  });

  it.each([
    ['Start', 'start'],
    ['In 5 minutes', 'snooze'],
    ['Skip', 'skip'],
    ['Still in session', 'overrun'],
  ] as const)('sends %s to the core as %s', async (label, action) => {
    const api = fakeApi();
    render(<PromptWindow api={api} state={state({ prompt, stage: 'offer' })} />);
    await act(() => fireEvent.click(screen.getByRole('button', { name: label })));
    expect(api.respondToPrompt).toHaveBeenCalledWith({ promptId: prompt.id, action });
  });

  it('shows the reason when the core refuses', async () => {
    const api = fakeApi({ respondToPrompt: vi.fn().mockResolvedValue({ ok: false, message: 'Your next session starts too soon to snooze this.' }) });
    render(<PromptWindow api={api} state={state({ prompt, stage: 'offer' })} />);
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'In 5 minutes' })));
    expect(screen.getByRole('alert').textContent).toBe('Your next session starts too soon to snooze this.');
  });

  it('runs the exercise once started, then closes with a word and records the result', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    try {
      const api = fakeApi();
      render(<PromptWindow api={api} state={state({ prompt, stage: 'exercise' })} />);
      expect(screen.getByRole('heading', { name: 'Resonance breathing' })).toBeTruthy();
      await act(() => vi.advanceTimersByTime(20_000));
      fireEvent.click(screen.getByRole('button', { name: 'End early' }));
      expect(api.finishExercise).toHaveBeenCalledWith({ promptId: prompt.id, exercise: 'resonance-breathing', secondsDone: 20, endedEarly: true });
      expect(screen.getByRole('heading', { name: 'A pause, however short, still counts.' })).toBeTruthy();
      await act(() => fireEvent.click(screen.getByRole('button', { name: 'Close' })));
      expect(api.closeWindow).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers a check-in before a session', async () => {
    const checkIn: Prompt = { ...prompt, id: 'check-in@x', kind: 'check-in', session: { ...prompt.session!, start: Date.parse('2026-11-25T10:00:00Z') } };
    const api = fakeApi();
    render(<PromptWindow api={api} state={state({ prompt: checkIn, stage: 'offer' })} />);
    expect(screen.getByRole('heading').textContent).toMatch(/Your next session starts at 10:00/);
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'I’m ready' })));
    expect(api.respondToPrompt).toHaveBeenCalledWith({ promptId: 'check-in@x', action: 'check-in' });
  });
});
