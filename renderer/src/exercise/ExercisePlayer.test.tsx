import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseId } from '../../../app/shared/domain';
import { exerciseById } from '../../../app/shared/exercises';
import { DEFAULT_SETTINGS, type Settings } from '../../../app/shared/settings';
import { renderInEnglish as render } from '../testing/render-in-english';
import { ExercisePlayer } from './ExercisePlayer';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lets time pass in small steps, so React renders between timers as a browser would. */
async function advance(ms: number) {
  for (let left = ms; left > 0; left -= 50) {
    await act(() => vi.advanceTimersByTime(Math.min(50, left)));
  }
}
const cue = () => screen.queryByTestId('phase-cue')?.textContent;
const timeLeft = () => screen.getByRole('timer', { name: 'Time left' }).textContent;
const stepTitle = () => screen.getByTestId('step-title').textContent;
const press = (key: string) => act(() => fireEvent.keyDown(screen.getByRole('main'), { key }));

function play(id: ExerciseId, totalSeconds = 180, settings: Settings = DEFAULT_SETTINGS) {
  const onFinished = vi.fn();
  const onSettingsChange = vi.fn();
  render(
    <ExercisePlayer
      exercise={exerciseById(id)}
      totalSeconds={totalSeconds}
      settings={settings}
      onSettingsChange={onSettingsChange}
      onFinished={onFinished}
    />,
  );
  return { onFinished, onSettingsChange };
}

