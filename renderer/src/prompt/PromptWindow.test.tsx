import { french, spanish } from '../../../app/shared/i18n/every-catalogue';
import { act, fireEvent, render as renderAlone, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InterludeApi } from '../../../app/shared/contract';
import type { ActivePrompt, AppState, Prompt, PromptChoices } from '../../../app/shared/domain';
import { DEFAULT_AFTER, DEFAULT_BEFORE } from '../../../app/shared/check-in';
import { message } from '../../../app/shared/i18n/message';
import { createTranslator } from '../../../app/shared/i18n/translator';
import { DEFAULT_SETTINGS } from '../../../app/shared/settings';
import { WordsProvider } from '../i18n/words';
import { PromptWindow } from './PromptWindow';
import { renderInEnglish as render } from '../testing/render-in-english';
import { settled } from '../testing/settled';

const prompt: Prompt = {
  id: 'reset@2026-11-25T09:50:00.000Z',
  kind: 'reset',
  dueAt: Date.parse('2026-11-25T09:50:00Z'),
  expiresAt: Date.parse('2026-11-25T09:58:00Z'),
  session: { start: Date.parse('2026-11-25T09:00:00Z'), end: Date.parse('2026-11-25T09:50:00Z'), source: 'template' },
  resetSeconds: 180,
};

const FIVE: PromptChoices = { snooze: { kind: 'in-five-minutes' }, overrun: 'in-five-minutes' };

/** The prompt on screen as the core describes it. */
function onScreen(at: Partial<ActivePrompt> = {}, shown: Prompt = prompt): ActivePrompt {
  return { prompt: shown, stage: 'offer', step: 'ask', choices: FIVE, ...at };
}

function state(activePrompt: AppState['activePrompt'], closing: AppState['closing'] = null): AppState {
  return {
    closing,
    resetsToday: { finished: 0, endedEarly: 0 },
    now: prompt.dueAt,
    timeZone: 'UTC',
    settings: DEFAULT_SETTINGS,
    language: 'en',
    notices: [],
    today: [],
    nextSession: null,
    nextPrompt: null,
    activePrompt,
    pause: null,
    journalToday: [],
    quietToday: false,
    calendar: { sources: [], secretStorage: { encrypted: true, note: message('common.loading') } },
    nudge: null,
    reflection: null,
    people: [],
    navigation: null,
    launchAtLogin: 'off',
    firstStartedAt: 0,
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
    refreshCalendar: vi.fn(),
    renameCalendar: vi.fn(),
    setLaunchAtLogin: vi.fn(),
    reportTimeZone: vi.fn().mockResolvedValue(undefined),
    getPatterns: vi.fn(),
    saveReflection: vi.fn().mockResolvedValue({ ok: true }),
    noteMoment: vi.fn().mockResolvedValue({ ok: true }),
    recordSupport: vi.fn().mockResolvedValue({ ok: true }),
    savePeople: vi.fn().mockResolvedValue({ ok: true }),
    answerNudge: vi.fn().mockResolvedValue({ ok: true }),
    saveFeeling: vi.fn().mockResolvedValue({ ok: true }),
    exportData: vi.fn(),
    eraseEverything: vi.fn().mockResolvedValue({ ok: true }),
    onStateChanged: vi.fn(() => () => undefined),
    ...overrides,
  };
}

