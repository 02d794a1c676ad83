import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InterludeApi } from '../../../app/shared/contract';
import { message } from '../../../app/shared/i18n/message';
import type { Nudge } from '../../../app/shared/patterns';
import { renderInEnglish } from '../testing/render-in-english';
import { settled } from '../testing/settled';
import { NudgeCard } from './NudgeCard';

const nudge: Nudge = { kind: 'carrying', action: 'reflection', text: message('nudges.carrying', { days: 3 }) };

describe('NudgeCard', () => {
  it('offers the nudge’s way to act, and opens its view', () => {
    const onOpen = vi.fn();
    renderInEnglish(<NudgeCard api={{} as InterludeApi} nudge={nudge} onOpen={onOpen} />);
    expect(screen.getByRole('heading', { name: 'A gentle note' })).toBeTruthy();
    expect(screen.getByText(/on 3 of your last 5 working days/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write this week’s reflection' }));
    expect(onOpen).toHaveBeenCalledWith('reflection');
  });

  it('says so when an answer could not be saved', async () => {
    const api = { answerNudge: vi.fn().mockResolvedValue({ ok: false }) } as unknown as InterludeApi;
    renderInEnglish(<NudgeCard api={api} nudge={nudge} onOpen={() => {}} />);
    await settled(() => fireEvent.click(screen.getByRole('button', { name: 'Not now' })));
    expect(api.answerNudge).toHaveBeenCalledWith({ kind: 'carrying', answer: 'not-now' });
    expect(screen.getByRole('alert').textContent).toBe('That could not be saved.');
  });
});
