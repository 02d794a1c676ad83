import { message } from '../../../app/shared/i18n/message';
import type { Translator } from '../../../app/shared/i18n/translator';
import type { Bucket, Patterns, ResetCounts } from '../../../app/shared/patterns';
import { dateInWords, hourName, nameInSentence } from './bucket-labels';

/** One plain sentence under each chart: what the numbers say, in the user's own terms, never a verdict. */

/** A number to one decimal at most, in the window's language: "5.2", "5,2". */
export const oneDecimal = (value: number, words: Translator) => words.number(Math.round(value * 10) / 10);

/** A share (0–1) as a whole percentage, in the window's language: "42%", "42 %". */
export const percent = (share: number, words: Translator) =>
  new Intl.NumberFormat(words.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);

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
function lowerStretch(
  buckets: readonly Bucket[],
  values: readonly (number | null)[],
  mean: number,
  words: Translator,
): string | null {
  const low = values.map((value) => value !== null && value <= mean - 0.5);
  const first = low.indexOf(true);
  if (first < 0) return null;
  const last = low.lastIndexOf(true);
  const oneRun = low.slice(first, last + 1).every(Boolean);
  const unit = buckets[first]!.unit;
  if (first === last)
    return words.t(`patterns.arriving.lowest.${unit}`, { bucket: nameInSentence(buckets[first]!, words) });
  if (oneRun)
    return words.t(`patterns.arriving.lower.${unit}`, {
      from: nameInSentence(buckets[first]!, words),
      to: nameInSentence(buckets[last]!, words),
    });
  return null;
}

export function arrivingSummary({ arriving, buckets }: Patterns, words: Translator): string {
  const answers = arriving.reduce((sum, point) => sum + point.answers, 0);
  if (answers === 0) return words.t('patterns.arriving.none');
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
    words,
  );
  const params = { energy: oneDecimal(energy, words), tension: oneDecimal(tension, words), count: answers };
  return stretch
    ? words.t('patterns.arriving.summaryWithStretch', { ...params, stretch })
    : words.t('patterns.arriving.summary', params);
}

export function leavingSummary({ leaving }: Patterns, words: Translator): string {
  const answers = leaving.byBucket.reduce((sum, point) => sum + point.answers, 0);
  if (answers === 0) return words.t('patterns.leaving.none');
  const weights = leaving.byBucket.map((point) => point.answers);
  const activation = weightedMean(
    leaving.byBucket.map((point) => point.activation),
    weights,
  )!;
  const carrying = weightedMean(
    leaving.byBucket.map((point) => point.carryingShare),
    weights,
  )!;
  return words.t('patterns.leaving.summary', {
    activation: oneDecimal(activation, words),
    percent: percent(carrying, words),
    count: answers,
  });
}

/** A feeling's own word, as the Patterns view shows it: "numb". */
export function feelingName(feeling: Patterns['leaving']['feelings'][number]['feeling'], words: Translator): string {
  return words.t(`patterns.feelings.names.${feeling}`);
}

export function feelingsSummary({ leaving }: Patterns, words: Translator): string {
  const chosen = leaving.feelings.filter((feeling) => feeling.total > 0).sort((a, b) => b.total - a.total);
  if (chosen.length === 0) return words.t('patterns.feelings.none');
  const most = chosen
    .slice(0, 3)
    .map((feeling) =>
      words.t('patterns.feelings.chosen', { feeling: feelingName(feeling.feeling, words), count: feeling.total }),
    );
  return words.t('patterns.feelings.summary', { words: most.join(', ') });
}

const resetTotal = (counts: ResetCounts) => counts.taken + counts.endedEarly + counts.skipped + counts.missed;

export function resetsSummary({ resets }: Patterns, words: Translator): string {
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
  if (total === 0) return words.t('patterns.resets.none');
  const params = { count: total, taken: sum.taken + sum.endedEarly, skipped: sum.skipped, missed: sum.missed };
  return sum.endedEarly > 0
    ? words.t('patterns.resets.summaryEndedEarly', { ...params, endedEarly: sum.endedEarly })
    : words.t('patterns.resets.summary', params);
}

export function resetHoursSummary({ resets }: Patterns, words: Translator): string {
  const hours = resets.byHour.filter((hour) => resetTotal(hour) > 0);
  if (hours.length === 0) return words.t('patterns.resets.none');
  const mostSkipped = [...hours].sort((a, b) => b.skipped - a.skipped)[0]!;
  const mostTaken = [...hours].sort((a, b) => b.taken + b.endedEarly - (a.taken + a.endedEarly))[0]!;
  const taken = hourName(mostTaken.hour, words);
  return mostSkipped.skipped > 0
    ? words.t('patterns.resets.hours', { taken, skipped: hourName(mostSkipped.hour, words) })
    : words.t('patterns.resets.hoursNoneSkipped', { taken });
}

export function helpsSummary({ helps }: Patterns, words: Translator): string {
  if (helps.answers < helps.needed)
    return words.t('patterns.helps.waiting', { count: helps.needed, answers: helps.answers });
  const best = helps.byExercise.find((row) => row.answers >= helps.neededPerKind);
  if (!best) return words.t('patterns.helps.noneCompared', { perKind: helps.neededPerKind, count: helps.answers });
  if (best.averageFall <= 0) return words.t('patterns.helps.noFall', { count: helps.answers });
  return words.t('patterns.helps.fellMost', {
    exercise: message(`exercises.${best.exercise}.name`),
    fall: oneDecimal(best.averageFall, words),
    count: best.answers,
  });
}

/** The pace table's line: a "run" of one session is no run at all. */
export function longestRunInWords({ longestRun }: Patterns['pace'], words: Translator): string {
  if (!longestRun.date) return '—';
  if (longestRun.sessions < 2) return words.t('patterns.pace.noRun');
  return words.t('patterns.pace.longestRun', {
    count: longestRun.sessions,
    date: dateInWords(longestRun.date, words),
  });
}

/** Kinds with enough answers of their own first, biggest fall first; the rest after, as too few to tell. */
export function helpsRows(helps: Patterns['helps']): (Patterns['helps']['byExercise'][number] & { enough: boolean })[] {
  const rows = helps.byExercise.map((row) => ({ ...row, enough: row.answers >= helps.neededPerKind }));
  return [...rows.filter((row) => row.enough), ...rows.filter((row) => !row.enough)];
}

export function paceSummary({ pace, buckets }: Patterns, words: Translator): string {
  if (pace.workingDays === 0) return words.t('patterns.pace.none');
  const counts = {
    sessions: message('patterns.pace.sessions', { count: pace.sessions }),
    workingDays: message('patterns.pace.workingDays', { count: pace.workingDays }),
  };
  const summary =
    buckets[0]?.unit === 'day'
      ? words.t('patterns.pace.summaryThisWeek', counts)
      : words.t('patterns.pace.summaryInThisTime', counts);
  if (!pace.longestRun.date || pace.longestRun.sessions <= 1) return summary;
  const run = words.t('patterns.pace.longestRunSentence', {
    count: pace.longestRun.sessions,
    date: dateInWords(pace.longestRun.date, words),
  });
  return `${summary} ${run}`;
}
