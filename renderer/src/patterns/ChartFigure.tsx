import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useWords } from '../i18n/words';

export interface ChartTable {
  /** The first column's heading: "Day", "Week", "Hour". */
  rowHeading: string;
  columns: string[];
  rows: { label: string; cells: (string | number)[] }[];
}

interface ChartFigureProps {
  title: string;
  /** One sentence saying what the chart shows. */
  summary: string;
  table: ChartTable;
  /** The SVG, drawn with the row the keyboard is on highlighted (or none). */
  children: (cursor: number | null) => ReactNode;
}

/**
 * A chart as a figure: its sentence as the caption, the SVG, and the same numbers as a real table
 * behind "Show as table". Arrow keys on the chart read it row by row; the SVG itself is hidden
 * from screen readers, which get the sentence, the readout and the table.
 */
export function ChartFigure({ title, summary, table, children }: ChartFigureProps) {
  const words = useWords();
  const [showTable, setShowTable] = useState(false);
  const [cursor, setCursor] = useState<number | null>(null);
  const id = useId();
  const rows = table.rows.length;
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, (at: number) => number> = {
      ArrowRight: (at) => Math.min(rows - 1, at + 1),
      ArrowLeft: (at) => Math.max(0, at - 1),
      Home: () => 0,
      End: () => rows - 1,
    };
    const move = moves[event.key];
    if (!move || rows === 0) return;
    event.preventDefault();
    setCursor((at) => move(at ?? (event.key === 'ArrowLeft' ? rows : -1)));
  };
  const row = cursor === null ? null : table.rows[cursor];
  const cell = (value: string | number) => (typeof value === 'number' ? words.number(value) : value);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="chart-title">
        {title}
      </h3>
      <figcaption className="chart-summary">{summary}</figcaption>
      <div
        className="chart-canvas"
        role="group"
        tabIndex={0}
        aria-label={words.t('patterns.chart.keys', { title })}
        aria-describedby={`${id}-readout`}
        onKeyDown={onKeyDown}
        onBlur={() => setCursor(null)}
      >
        {children(cursor)}
      </div>
      <p id={`${id}-readout`} className="chart-readout quiet small" aria-live="polite">
        {row
          ? words.t('patterns.chart.readout', {
              label: row.label,
              values: table.columns
                .map((column, index) => words.t('patterns.chart.cell', { column, value: cell(row.cells[index] ?? '') }))
                .join(', '),
            })
          : ' '}
      </p>
      <button
        type="button"
        className="button subtle small"
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? words.t('patterns.chart.hideTable') : words.t('patterns.chart.showTable')}
      </button>
      <div id={`${id}-table`} hidden={!showTable} className="chart-table">
        {showTable ? (
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{table.rowHeading}</th>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((line) => (
                <tr key={line.label}>
                  <th scope="row">{line.label}</th>
                  {line.cells.map((value, index) => (
                    <td key={table.columns[index]}>{cell(value)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </figure>
  );
}
