import { useEffect, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { DashboardView } from '../../../app/shared/dashboard-view';
import type { AppState } from '../../../app/shared/domain';
import { EXERCISES } from '../../../app/shared/exercises';
import type { PatternsRange, PatternsView as Patterns } from '../../../app/shared/patterns';
import { SingleChoice } from '../controls/ChoiceChips';
import { dateInWords, longLabel, shortLabel } from './bucket-labels';
import { ChartFigure } from './ChartFigure';
import { Legend, LineChart, StackedBars } from './charts';
import { SupportSection } from './SupportSection';
import {
  arrivingSummary,
  feelingsSummary,
  helpsRows,
  helpsSummary,
  hourName,
  leavingSummary,
  longestRunInWords,
  paceSummary,
  resetHoursSummary,
  resetsSummary,
} from './summaries';

const RANGES: { value: PatternsRange; label: string }[] = [
  { value: '1w', label: 'The last 7 days' },
  { value: '4w', label: '4 weeks' },
  { value: '12w', label: '12 weeks' },
  { value: '1y', label: 'A year' },
];
const ROW_HEADING = { day: 'Day', week: 'Week', month: 'Month' } as const;
const show = (value: number | null) =>
  value === null ? '—' : value.toLocaleString(undefined, { maximumFractionDigits: 1 });
const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

interface PatternsViewProps {
  api: InterludeApi;
  state: AppState;
  onOpen: (view: DashboardView) => void;
}

/** How the work is landing, from the user's own check-ins, resets and schedule: private, and never a score. */
export default function PatternsView({ api, state, onOpen }: PatternsViewProps) {
  const [range, setRange] = useState<PatternsRange>('4w');
  const [patterns, setPatterns] = useState<Patterns | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // Asked again when the range changes, and when the user adds something (the state moves on).
  const version = `${state.people.length}:${state.journalToday.length}:${state.reflection?.saved}`;
  useEffect(() => {
    let current = true;
    api
      .getPatterns({ range })
      .then((next) => current && (setPatterns(next), setFailed(null)))
      .catch((error: unknown) => current && setFailed(error instanceof Error ? error.message : String(error)));
    return () => {
      current = false;
    };
  }, [api, range, version]);

  return (
    <main className="patterns" aria-labelledby="patterns-title">
      <div className="patterns-header">
        <h2 id="patterns-title">Patterns</h2>
        <p className="quiet">
          How the work is landing on you, from your own check-ins. Only you see this, on this computer. It is not a
          score, and gaps in your check-ins mean nothing.
        </p>
        <SingleChoice label="Show" choices={RANGES} value={range} onChange={setRange} />
      </div>
      {failed ? (
        <p className="notice" role="alert">
          Patterns could not be read: {failed}
        </p>
      ) : null}
      {patterns ? (
        <PatternsSections api={api} patterns={patterns} onOpen={onOpen} />
      ) : (
        <p className="loading">Loading…</p>
      )}
    </main>
  );
}

function PatternsSections({
  api,
  patterns,
  onOpen,
}: {
  api: InterludeApi;
  patterns: Patterns;
  onOpen: (view: DashboardView) => void;
}) {
  const { buckets } = patterns;
  const labels = buckets.map(shortLabel);
  const rowLabels = buckets.map(longLabel);
  const rowHeading = ROW_HEADING[buckets[0]!.unit];
  const hours = patterns.resets.byHour.filter((hour) => hour.taken + hour.endedEarly + hour.skipped + hour.missed > 0);
  const feelings = [...patterns.leaving.feelings].sort((a, b) => b.total - a.total);
  const mostFelt = Math.max(1, ...feelings.map((feeling) => feeling.total));
  const pace = patterns.pace;
  return (
    <div className="patterns-grid">
      <section className="card" aria-labelledby="arriving-title">
        <h2 id="arriving-title">Arriving</h2>
        <ChartFigure
          title="Energy and tension before sessions"
          summary={arrivingSummary(patterns)}
          table={{
            rowHeading,
            columns: ['energy', 'tension', 'check-ins'],
            rows: patterns.arriving.map((point, index) => ({
              label: rowLabels[index]!,
              cells: [show(point.energy), show(point.tension), point.answers],
            })),
          }}
        >
          {(cursor) => (
            <LineChart
              labels={labels}
              cursor={cursor}
              series={[
                { name: 'Energy', values: patterns.arriving.map((point) => point.energy), style: 'first' },
                { name: 'Tension', values: patterns.arriving.map((point) => point.tension), style: 'second' },
              ]}
            />
          )}
        </ChartFigure>
        <Legend
          items={[
            { name: 'Energy', className: 'series series-first' },
            { name: 'Tension', className: 'series series-second' },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="leaving-title">
        <h2 id="leaving-title">Leaving</h2>
        <ChartFigure
          title="Activation after sessions"
          summary={leavingSummary(patterns)}
          table={{
            rowHeading,
            columns: ['activation', 'carrying something', 'check-ins'],
            rows: patterns.leaving.byBucket.map((point, index) => ({
              label: rowLabels[index]!,
              cells: [show(point.activation), percent(point.carryingShare), point.answers],
            })),
          }}
        >
          {(cursor) => (
            <LineChart
              labels={labels}
              cursor={cursor}
              series={[
                {
                  name: 'Activation',
                  values: patterns.leaving.byBucket.map((point) => point.activation),
                  style: 'first',
                },
                {
                  name: 'Carrying something (share, out of 10)',
                  values: patterns.leaving.byBucket.map((point) =>
                    point.carryingShare === null ? null : Math.round(point.carryingShare * 100) / 10,
                  ),
                  style: 'second',
                },
              ]}
            />
          )}
        </ChartFigure>
        <Legend
          items={[
            { name: 'Activation, 0–10', className: 'series series-first' },
            { name: 'Sessions carrying something, in tenths', className: 'series series-second' },
          ]}
        />
        <ChartFigure
          title="The feelings you chose"
          summary={feelingsSummary(patterns)}
          table={{
            rowHeading,
            columns: feelings.map((feeling) => feeling.feeling),
            rows: buckets.map((_, index) => ({
              label: rowLabels[index]!,
              cells: feelings.map((feeling) => feeling.byBucket[index] ?? 0),
            })),
          }}
        >
          {() => (
            <ul className="word-bars" aria-hidden="true">
              {/* Only the words the user chose: a row of zeros would read as a list of what they lack. */}
              {feelings
                .filter((feeling) => feeling.total > 0)
                .map((feeling) => (
                  <li key={feeling.feeling}>
                    <span className="word">{feeling.feeling}</span>
                    <span className="word-bar" style={{ width: `${(feeling.total / mostFelt) * 100}%` }} />
                    <span className="word-count">{feeling.total}</span>
                  </li>
                ))}
            </ul>
          )}
        </ChartFigure>
      </section>

      <section className="card" aria-labelledby="resets-title">
        <h2 id="resets-title">The resets</h2>
        <p className="quiet small">
          Missed: the computer was asleep, a session ran over, or the reset went by without an answer.
        </p>
        <ResetFigure
          title={`Resets by ${rowHeading.toLowerCase()}`}
          summary={resetsSummary(patterns)}
          rowHeading={rowHeading}
          labels={labels}
          rowLabels={rowLabels}
          counts={patterns.resets.byBucket}
        />
        {hours.length > 0 ? (
          <ResetFigure
            title="Resets by hour of the day"
            summary={resetHoursSummary(patterns)}
            rowHeading="Hour"
            labels={hours.map((hour) => hourName(hour.hour))}
            rowLabels={hours.map((hour) => hourName(hour.hour))}
            counts={hours}
          />
        ) : null}
      </section>

      <section className="card" aria-labelledby="helps-title">
        <h2 id="helps-title">What helps</h2>
        <p>{helpsSummary(patterns)}</p>
        {patterns.helps.answers >= patterns.helps.needed ? (
          <table className="plain-table">
            <caption className="visually-hidden">How much activation fell after each kind of reset</caption>
            <thead>
              <tr>
                <th scope="col">Reset</th>
                <th scope="col">Average fall in activation</th>
                <th scope="col">Answers</th>
              </tr>
            </thead>
            <tbody>
              {helpsRows(patterns.helps).map((row) => (
                <tr key={row.exercise}>
                  <th scope="row">
                    {EXERCISES.find((exercise) => exercise.id === row.exercise)?.name ?? row.exercise}
                  </th>
                  <td>{row.enough ? show(row.averageFall) : 'Too few answers to tell yet'}</td>
                  <td>{row.answers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section className="card" aria-labelledby="pace-title">
        <h2 id="pace-title">The pace of your schedule</h2>
        <ChartFigure
          title={`Sessions by ${rowHeading.toLowerCase()}`}
          summary={paceSummary(patterns)}
          table={{
            rowHeading,
            columns: ['sessions'],
            rows: pace.sessionsByBucket.map((count, index) => ({ label: rowLabels[index]!, cells: [count] })),
          }}
        >
          {(cursor) => (
            <StackedBars
              labels={labels}
              cursor={cursor}
              stacks={[{ name: 'Sessions', values: pace.sessionsByBucket, part: 1 }]}
            />
          )}
        </ChartFigure>
        <dl className="facts">
          <div>
            <dt>Sessions a working day, on average</dt>
            <dd>{pace.workingDays === 0 ? '—' : show(pace.sessions / pace.workingDays)}</dd>
          </div>
          <div>
            <dt>Longest run back to back (gaps under 10 minutes)</dt>
            <dd>{longestRunInWords(pace)}</dd>
          </div>
          <div>
            <dt>Working days with no break of 30 minutes or more</dt>
            <dd>{pace.daysWithoutRealBreak.length === 0 ? 'None' : pace.daysWithoutRealBreak.length}</dd>
          </div>
          <div>
            <dt>Gaps under 5 minutes</dt>
            <dd>{pace.gapsUnderFiveMinutes}</dd>
          </div>
          <div>
            <dt>Days since a full day off</dt>
            <dd>
              {pace.daysSinceDayOff === null
                ? 'Not known yet'
                : pace.daysSinceDayOff.sinceRecordsBegan
                  ? `At least ${pace.daysSinceDayOff.days}: every day on record had sessions`
                  : pace.daysSinceDayOff.days === 0
                    ? 'Today is one'
                    : String(pace.daysSinceDayOff.days)}
            </dd>
          </div>
        </dl>
        {pace.daysWithoutRealBreak.length > 0 ? (
          <details className="fact-details">
            <summary>Which days had no break</summary>
            <p className="small">{pace.daysWithoutRealBreak.map(dateInWords).join(', ')}</p>
          </details>
        ) : null}
      </section>

      <section className="card" aria-labelledby="moments-title">
        <h2 id="moments-title">Moments that mattered</h2>
        {patterns.moments.length === 0 ? (
          <p className="quiet">None in this time yet. Note one from the tray, or with this week’s reflection.</p>
        ) : (
          <ul className="moments">
            {patterns.moments.map((moment) => (
              <li key={`${moment.at}-${moment.from}`}>
                <blockquote>{moment.text}</blockquote>
                <p className="quiet small">
                  {new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: patterns.timeZone }).format(
                    moment.at,
                  )}
                  {moment.from === 'reflection' ? ', with the weekly reflection' : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="button subtle" onClick={() => onOpen('note-moment')}>
          Note a moment that mattered
        </button>
      </section>

      <SupportSection api={api} support={patterns.support} timeZone={patterns.timeZone} />

      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">About these patterns</h2>
        {patterns.nudgesWaitingFor ? (
          <p className="quiet">
            Gentle nudges compare the past week with your own weeks before it, and wait for at least{' '}
            {patterns.nudgesWaitingFor.need} check-ins in the week: there{' '}
            {patterns.nudgesWaitingFor.have === 1 ? 'is 1' : `are ${patterns.nudgesWaitingFor.have}`} so far.
          </p>
        ) : (
          <p className="quiet">
            Gentle nudges compare the past week with your own weeks before it, never with anyone else.
          </p>
        )}
        <button type="button" className="button link" onClick={() => onOpen('more-than-tiredness')}>
          If it is more than tiredness
        </button>
      </section>
    </div>
  );
}

function ResetFigure({
  title,
  summary,
  rowHeading,
  labels,
  rowLabels,
  counts,
}: {
  title: string;
  summary: string;
  rowHeading: string;
  labels: string[];
  rowLabels: string[];
  counts: { taken: number; endedEarly: number; skipped: number; missed: number }[];
}) {
  const parts = [
    { name: 'Taken', key: 'taken', part: 1 },
    { name: 'Ended early', key: 'endedEarly', part: 2 },
    { name: 'Skipped', key: 'skipped', part: 3 },
    { name: 'Missed', key: 'missed', part: 4 },
  ] as const;
  return (
    <>
      <ChartFigure
        title={title}
        summary={summary}
        table={{
          rowHeading,
          columns: parts.map((part) => part.name.toLowerCase()),
          rows: counts.map((count, index) => ({
            label: rowLabels[index]!,
            cells: parts.map((part) => count[part.key]),
          })),
        }}
      >
        {(cursor) => (
          <StackedBars
            labels={labels}
            cursor={cursor}
            stacks={parts.map((part) => ({
              name: part.name,
              part: part.part,
              values: counts.map((count) => count[part.key]),
            }))}
          />
        )}
      </ChartFigure>
      <Legend items={parts.map((part) => ({ name: part.name, className: `part-${part.part}` }))} />
    </>
  );
}
