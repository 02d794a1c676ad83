import { EXERCISES } from '../../../app/shared/exercises';
import type { Bucket, Patterns, ResetCounts } from '../../../app/shared/patterns';
import { dateInWords, nameInSentence } from './bucket-labels';

/** One plain sentence under each chart: what the numbers say, in the user's own terms, never a verdict. */

const oneDecimal = (value: number) =>
  (Math.round(value * 10) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 });
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function weightedMean(values: readonly (number | null)[], weights: readonly number[]): number | null {
  let sum = 0;
  let total = 0;
  values.forEach((value, index) => {
    if (value === null) return;
    sum += value * weights[index]!;
    total += weights[index]!;
  });
  return total === 0 ? null : sum / total;
}

/** The buckets clearly below the range's own average (by half a point), as one run if they form one. */
function lowerStretch(buckets: readonly Bucket[], values: readonly (number | null)[], mean: number): string | null {
  const low = values.map((value) => value !== null && value <= mean - 0.5);
  const first = low.indexOf(true);
  if (first < 0) return null;
  const last = low.lastIndexOf(true);
  const oneRun = low.slice(first, last + 1).every(Boolean);
  if (first === last) return `lowest on ${nameInSentence(buckets[first]!)}`;
  if (oneRun) return `lower from ${nameInSentence(buckets[first]!)} to ${nameInSentence(buckets[last]!)}`;
  return null;
}

export function arrivingSummary({ arriving, buckets }: Patterns): string {
  const answers = arriving.reduce((sum, point) => sum + point.answers, 0);
  if (answers === 0) return 'No check-ins before sessions in this time yet.';
  const weights = arriving.map((point) => point.answers);
  const energy = weightedMean(
    arriving.map((point) => point.energy),
    weights,
  )!;
  const tension = weightedMean(
    arriving.map((point) => point.tension),
    weights,
  )!;
  const stretch = lowerStretch(
    buckets,
    arriving.map((point) => point.energy),
    energy,
  );
  const start = `Energy before sessions averaged ${oneDecimal(energy)} and tension ${oneDecimal(tension)}, from ${plural(answers, 'check-in')}`;
  return stretch ? `${start}; energy was ${stretch}.` : `${start}.`;
}

export function leavingSummary({ leaving }: Patterns): string {
  const answers = leaving.byBucket.reduce((sum, point) => sum + point.answers, 0);
  if (answers === 0) return 'No check-ins after sessions in this time yet.';
  const weights = leaving.byBucket.map((point) => point.answers);
  const activation = weightedMean(
    leaving.byBucket.map((point) => point.activation),
    weights,
  )!;
  const carrying = weightedMean(
    leaving.byBucket.map((point) => point.carryingShare),
    weights,
  )!;
  return `Activation after sessions averaged ${oneDecimal(activation)}. You were carrying something from ${Math.round(carrying * 100)}% of the ${plural(answers, 'session')} you checked in after.`;
}

export function feelingsSummary({ leaving }: Patterns): string {
  const chosen = leaving.feelings.filter((feeling) => feeling.total > 0).sort((a, b) => b.total - a.total);
  if (chosen.length === 0) return 'No feelings chosen after sessions in this time yet.';
  const words = chosen.slice(0, 3).map((feeling) => `“${feeling.feeling}” ${plural(feeling.total, 'time')}`);
  return `The words you chose most: ${words.join(', ')}.`;
}

const resetTotal = (counts: ResetCounts) => counts.taken + counts.endedEarly + counts.skipped + counts.missed;

export function resetsSummary({ resets }: Patterns): string {
  const sum = resets.byBucket.reduce(
    (all, counts) => ({
      taken: all.taken + counts.taken,
      endedEarly: all.endedEarly + counts.endedEarly,
      skipped: all.skipped + counts.skipped,
      missed: all.missed + counts.missed,
    }),
    { taken: 0, endedEarly: 0, skipped: 0, missed: 0 },
  );
  const total = resetTotal(sum);
  if (total === 0) return 'No resets offered in this time yet.';
  const taken = sum.taken + sum.endedEarly;
  const early = sum.endedEarly > 0 ? ` (${sum.endedEarly} ended early)` : '';
  return `Of ${plural(total, 'reset')} offered, you took ${taken}${early}, skipped ${sum.skipped}, and ${sum.missed} passed by unseen or while a session ran over.`;
}

export function resetHoursSummary({ resets }: Patterns): string {
  const hours = resets.byHour.filter((hour) => resetTotal(hour) > 0);
  if (hours.length === 0) return 'No resets offered in this time yet.';
  const mostSkipped = [...hours].sort((a, b) => b.skipped - a.skipped)[0]!;
  const mostTaken = [...hours].sort((a, b) => b.taken + b.endedEarly - (a.taken + a.endedEarly))[0]!;
  const taken = `You took the most resets around ${hourName(mostTaken.hour)}`;
  return mostSkipped.skipped > 0
    ? `${taken}, and skipped the most around ${hourName(mostSkipped.hour)}.`
    : `${taken}, and skipped none.`;
}

export function hourName(hour: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1, hour));
}

export function helpsSummary({ helps }: Patterns): string {
  if (helps.answers < helps.needed)
    return `This shows once you have answered “How do you feel now?” after ${helps.needed} resets. So far: ${helps.answers}.`;
  const best = helps.byExercise.find((row) => row.answers >= helps.neededPerKind);
  if (!best)
    return `No kind of reset has ${helps.neededPerKind} answers of its own yet, so none is compared. So far: ${plural(helps.answers, 'answer')}.`;
  const name = EXERCISES.find((exercise) => exercise.id === best.exercise)?.name ?? best.exercise;
  if (best.averageFall <= 0)
    return `Across ${plural(helps.answers, 'answer')}, activation did not fall on average after any kind of reset.`;
  return `Activation fell most after ${name}: by ${oneDecimal(best.averageFall)} on average, across ${plural(best.answers, 'answer')}.`;
}

/** The pace table's line: a "run" of one session is no run at all. */
export function longestRunInWords({ longestRun }: Patterns['pace']): string {
  if (!longestRun.date) return '—';
  if (longestRun.sessions < 2) return 'None: every gap was 10 minutes or more';
  return `${longestRun.sessions} sessions, ${dateInWords(longestRun.date)}`;
}

/** Kinds with enough answers of their own first, biggest fall first; the rest after, as too few to tell. */
export function helpsRows(helps: Patterns['helps']): (Patterns['helps']['byExercise'][number] & { enough: boolean })[] {
  const rows = helps.byExercise.map((row) => ({ ...row, enough: row.answers >= helps.neededPerKind }));
  return [...rows.filter((row) => row.enough), ...rows.filter((row) => !row.enough)];
}

export function paceSummary({ pace, buckets }: Patterns): string {
  if (pace.workingDays === 0) return 'No sessions on record in this time yet.';
  const run =
    pace.longestRun.date && pace.longestRun.sessions > 1
      ? ` The longest run back to back was ${plural(pace.longestRun.sessions, 'session')}, on ${dateInWords(pace.longestRun.date)}.`
      : '';
  const unit = buckets[0]?.unit === 'day' ? 'this week' : 'in this time';
  return `${plural(pace.sessions, 'session')} over ${plural(pace.workingDays, 'working day')} ${unit}.${run}`;
}
