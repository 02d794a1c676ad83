import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInEnglish } from '../testing/render-in-english';
import { Timeline } from './Timeline';

const ZONE = 'UTC';
const at = (hour: number, minute = 0) => Date.UTC(2026, 0, 14, hour, minute);

describe('Timeline', () => {
  it('says when there are no sessions today', () => {
    renderInEnglish(<Timeline sessions={[]} now={at(8)} timeZone={ZONE} />);
    expect(screen.getByText('No sessions on your schedule today.')).toBeTruthy();
  });

  it('shows each session’s times, the free minutes after it, and what became of its reset', () => {
    renderInEnglish(
      <Timeline
        sessions={[
          { start: at(9), end: at(9, 50), source: 'template', gapAfterMs: 10 * 60_000, reset: 'completed' },
          { start: at(10), end: at(10, 50), source: 'template', gapAfterMs: null, reset: 'upcoming' },
        ]}
        now={at(10, 20)}
        timeZone={ZONE}
      />,
    );
    const items = screen.getByRole('list', { name: 'Today’s sessions' }).querySelectorAll('li');
    expect(items[0]?.textContent).toBe('9:00 AM – 9:50 AM10 min freeReset done');
    expect(items[1]?.textContent).toBe('10:00 AM – 10:50 AMIn sessionReset to come');
  });
});
