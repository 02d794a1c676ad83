import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InterludeApi } from '../../../app/shared/contract';
import type { AppState, Prompt } from '../../../app/shared/domain';
import { DEFAULT_AFTER, DEFAULT_BEFORE } from '../../../app/shared/check-in';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';
import { PromptWindow } from './PromptWindow';
import { settled } from '../testing/settled';

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

const click = (element: HTMLElement) => settled(() => fireEvent.click(element));

function fakeApi(overrides: Partial<InterludeApi> = {}): InterludeApi {
  return {
    getState: vi.fn(),
    respondToPrompt: vi.fn().mockResolvedValue({ ok: true }),
    saveCheckIn: vi.fn().mockResolvedValue({ ok: true }),
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
    ['In 5 minutes', 'snooze'],
    ['Skip', 'skip'],
    ['Still in session', 'overrun'],
  ] as const)('sends %s to the core as %s', async (label, action) => {
    const api = fakeApi();
    render(<PromptWindow api={api} state={state({ prompt, stage: 'offer' })} />);
    await click(screen.getByRole('button', { name: label }));
    expect(api.respondToPrompt).toHaveBeenCalledWith({ promptId: prompt.id, action });
  });

  it('shows the reason when the core refuses', async () => {
    const api = fakeApi({
      respondToPrompt: vi
        .fn()
        .mockResolvedValue({ ok: false, message: 'Your next session starts too soon to snooze this.' }),
    });
    render(<PromptWindow api={api} state={state({ prompt, stage: 'offer' })} />);
    await click(screen.getByRole('button', { name: 'In 5 minutes' }));
    expect(screen.getByRole('alert').textContent).toBe('Your next session starts too soon to snooze this.');
  });

  it('on Start, asks the post-session check-in first, then suggests from it, and starts what the user picks', async () => {
    const api = fakeApi();
    render(<PromptWindow api={api} state={state({ prompt, stage: 'offer' })} />);
    await click(screen.getByRole('button', { name: 'Start' }));
    expect(api.respondToPrompt).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Before you begin' })).toBeTruthy();
    // Every answer has a default; Save has the focus, so one Enter would save.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save and continue' }));
    await click(screen.getByRole('radio', { name: 'A lot' }));
    await click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(api.saveCheckIn).toHaveBeenCalledWith({
      promptId: prompt.id,
      answers: { ...DEFAULT_AFTER, carrying: 'a-lot' },
    });
    expect(screen.getByText('Suggested: You said you are carrying a lot from that hour.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start hand on heart' }));
    await click(screen.getByRole('button', { name: 'Seated stretch' }));
    expect(api.respondToPrompt).toHaveBeenCalledWith({
      promptId: prompt.id,
      action: 'start',
      exercise: 'seated-stretch',
    });
  });

  it('lets the check-in be skipped on the way to the reset', async () => {
    const api = fakeApi();
    render(<PromptWindow api={api} state={state({ prompt, stage: 'offer' })} />);
    await click(screen.getByRole('button', { name: 'Start' }));
    await click(screen.getByRole('button', { name: 'Skip' }));
    expect(api.saveCheckIn).toHaveBeenCalledWith({ promptId: prompt.id, answers: null });
    expect(screen.getByRole('heading', { name: 'Take three minutes for yourself.' })).toBeTruthy();
  });

  it('runs the exercise once started, then closes with a word and records the result', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    try {
      const api = fakeApi();
      render(<PromptWindow api={api} state={state({ prompt, stage: 'exercise', exercise: 'box-breathing' })} />);
      expect(screen.getByRole('heading', { name: 'Box breathing' })).toBeTruthy();
      await act(() => vi.advanceTimersByTime(20_000));
      fireEvent.click(screen.getByRole('button', { name: 'End early' }));
      expect(api.finishExercise).toHaveBeenCalledWith({
        promptId: prompt.id,
        exercise: 'box-breathing',
        secondsDone: 20,
        endedEarly: true,
      });
      expect(screen.getByRole('heading', { name: 'A pause, however short, still counts.' })).toBeTruthy();
      await act(() => fireEvent.click(screen.getByRole('button', { name: 'Close' })));
      expect(api.closeWindow).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives way to a newer prompt while the closing word is up, and does not bring the closing word back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    try {
      const api = fakeApi();
      const { rerender } = render(
        <PromptWindow api={api} state={state({ prompt, stage: 'exercise', exercise: 'silence' })} />,
      );
      await act(() => vi.advanceTimersByTime(1_000));
      fireEvent.click(screen.getByRole('button', { name: 'End early' }));
      rerender(<PromptWindow api={api} state={state(null)} />);
      expect(screen.getByRole('heading', { name: 'A pause, however short, still counts.' })).toBeTruthy();
      const checkIn: Prompt = {
        ...prompt,
        id: 'check-in@next',
        kind: 'check-in',
        session: { ...prompt.session!, start: Date.parse('2026-11-25T10:00:00Z') },
      };
      rerender(<PromptWindow api={api} state={state({ prompt: checkIn, stage: 'offer' })} />);
      expect(screen.getByText('How are you arriving?')).toBeTruthy();
      rerender(<PromptWindow api={api} state={state(null)} />);
      expect(screen.getByRole('heading', { name: 'Nothing is waiting.' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks the check-in before a session, saved with its defaults or skipped', async () => {
    const checkIn: Prompt = {
      ...prompt,
      id: 'check-in@x',
      kind: 'check-in',
      session: { ...prompt.session!, start: Date.parse('2026-11-25T10:00:00Z') },
    };
    const api = fakeApi();
    render(<PromptWindow api={api} state={state({ prompt: checkIn, stage: 'offer' })} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Your next session starts at 10:00/);
    expect(screen.getAllByRole('slider').map((slider) => slider.getAttribute('aria-valuenow'))).toEqual(['5', '3']);
    await click(screen.getByRole('radio', { name: 'Curious' }));
    await settled(() => fireEvent.keyDown(screen.getAllByRole('slider')[0]!, { key: 'Enter', ctrlKey: true }));
    expect(api.saveCheckIn).toHaveBeenCalledWith({
      promptId: 'check-in@x',
      answers: { ...DEFAULT_BEFORE, intention: 'curious' },
    });
    await click(screen.getByRole('button', { name: 'Skip' }));
    expect(api.saveCheckIn).toHaveBeenLastCalledWith({ promptId: 'check-in@x', answers: null });
  });

  it('reminds the user to leave client details out of any free text', () => {
    const checkOut: Prompt = { ...prompt, id: 'after@x', kind: 'check-out' };
    render(<PromptWindow api={fakeApi()} state={state({ prompt: checkOut, stage: 'offer' })} />);
    const line = screen.getByRole('textbox', { name: 'What’s mine, what’s theirs (optional)' });
    expect(line.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(line.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /leave out client names and details/,
    );
  });
});
