import { useEffect, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { DashboardView } from '../../../app/shared/dashboard-view';
import type { AppState } from '../../../app/shared/domain';
import type { Translator } from '../../../app/shared/i18n/translator';
import { PatternsRangeSchema, type PatternsRange, type PatternsView as Patterns } from '../../../app/shared/patterns';
import { SingleChoice } from '../controls/ChoiceChips';
import { useWords } from '../i18n/words';
import { dateInWords, hourName, longLabel, shortLabel } from './bucket-labels';
import { ChartFigure } from './ChartFigure';
import { Legend, LineChart, StackedBars } from './charts';
import { SupportSection } from './SupportSection';
import {
  arrivingSummary,
  feelingName,
  feelingsSummary,
  helpsRows,
  helpsSummary,
  leavingSummary,
  longestRunInWords,
  oneDecimal,
  paceSummary,
  percent,
  resetHoursSummary,
  resetsSummary,
} from './summaries';

/** A number to one decimal, or a dash where nothing was answered. */
const show = (value: number | null, words: Translator) => (value === null ? '—' : oneDecimal(value, words));
const share = (value: number | null, words: Translator) => (value === null ? '—' : percent(value, words));

interface PatternsViewProps {
  api: InterludeApi;
  state: AppState;
  onOpen: (view: DashboardView) => void;
}

/** How the work is landing, from the user's own check-ins, resets and schedule: private, and never a score. */
export default function PatternsView({ api, state, onOpen }: PatternsViewProps) {
  const words = useWords();
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
  const ranges = PatternsRangeSchema.options.map((value) => ({ value, label: words.t(`patterns.ranges.${value}`) }));

  return (
    <main className="patterns" aria-labelledby="patterns-title">
      <div className="patterns-header">
        <h2 id="patterns-title">{words.t('patterns.title')}</h2>
        <p className="quiet">{words.t('patterns.intro')}</p>
        <SingleChoice label={words.t('patterns.rangeLabel')} choices={ranges} value={range} onChange={setRange} />
      </div>
      {failed ? (
        <p className="notice" role="alert">
          {words.t('patterns.couldNotRead', { error: failed })}
        </p>
      ) : null}
      {patterns ? (
        <PatternsSections api={api} patterns={patterns} onOpen={onOpen} />
      ) : (
        <p className="loading">{words.t('common.loading')}</p>
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
  const words = useWords();
  const { buckets } = patterns;
  const labels = buckets.map((bucket) => shortLabel(bucket, words));
  const rowLabels = buckets.map((bucket) => longLabel(bucket, words));
  const unit = buckets[0]!.unit;
  const rowHeading = words.t(`patterns.rowHeading.${unit}`);
  const hours = patterns.resets.byHour.filter((hour) => hour.taken + hour.endedEarly + hour.skipped + hour.missed > 0);
  const hourLabels = hours.map((hour) => hourName(hour.hour, words));
  const feelings = [...patterns.leaving.feelings].sort((a, b) => b.total - a.total);
  const mostFelt = Math.max(1, ...feelings.map((feeling) => feeling.total));
  const pace = patterns.pace;
  const energy = words.t('patterns.arriving.series.energy');
  const tension = words.t('patterns.arriving.series.tension');
  return (
    <div className="patterns-grid">
      <section className="card" aria-labelledby="arriving-title">
        <h2 id="arriving-title">{words.t('patterns.arriving.title')}</h2>
        <ChartFigure
          title={words.t('patterns.arriving.chartTitle')}
          summary={arrivingSummary(patterns, words)}
          table={{
            rowHeading,
            columns: [
              words.t('patterns.arriving.columns.energy'),
              words.t('patterns.arriving.columns.tension'),
              words.t('patterns.arriving.columns.checkIns'),
            ],
            rows: patterns.arriving.map((point, index) => ({
              label: rowLabels[index]!,
              cells: [show(point.energy, words), show(point.tension, words), point.answers],
            })),
          }}
        >
          {(cursor) => (
            <LineChart
              labels={labels}
              cursor={cursor}
              series={[
                { name: energy, values: patterns.arriving.map((point) => point.energy), style: 'first' },
                { name: tension, values: patterns.arriving.map((point) => point.tension), style: 'second' },
              ]}
            />
          )}
        </ChartFigure>
        <Legend
          items={[
            { name: energy, className: 'series series-first' },
            { name: tension, className: 'series series-second' },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="leaving-title">
        <h2 id="leaving-title">{words.t('patterns.leaving.title')}</h2>
        <ChartFigure
          title={words.t('patterns.leaving.chartTitle')}
          summary={leavingSummary(patterns, words)}
          table={{
            rowHeading,
            columns: [
              words.t('patterns.leaving.columns.activation'),
              words.t('patterns.leaving.columns.carrying'),
              words.t('patterns.leaving.columns.checkIns'),
            ],
            rows: patterns.leaving.byBucket.map((point, index) => ({
              label: rowLabels[index]!,
              cells: [show(point.activation, words), share(point.carryingShare, words), point.answers],
            })),
          }}
        >
          {(cursor) => (
            <LineChart
              labels={labels}
              cursor={cursor}
              series={[
                {
                  name: words.t('patterns.leaving.series.activation'),
                  values: patterns.leaving.byBucket.map((point) => point.activation),
                  style: 'first',
                },
                {
                  name: words.t('patterns.leaving.series.carrying'),
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
            { name: words.t('patterns.leaving.legend.activation'), className: 'series series-first' },
            { name: words.t('patterns.leaving.legend.carrying'), className: 'series series-second' },
          ]}
        />
        <ChartFigure
          title={words.t('patterns.feelings.chartTitle')}
          summary={feelingsSummary(patterns, words)}
          table={{
            rowHeading,
            columns: feelings.map((feeling) => feelingName(feeling.feeling, words)),
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
                    <span className="word">{feelingName(feeling.feeling, words)}</span>
                    <span className="word-bar" style={{ width: `${(feeling.total / mostFelt) * 100}%` }} />
                    <span className="word-count">{words.number(feeling.total)}</span>
                  </li>
                ))}
            </ul>
          )}
        </ChartFigure>
      </section>

      <section className="card" aria-labelledby="resets-title">
        <h2 id="resets-title">{words.t('patterns.resets.title')}</h2>
        <p className="quiet small">{words.t('patterns.resets.missedNote')}</p>
        <ResetFigure
          title={words.t(`patterns.resets.byUnit.${unit}`)}
          summary={resetsSummary(patterns, words)}
          rowHeading={rowHeading}
          labels={labels}
          rowLabels={rowLabels}
          counts={patterns.resets.byBucket}
        />
        {hours.length > 0 ? (
          <ResetFigure
            title={words.t('patterns.resets.byHour')}
            summary={resetHoursSummary(patterns, words)}
            rowHeading={words.t('patterns.rowHeading.hour')}
            labels={hourLabels}
            rowLabels={hourLabels}
            counts={hours}
          />
        ) : null}
      </section>

      <section className="card" aria-labelledby="helps-title">
        <h2 id="helps-title">{words.t('patterns.helps.title')}</h2>
        <p>{helpsSummary(patterns, words)}</p>
        {patterns.helps.answers >= patterns.helps.needed ? (
          <table className="plain-table">
            <caption className="visually-hidden">{words.t('patterns.helps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{words.t('patterns.helps.columns.reset')}</th>
                <th scope="col">{words.t('patterns.helps.columns.averageFall')}</th>
                <th scope="col">{words.t('patterns.helps.columns.answers')}</th>
              </tr>
            </thead>
            <tbody>
              {helpsRows(patterns.helps).map((row) => (
                <tr key={row.exercise}>
                  <th scope="row">{words.t(`exercises.${row.exercise}.name`)}</th>
                  <td>{row.enough ? show(row.averageFall, words) : words.t('patterns.helps.tooFew')}</td>
                  <td>{words.number(row.answers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section className="card" aria-labelledby="pace-title">
        <h2 id="pace-title">{words.t('patterns.pace.title')}</h2>
        <ChartFigure
          title={words.t(`patterns.pace.byUnit.${unit}`)}
          summary={paceSummary(patterns, words)}
          table={{
            rowHeading,
            columns: [words.t('patterns.pace.column')],
            rows: pace.sessionsByBucket.map((count, index) => ({ label: rowLabels[index]!, cells: [count] })),
          }}
        >
          {(cursor) => (
            <StackedBars
              labels={labels}
              cursor={cursor}
              stacks={[{ name: words.t('patterns.pace.series'), values: pace.sessionsByBucket, part: 1 }]}
            />
          )}
        </ChartFigure>
        <dl className="facts">
          <div>
            <dt>{words.t('patterns.pace.facts.perWorkingDay')}</dt>
            <dd>{pace.workingDays === 0 ? '—' : show(pace.sessions / pace.workingDays, words)}</dd>
          </div>
          <div>
            <dt>{words.t('patterns.pace.facts.longestRun')}</dt>
            <dd>{longestRunInWords(pace, words)}</dd>
          </div>
          <div>
            <dt>{words.t('patterns.pace.facts.withoutBreak')}</dt>
            <dd>
              {pace.daysWithoutRealBreak.length === 0
                ? words.t('patterns.pace.facts.none')
                : words.number(pace.daysWithoutRealBreak.length)}
            </dd>
          </div>
          <div>
            <dt>{words.t('patterns.pace.facts.shortGaps')}</dt>
            <dd>{words.number(pace.gapsUnderFiveMinutes)}</dd>
          </div>
          <div>
            <dt>{words.t('patterns.pace.facts.sinceDayOff')}</dt>
            <dd>
              {pace.daysSinceDayOff === null
                ? words.t('patterns.pace.facts.notKnownYet')
                : pace.daysSinceDayOff.sinceRecordsBegan
                  ? words.t('patterns.pace.facts.atLeast', { days: pace.daysSinceDayOff.days })
                  : pace.daysSinceDayOff.days === 0
                    ? words.t('patterns.pace.facts.todayIsOne')
                    : words.number(pace.daysSinceDayOff.days)}
            </dd>
          </div>
        </dl>
        {pace.daysWithoutRealBreak.length > 0 ? (
          <details className="fact-details">
            <summary>{words.t('patterns.pace.whichDays')}</summary>
            <p className="small">{pace.daysWithoutRealBreak.map((date) => dateInWords(date, words)).join(', ')}</p>
          </details>
        ) : null}
      </section>

      <section className="card" aria-labelledby="moments-title">
        <h2 id="moments-title">{words.t('patterns.moments.title')}</h2>
        {patterns.moments.length === 0 ? (
          <p className="quiet">{words.t('patterns.moments.none')}</p>
        ) : (
          <ul className="moments">
            {patterns.moments.map((moment) => {
              const date = new Intl.DateTimeFormat(words.dateLocale.code ?? words.language, {
                dateStyle: 'long',
                timeZone: patterns.timeZone,
              }).format(moment.at);
              return (
                <li key={`${moment.at}-${moment.from}`}>
                  <blockquote>{moment.text}</blockquote>
                  <p className="quiet small">
                    {moment.from === 'reflection' ? words.t('patterns.moments.withReflection', { date }) : date}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
        <button type="button" className="button subtle" onClick={() => onOpen('note-moment')}>
          {words.t('patterns.moments.note')}
        </button>
      </section>

      <SupportSection api={api} support={patterns.support} timeZone={patterns.timeZone} />

      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">{words.t('patterns.about.title')}</h2>
        <p className="quiet">
          {patterns.nudgesWaitingFor
            ? words.t('patterns.about.waiting', {
                need: patterns.nudgesWaitingFor.need,
                count: patterns.nudgesWaitingFor.have,
              })
            : words.t('patterns.about.notWaiting')}
        </p>
        <button type="button" className="button link" onClick={() => onOpen('more-than-tiredness')}>
          {words.t('patterns.about.moreThanTiredness')}
        </button>
      </section>
    </div>
  );
}

const PARTS = [
  { key: 'taken', part: 1 },
  { key: 'endedEarly', part: 2 },
  { key: 'skipped', part: 3 },
  { key: 'missed', part: 4 },
] as const;

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
  const words = useWords();
  const parts = PARTS.map((part) => ({
    ...part,
    name: words.t(`patterns.resets.parts.${part.key}`),
    column: words.t(`patterns.resets.columns.${part.key}`),
  }));
  return (
    <>
      <ChartFigure
        title={title}
        summary={summary}
        table={{
          rowHeading,
          columns: parts.map((part) => part.column),
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
