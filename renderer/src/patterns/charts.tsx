import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ReactNode } from 'react';
import { useWords } from '../i18n/words';

/** Our own small SVG charts over d3's scales and line paths: nothing animates, colours follow the theme. */

const WIDTH = 640;
const HEIGHT = 190;
const MARGIN = { top: 12, right: 12, bottom: 28, left: 32 };
const inner = { width: WIDTH - MARGIN.left - MARGIN.right, height: HEIGHT - MARGIN.top - MARGIN.bottom };

export interface LineSeries {
  name: string;
  values: readonly (number | null)[];
  /** Lines differ by dash as well as colour, so colour is never the only cue. */
  style: 'first' | 'second';
}

function Frame({
  labels,
  max,
  ticks,
  children,
}: {
  labels: readonly string[];
  max: number;
  ticks: number[];
  children: ReactNode;
}) {
  const words = useWords();
  const y = scaleLinear().domain([0, max]).range([inner.height, 0]);
  const x = scaleBand<number>()
    .domain(labels.map((_, index) => index))
    .range([0, inner.width]);
  // Every label when they fit, else every second or third.
  const every = Math.ceil(labels.length / 12);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart-svg" aria-hidden="true" focusable="false">
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        {ticks.map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x2={inner.width} className="grid-line" />
            <text x={-8} dy="0.32em" textAnchor="end" className="axis-text">
              {words.number(tick)}
            </text>
          </g>
        ))}
        {labels.map((label, index) =>
          index % every === 0 ? (
            <text
              key={index}
              x={x(index)! + x.bandwidth() / 2}
              y={inner.height + 18}
              textAnchor="middle"
              className="axis-text"
            >
              {label}
            </text>
          ) : null,
        )}
        {children}
      </g>
    </svg>
  );
}

export function LineChart({
  labels,
  series,
  cursor,
}: {
  labels: readonly string[];
  series: readonly LineSeries[];
  cursor: number | null;
}) {
  const y = scaleLinear().domain([0, 10]).range([inner.height, 0]);
  const x = scaleBand<number>()
    .domain(labels.map((_, index) => index))
    .range([0, inner.width]);
  const centre = (index: number) => x(index)! + x.bandwidth() / 2;
  const path = line<number | null>()
    .defined((value) => value !== null)
    .x((_, index) => centre(index))
    .y((value) => y(value ?? 0));
  return (
    <Frame labels={labels} max={10} ticks={[0, 5, 10]}>
      {cursor !== null ? (
        <rect x={x(cursor)} width={x.bandwidth()} height={inner.height} className="cursor-band" />
      ) : null}
      {series.map((one) => (
        <g key={one.name} className={`series series-${one.style}`}>
          <path d={path([...one.values]) ?? ''} fill="none" />
          {one.values.map((value, index) =>
            value === null ? null : (
              <circle key={index} cx={centre(index)} cy={y(value)} r={cursor === index ? 5 : 3.5} />
            ),
          )}
        </g>
      ))}
    </Frame>
  );
}

export interface BarStack {
  name: string;
  values: readonly number[];
  /** Each part has its own fill and its own pattern of stroke, for colour-blind readers and print. */
  part: 1 | 2 | 3 | 4;
}

export function StackedBars({
  labels,
  stacks,
  cursor,
}: {
  labels: readonly string[];
  stacks: readonly BarStack[];
  cursor: number | null;
}) {
  const totals = labels.map((_, index) => stacks.reduce((sum, stack) => sum + (stack.values[index] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const y = scaleLinear().domain([0, max]).nice(4).range([inner.height, 0]);
  const x = scaleBand<number>()
    .domain(labels.map((_, index) => index))
    .range([0, inner.width])
    .padding(0.25);
  const ticks = y.ticks(4).filter((tick) => Number.isInteger(tick));
  return (
    <Frame labels={labels} max={y.domain()[1]!} ticks={ticks}>
      {cursor !== null ? (
        <rect x={x(cursor)! - 4} width={x.bandwidth() + 8} height={inner.height} className="cursor-band" />
      ) : null}
      {labels.map((_, index) => {
        let base = 0;
        return (
          <g key={index}>
            {stacks.map((stack) => {
              const value = stack.values[index] ?? 0;
              const top = base + value;
              const rect =
                value > 0 ? (
                  <rect
                    key={stack.name}
                    x={x(index)}
                    width={x.bandwidth()}
                    y={y(top)}
                    height={y(base) - y(top)}
                    className={`bar part-${stack.part}`}
                  />
                ) : null;
              base = top;
              return rect;
            })}
          </g>
        );
      })}
    </Frame>
  );
}

/** The key under a chart: a swatch and a name for each series or part. */
export function Legend({ items }: { items: readonly { name: string; className: string }[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.name}>
          <svg width="24" height="12" aria-hidden="true" focusable="false" className={item.className}>
            {item.className.startsWith('series') ? (
              <line x1="0" y1="6" x2="24" y2="6" />
            ) : (
              <rect width="24" height="12" className={`bar ${item.className}`} />
            )}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
