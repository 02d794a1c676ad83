import { french, spanish } from '../../../app/shared/i18n/every-catalogue';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InterludeApi } from '../../../app/shared/contract';
import type { AppState } from '../../../app/shared/domain';
import { createTranslator, type Translator } from '../../../app/shared/i18n/translator';
import type { PatternsView as Patterns } from '../../../app/shared/patterns';
import { WordsProvider } from '../i18n/words';
import { renderInEnglish } from '../testing/render-in-english';
import PatternsView from './PatternsView';

const days = ['2026-11-02', '2026-11-03', '2026-11-04'];
const none = { taken: 0, endedEarly: 0, skipped: 0, missed: 0 };

const patterns: Patterns = {
  range: '1w',
  from: Date.parse('2026-11-02T05:00:00Z'),
  to: Date.parse('2026-11-05T05:00:00Z'),
  timeZone: 'America/New_York',
  buckets: days.map((start) => ({ start, unit: 'day' })),
  arriving: [
    { energy: 7, tension: 3, answers: 2 },
    { energy: 4, tension: 5, answers: 2 },
    { energy: null, tension: null, answers: 0 },
  ],
  leaving: {
    byBucket: [
      { activation: 4, carryingShare: 0.5, answers: 2 },
      { activation: 6, carryingShare: 0, answers: 2 },
      { activation: null, carryingShare: null, answers: 0 },
    ],
    feelings: [
      { feeling: 'numb', total: 3, byBucket: [2, 1, 0] },
      { feeling: 'calm', total: 1, byBucket: [0, 1, 0] },
      { feeling: 'sad', total: 0, byBucket: [0, 0, 0] },
    ],
  },
  resets: {
    byBucket: [{ taken: 2, endedEarly: 1, skipped: 1, missed: 0 }, { ...none, skipped: 2 }, none],
    byHour: [
      { hour: 10, taken: 2, endedEarly: 1, skipped: 0, missed: 0 },
      { hour: 15, taken: 0, endedEarly: 0, skipped: 3, missed: 0 },
    ],
  },
  helps: {
    answers: 9,
    needed: 8,
    neededPerKind: 3,
    byExercise: [
      { exercise: 'cyclic-sighing', answers: 6, averageFall: 2 },
      { exercise: 'silence', answers: 1, averageFall: 4 },
    ],
  },
  pace: {
    sessionsByBucket: [6, 5, 0],
    workingDays: 2,
    sessions: 11,
    longestRun: { sessions: 4, date: '2026-11-02' },
    daysWithoutRealBreak: ['2026-11-02'],
    gapsUnderFiveMinutes: 3,
    daysSinceDayOff: { days: 9, sinceRecordsBegan: false },
  },
  moments: [{ at: Date.parse('2026-11-03T22:00:00Z'), text: 'Stayed with a long silence.', from: 'reflection' }],
  reflections: [],
  support: [{ personId: 'person-1', name: 'Ana', everyDays: 14, lastAt: Date.parse('2026-10-28T15:00:00Z'), times: 2 }],
  answered: { before: 4, after: 4 },
  nudgesWaitingFor: { have: 3, need: 5 },
};

const api = { getPatterns: vi.fn().mockResolvedValue(patterns) } as unknown as InterludeApi;
const state = { people: [], journalToday: [], reflection: null } as unknown as AppState;

describe('Patterns, worded', () => {
  it('says what the numbers show, in English as before', async () => {
    renderInEnglish(<PatternsView api={api} state={state} onOpen={() => undefined} />);
    expect(await screen.findByRole('heading', { name: 'Arriving' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'The last 7 days' })).toBeTruthy();
    const arriving = screen.getByRole('figure', { name: 'Energy and tension before sessions' });
    expect(
      within(arriving).getByText(/^Energy before sessions averaged 5\.5 and tension 4, from 4 check-ins/),
    ).toBeTruthy();
    expect(screen.getByText('The words you chose most: “numb” 3 times, “calm” 1 time.')).toBeTruthy();
    expect(
      screen.getByText(
        'Of 6 resets offered, you took 3 (1 ended early), skipped 3, and 0 passed by unseen or while a session ran over.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('You took the most resets around 10 AM, and skipped the most around 3 PM.')).toBeTruthy();
    expect(
      screen.getByText('Activation fell most after Cyclic sighing: by 2 on average, across 6 answers.'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        '11 sessions over 2 working days this week. The longest run back to back was 4 sessions, on Monday, November 2.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('November 3, 2026, with the weekly reflection')).toBeTruthy();
    expect(screen.getByText('Last noted Oct 28, 2026 · you aim for every 14 days')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'I reached out to Ana' })).toBeTruthy();
    expect(
      screen.getByText(
        'Gentle nudges compare the past week with your own weeks before it, and wait for at least 5 check-ins in the week: there are 3 so far.',
      ),
    ).toBeTruthy();
  });

  for (const [language, words] of [
    ['es', createTranslator(spanish)],
    ['fr', createTranslator(french)],
  ] as [string, Translator][]) {
    it(`leaves no key and no English sentence behind in ${language}`, async () => {
      render(
        <WordsProvider language={words.language} initial={words}>
          <PatternsView api={api} state={state} onOpen={() => undefined} />
        </WordsProvider>,
      );
      await screen.findByRole('heading', { name: words.t('patterns.arriving.title') });
      const text = document.body.textContent ?? '';
      expect(text).not.toMatch(/\b(patterns|exercises|common)\.[a-z]/);
      expect(text).not.toMatch(/\{\{/);
      for (const english of ['check-ins', 'Energy before sessions', 'resets offered', 'Show as table', 'Support']) {
        expect(text).not.toContain(english);
      }
    });
  }
});
