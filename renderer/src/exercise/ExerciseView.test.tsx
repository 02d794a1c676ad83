import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExerciseView } from './ExerciseView';

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
const cue = () => screen.getByTestId('phase-cue').textContent;
const timeLeft = () => screen.getByRole('timer', { name: 'Time left' }).textContent;

function renderExercise(totalSeconds = 180) {
  const onFinished = vi.fn();
  render(<ExerciseView totalSeconds={totalSeconds} toneOn={false} onToneChange={() => undefined} onFinished={onFinished} />);
  return { onFinished };
}

describe('ExerciseView: resonance breathing', () => {
  it('alternates in for 4.5 s and out for 6.5 s, counting down the time left', async () => {
    renderExercise();
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

  it('announces the phase politely and only the phase', () => {
    renderExercise();
    expect(screen.getByTestId('phase-cue').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('timer').getAttribute('aria-live')).toBeNull();
  });

  it('pauses and resumes without losing time', async () => {
    renderExercise();
    await advance(2_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(cue()).toBe('Paused');
    await advance(60_000);
    expect(timeLeft()).toBe('2:58');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(cue()).toBe('Breathe in');
    await advance(2_600);
    expect(cue()).toBe('Breathe out');
  });

  it('reports an early end with the seconds done', async () => {
    const { onFinished } = renderExercise();
    await advance(42_300);
    fireEvent.click(screen.getByRole('button', { name: 'End early' }));
    expect(onFinished).toHaveBeenCalledTimes(1);
    expect(onFinished).toHaveBeenCalledWith({ secondsDone: 42, endedEarly: true });
  });

  it('finishes by itself at the end of the reset', async () => {
    const { onFinished } = renderExercise(60);
    await advance(59_000);
    expect(onFinished).not.toHaveBeenCalled();
    await advance(1_100);
    expect(onFinished).toHaveBeenCalledWith({ secondsDone: 60, endedEarly: false });
  });
});
