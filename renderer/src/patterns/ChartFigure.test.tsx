import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInEnglish } from '../testing/render-in-english';
import { ChartFigure } from './ChartFigure';

const table = {
  rowHeading: 'Day',
  columns: ['energy', 'check-ins'],
  rows: [
    { label: 'Monday', cells: [6, 4] },
    { label: 'Tuesday', cells: [4.5, 3] },
    { label: 'Wednesday', cells: ['—', 0] },
  ],
};

function renderChart() {
  const drawnWith: (number | null)[] = [];
  renderInEnglish(
    <ChartFigure title="Energy before sessions" summary="Energy was lower on Tuesday." table={table}>
      {(cursor) => {
        drawnWith.push(cursor);
        return <svg aria-hidden="true" />;
      }}
    </ChartFigure>,
  );
  return { drawnWith, figure: screen.getByRole('figure', { name: 'Energy before sessions' }) };
}

describe('a chart as a figure', () => {
  it('gives its sentence as the caption, and the same numbers as a real table on request', () => {
    const { figure } = renderChart();
    expect(within(figure).getByText('Energy was lower on Tuesday.').tagName).toBe('FIGCAPTION');
    expect(within(figure).queryByRole('table')).toBeNull();
    const toggle = within(figure).getByRole('button', { name: 'Show as table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const shown = within(figure).getByRole('table', { name: 'Energy before sessions' });
    expect(
      within(shown)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['Dayenergycheck-ins', 'Monday64', 'Tuesday4.53', 'Wednesday—0']);
    expect(within(figure).getByRole('button', { name: 'Hide table' }).getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(figure).getByRole('button', { name: 'Hide table' }));
    expect(within(figure).queryByRole('table')).toBeNull();
  });

  it('reads out row by row from the keyboard, and highlights that row in the drawing', () => {
    const { figure, drawnWith } = renderChart();
    const canvas = within(figure).getByRole('group', {
      name: 'Energy before sessions: use the left and right arrow keys to read it',
    });
    const readout = figure.querySelector('.chart-readout')!;
    fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    expect(readout.textContent).toBe('Monday: energy 6, check-ins 4');
    fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    expect(readout.textContent).toBe('Wednesday: energy —, check-ins 0');
    fireEvent.keyDown(canvas, { key: 'Home' });
    expect(readout.textContent).toBe('Monday: energy 6, check-ins 4');
    fireEvent.keyDown(canvas, { key: 'End' });
    expect(drawnWith.at(-1)).toBe(2);
    fireEvent.blur(canvas);
    expect(drawnWith.at(-1)).toBeNull();
    expect(readout.textContent?.trim()).toBe('');
  });

  it('starts from the end with the left arrow', () => {
    const { figure } = renderChart();
    fireEvent.keyDown(within(figure).getByRole('group'), { key: 'ArrowLeft' });
    expect(figure.querySelector('.chart-readout')!.textContent).toBe('Wednesday: energy —, check-ins 0');
  });
});