describe('the exercise player', () => {
  it('paces resonance breathing at 4.5 s in and 6.5 s out, counting down', async () => {
    play('resonance-breathing');
    expect(cue()).toBe('Breathe in');
    expect(timeLeft()).toBe('3:00');
    await advance(4_400);
    expect(cue()).toBe('Breathe in');
    await advance(150);
    expect(cue()).toBe('Breathe out');
    await advance(6_400);
    expect(cue()).toBe('Breathe out');
    await advance(150);
    expect(cue()).toBe('Breathe in');
    expect(timeLeft()).toBe('2:49');
  });

  it('holds for four counts in box breathing', async () => {
    play('box-breathing');
    await advance(4_100);
    expect(cue()).toBe('Hold');
    await advance(4_000);
    expect(cue()).toBe('Breathe out');
  });

  it('paces box breathing without holds for a user who turned them off', async () => {
    play('box-breathing', 180, { ...DEFAULT_SETTINGS, exercises: { ...DEFAULT_SETTINGS.exercises, noHolds: true } });
    await advance(4_100);
    expect(cue()).toBe('Breathe out');
  });

  it('runs 4-7-8 for at most four rounds after one exhale, then natural breathing', async () => {
    play('four-seven-eight');
    expect(cue()).toBe('All the way out');
    await advance(6_000 + 4_100);
    expect(cue()).toBe('Hold');
    await advance(4 * 19_000);
    expect(stepTitle()).toBe('Breathe naturally');
    expect(cue()).toBeUndefined(); // no more pacing
  });

  it('restarts the orb with each breathing step, so the first in-breath of 4-7-8 grows it', async () => {
    play('four-seven-eight');
    const orb = () => document.querySelector<HTMLElement>('.pacer-orb')!;
    expect(orb().style.transform).toBe('scale(0.55)'); // all the way out
    await advance(6_100);
    expect(cue()).toBe('In through the nose');
    expect(orb().style.transform).toBe('scale(1)');
  });

  it('announces steps and phases politely, and never the timer', () => {
    play('seated-stretch');
    expect(screen.getByTestId('step-title').closest('[aria-live]')?.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('timer').closest('[aria-live]')).toBeNull();
  });

  it('shows each stretch with its drawing and a countdown, and moves on by itself', async () => {
    play('seated-stretch');
    expect(stepTitle()).toBe('Neck: tilt to the left');
    expect(screen.getByTestId('illustration').innerHTML).toContain('<svg');
    expect(screen.getByTestId('step-left').textContent).toContain('15 s');
    await advance(15_050);
    expect(stepTitle()).toBe('Neck: tilt to the right');
    expect(screen.getByTestId('step-count').textContent).toBe('Step 2 of 10');
  });

  it('does everything from the keyboard: Space pauses and resumes, arrows move between steps, Esc ends', async () => {
    const { onFinished } = play('seated-stretch');
    await advance(3_000);
    await press('ArrowRight');
    expect(stepTitle()).toBe('Neck: tilt to the right');
    await press('ArrowRight');
    expect(stepTitle()).toBe('Chin tucks');
    await press('ArrowLeft'); // just begun: back to the previous step
    expect(stepTitle()).toBe('Neck: tilt to the right');
    await press(' ');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    await advance(30_000);
    expect(stepTitle()).toBe('Neck: tilt to the right');
    await press(' ');
    await advance(2_000);
    await press('Escape');
    // Three seconds, then two: skipped time is not counted as time spent.
    expect(onFinished).toHaveBeenCalledWith({ secondsDone: 5, endedEarly: true });
  });

  it('skips a step with its button, and skipping the last ends the exercise', () => {
    const { onFinished } = play('step-outside', 60);
    expect(stepTitle()).toBe('Go to a window');
    fireEvent.click(screen.getByRole('button', { name: 'Skip step' }));
    expect(stepTitle()).toBe('Rest your eyes on green or sky');
    fireEvent.click(screen.getByRole('button', { name: 'Skip step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip step' }));
    expect(onFinished).toHaveBeenCalledWith({ secondsDone: 0, endedEarly: true });
  });

  it('finishes by itself at the end of the reset', async () => {
    const { onFinished } = play('silence', 60);
    await advance(59_000);
    expect(onFinished).not.toHaveBeenCalled();
    await advance(1_100);
    expect(onFinished).toHaveBeenCalledWith({ secondsDone: 60, endedEarly: false });
  });

  it('lets the user pick a kind phrase in the hand-on-heart pause, and remembers it', async () => {
    const { onSettingsChange } = play('hand-on-heart', 60);
    await advance(45_050);
    expect(stepTitle()).toBe('A kind word to yourself');
    await act(() => fireEvent.click(screen.getByRole('radio', { name: 'I have done enough for this hour.' })));
    const saved = onSettingsChange.mock.calls.at(-1)?.[0] as Settings;
    // An offered phrase is kept by its key, so it reads in whatever language is on screen next time.
    expect(saved.exercises.kindPhrase).toBe('exercises.hand-on-heart.phrases.enough');
    // Their own words are kept as they type: the exercise may end before the field loses focus.
    await act(() => fireEvent.click(screen.getByRole('radio', { name: 'My own words' })));
    fireEvent.change(screen.getByRole('textbox', { name: 'My phrase' }), { target: { value: 'Enough for now' } });
    expect((onSettingsChange.mock.calls.at(-1)?.[0] as Settings).exercises.kindPhrase).toBe('Enough for now');
  });

  it('shows a phrase kept by its key, or by its English words from before, as the phrase chosen', async () => {
    for (const kindPhrase of [
      'exercises.hand-on-heart.phrases.gentle',
      'I am allowed to be gentle with myself right now.',
    ]) {
      const { unmount } = render(
        <ExercisePlayer
          exercise={exerciseById('hand-on-heart')}
          totalSeconds={60}
          settings={{ ...DEFAULT_SETTINGS, exercises: { ...DEFAULT_SETTINGS.exercises, kindPhrase } }}
          onSettingsChange={vi.fn()}
          onFinished={vi.fn()}
        />,
      );
      await advance(45_050);
      const chosen = screen.getByRole('radio', { name: 'I am allowed to be gentle with myself right now.' });
      expect(chosen.getAttribute('aria-checked')).toBe('true');
      unmount();
    }
  });
});