describe('PromptWindow', () => {
  it('offers the reset with Start focused', () => {
    render(<PromptWindow api={fakeApi()} state={state(onScreen())} />);
    expect(screen.getByRole('heading', { name: 'Your session has ended.' })).toBeTruthy();
    expect(screen.getByText('Take 3 minutes?')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start' }));
  });

  it.each([
    ['es', spanish, 'Tu sesión ha terminado.', '¿Te tomas 3 minutos?', 'Sigo en sesión'],
    ['fr', french, 'Votre séance est terminée.', 'Prendre 3 minutes pour vous ?', 'Toujours en séance'],
  ])('speaks the language the core chose: %s', (_language, catalogue, title, body, overrun) => {
    renderAlone(
      <WordsProvider language={catalogue.language} initial={createTranslator(catalogue)}>
        <PromptWindow api={fakeApi()} state={{ ...state(onScreen()), language: catalogue.language }} />
      </WordsProvider>,
    );
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    expect(screen.getByText(body)).toBeTruthy();
    expect(screen.getByRole('button', { name: overrun })).toBeTruthy();
  });

  it.each([
    ['In 5 minutes', 'snooze'],
    ['Skip', 'skip'],
    ['Still in session', 'overrun'],
  ] as const)('sends %s to the core as %s', async (label, action) => {
    const api = fakeApi();
    render(<PromptWindow api={api} state={state(onScreen())} />);
    await click(screen.getByRole('button', { name: label }));
    expect(api.respondToPrompt).toHaveBeenCalledWith({ promptId: prompt.id, action });
  });

  it('says when a capped snooze will ask again, and when "still in session" skips instead', () => {
    const capped: PromptChoices = { snooze: { kind: 'at', at: Date.parse('2026-11-25T09:57:00Z') }, overrun: 'skips' };
    render(<PromptWindow api={fakeApi()} state={state(onScreen({ choices: capped }))} />);
    expect(screen.getByRole('button', { name: 'Ask again at 9:57 AM' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'In 5 minutes' })).toBeNull();
    expect(screen.getByText(/skip this reset: your next session is near/)).toBeTruthy();
  });

  it('confirms afterwards what a snooze or "still in session" did', () => {
    const until = Date.parse('2026-11-25T09:55:00Z');
    const { rerender } = render(
      <PromptWindow
        api={fakeApi()}
        state={state(null, { prompt, word: { outcome: 'snoozed', until, reason: 'snooze' } })}
      />,
    );
    expect(screen.getByRole('heading', { name: 'I’ll ask again at 9:55 AM.' })).toBeTruthy();
    rerender(<PromptWindow api={fakeApi()} state={state(null, { prompt, word: { outcome: 'overrun-skipped' } })} />);
    expect(screen.getByRole('heading', { name: 'This reset is skipped: your next session is near.' })).toBeTruthy();
  });

  it('shows the reason when the core refuses, in words', async () => {
    const api = fakeApi({
      respondToPrompt: vi.fn().mockResolvedValue({ ok: false, message: message('prompt.refusals.tooSoonToSnooze') }),
    });
    render(<PromptWindow api={api} state={state(onScreen())} />);
    await click(screen.getByRole('button', { name: 'In 5 minutes' }));
    expect(screen.getByRole('alert').textContent).toBe('Your next session starts too soon to snooze this.');
  });

  it('on Start, asks the core for the check-in step; the step, once there, is headed for what it is', async () => {
    const api = fakeApi();
    const { rerender } = render(<PromptWindow api={api} state={state(onScreen())} />);
    await click(screen.getByRole('button', { name: 'Start' }));
    expect(api.respondToPrompt).toHaveBeenCalledWith({ promptId: prompt.id, action: 'check-in' });
    rerender(<PromptWindow api={api} state={state(onScreen({ step: 'check-in' }))} />);
    expect(screen.getByRole('heading', { name: 'How was that session?' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Before you begin' })).toBeNull();
    // Every answer has a default; Save has the focus, so one Enter would save.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save and continue' }));
    await click(screen.getByRole('radio', { name: 'A lot' }));
    await click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(api.saveCheckIn).toHaveBeenCalledWith({
      promptId: prompt.id,
      answers: { ...DEFAULT_AFTER, carrying: 'a-lot' },
    });
  });

  it('puts the focus on the next step even when its state arrives before the answer that led to it', async () => {
    let answer!: (outcome: { ok: boolean }) => void;
    const api = fakeApi({
      respondToPrompt: vi.fn(() => new Promise<{ ok: boolean }>((resolve) => (answer = resolve))),
    });
    const { rerender } = render(<PromptWindow api={api} state={state(onScreen())} />);
    await click(screen.getByRole('button', { name: 'Start' }));
    rerender(<PromptWindow api={api} state={state(onScreen({ step: 'check-in' }))} />);
    const save = screen.getByRole('button', { name: 'Save and continue' });
    expect(save.hasAttribute('disabled')).toBe(false);
    expect(document.activeElement).toBe(save);
    await settled(() => answer({ ok: true }));
    expect(document.activeElement).toBe(save);
  });

  it('shows the suggestion the core made, and starts what the user picks', async () => {
    const api = fakeApi();
    const suggestion = {
      exercise: 'hand-on-heart' as const,
      reason: message('prompt.suggestion.carryingALot'),
    };
    render(<PromptWindow api={api} state={state(onScreen({ step: 'choose', suggestion }))} />);
    expect(screen.getByText('Suggested: You said you are carrying a lot from that hour.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start hand on heart' }));
    await click(screen.getByRole('button', { name: 'Seated stretch' }));
    expect(api.respondToPrompt).toHaveBeenCalledWith({
      promptId: prompt.id,
      action: 'start',
      exercise: 'seated-stretch',
    });
  });

  it('after a reload in the middle, shows the step the core says the user reached, not the offer again', () => {
    const suggestion = { exercise: 'silence' as const, reason: message('prompt.suggestion.favourite') };
    render(<PromptWindow api={fakeApi()} state={state(onScreen({ step: 'choose', suggestion }))} />);
    expect(screen.getByRole('heading', { name: 'Take 3 minutes for yourself.' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
  });

  it('after dark, the suggestion to step outside says to go to a window', () => {
    const suggestion = {
      exercise: 'step-outside' as const,
      reason: message('prompt.suggestion.drainedToAWindow'),
      toAWindow: true,
    };
    render(<PromptWindow api={fakeApi()} state={state(onScreen({ step: 'choose', suggestion }))} />);
    expect(screen.getByText('It is dark out: go to a window and let your gaze go far.')).toBeTruthy();
  });

  it.each([
    ['the reset’s own check-in', onScreen({ step: 'check-in' })],
    ['the check-in before a session', onScreen({}, { ...prompt, id: 'check-in@x', kind: 'check-in' })],
  ])('Esc skips %s', async (_name, active) => {
    const api = fakeApi();
    render(<PromptWindow api={api} state={state(active)} />);
    await settled(() => fireEvent.keyDown(screen.getAllByRole('slider')[0]!, { key: 'Escape' }));
    expect(api.saveCheckIn).toHaveBeenCalledTimes(1);
    expect(api.saveCheckIn).toHaveBeenCalledWith({ promptId: active.prompt.id, answers: null });
  });

  it('runs the exercise the core started, and reports the result', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    try {
      const api = fakeApi();
      render(<PromptWindow api={api} state={state(onScreen({ stage: 'exercise', exercise: 'box-breathing' }))} />);
      expect(screen.getByRole('heading', { name: 'Box breathing' })).toBeTruthy();
      await act(() => vi.advanceTimersByTime(20_000));
      fireEvent.click(screen.getByRole('button', { name: 'End early' }));
      expect(api.finishExercise).toHaveBeenCalledWith({
        promptId: prompt.id,
        exercise: 'box-breathing',
        secondsDone: 20,
        endedEarly: true,
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('an exercise ended early has its own closing word, apart from one run to its end', async () => {
    const api = fakeApi();
    const early = { outcome: 'ended-early' as const, exercise: 'hand-on-heart' as const, secondsDone: 12 };
    const { rerender } = render(<PromptWindow api={api} state={state(null, { prompt, word: early })} />);
    expect(screen.getByRole('heading', { name: 'A pause, however short, still counts.' })).toBeTruthy();
    expect(screen.getByText('Hand on heart: 0:12.')).toBeTruthy();
    rerender(
      <PromptWindow
        api={api}
        state={state(null, { prompt, word: { ...early, outcome: 'completed', secondsDone: 180 } })}
      />,
    );
    expect(screen.getByRole('heading', { name: 'That time was for you.' })).toBeTruthy();
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Close' })));
    expect(api.closeWindow).toHaveBeenCalled();
  });

  it('a check-in the user asked for names the real next session, or says none is left today', () => {
    const asked: Prompt = { ...prompt, id: 'manual-check-out@x', kind: 'check-out', requested: true, session: null };
    const { rerender } = render(<PromptWindow api={fakeApi()} state={state(onScreen({}, asked))} />);
    expect(screen.getByRole('heading', { name: 'How are you, right now?' })).toBeTruthy();
    expect(screen.getByText('No more sessions today.')).toBeTruthy();
    expect(screen.queryByText('Am I carrying something from that hour?')).toBeNull();
    expect(screen.queryByRole('button', { name: /Still in session/ })).toBeNull();
    const later = { ...asked, session: { ...prompt.session!, start: Date.parse('2026-11-25T14:00:00Z') } };
    rerender(<PromptWindow api={fakeApi()} state={state(onScreen({}, later))} />);
    expect(screen.getByText('Your next session starts at 2:00 PM.')).toBeTruthy();
  });

  it('asks the check-in before a session, saved with its defaults or skipped', async () => {
    const checkIn: Prompt = {
      ...prompt,
      id: 'check-in@x',
      kind: 'check-in',
      session: { ...prompt.session!, start: Date.parse('2026-11-25T10:00:00Z') },
    };
    const api = fakeApi();
    render(<PromptWindow api={api} state={state(onScreen({}, checkIn))} />);
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
    render(<PromptWindow api={fakeApi()} state={state(onScreen({}, checkOut))} />);
    const line = screen.getByRole('textbox', { name: 'What’s mine, what’s theirs (optional)' });
    expect(line.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(line.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /leave out client names and details/,
    );
  });
});
