import { FEELINGS, type AfterSession } from '../../shared/check-in';
import type { ExerciseId, JournalEntry } from '../../shared/domain';
import { localDateKey } from '../../shared/local-date';
import type { Patterns, PatternsRange, ResetCounts } from '../../shared/patterns';
import type { DiaryRecord } from '../../shared/records';
import { dayPace, hasRealBreak } from './pace';
import { rangeFrame } from './range';
import type { RecordsWindow } from './records-window';

/** "What helps" is shown once there are this many before-and-after pairs, and says how many. */
export const HELPS_NEEDS_ANSWERS = 8;
/** And a kind of reset is compared only with this many answers of its own. */
export const HELPS_NEEDS_PER_KIND = 3;

/** Records from the range's first day to the end of today. */
export interface PatternsInput extends RecordsWindow {
  range: PatternsRange;
  /** Support records from before the range too, for "last reached out". */
  supportBefore: readonly DiaryRecord[];
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;

const emptyCounts = (): ResetCounts => ({ taken: 0, endedEarly: 0, skipped: 0, missed: 0 });

/** How the work is landing over a range: a pure function of the user's own records. */
export function computePatterns(input: PatternsInput): Patterns {
  const { range, now, timeZone } = input;
  const frame = rangeFrame(range, now, timeZone);
  const size = frame.buckets.length;
  const bucketOf = (at: number) => (at >= frame.from && at < frame.to ? frame.indexOf(localDateKey(at, timeZone)) : -1);

  const energy = Array.from({ length: size }, () => [] as number[]);
  const tension = Array.from({ length: size }, () => [] as number[]);
  const activation = Array.from({ length: size }, () => [] as number[]);
  const carrying = Array.from({ length: size }, () => ({ yes: 0, answers: 0 }));
  const feelingCounts = new Map(FEELINGS.map((feeling) => [feeling, new Array<number>(size).fill(0)]));
  const resetsByBucket = Array.from({ length: size }, emptyCounts);
  const resetsByHour = Array.from({ length: 24 }, (_, hour) => ({ hour, ...emptyCounts() }));
  const afterByPrompt = new Map<string, AfterSession>();
  const resetPrompts = new Map<string, JournalEntry[]>();
  let before = 0;
  let after = 0;

  for (const entry of input.journal) {
    const bucket = bucketOf(entry.at);
    if (bucket < 0) continue;
    if (entry.event === 'checked-in' && entry.answers?.type === 'before') {
      before += 1;
      energy[bucket]!.push(entry.answers.energy);
      tension[bucket]!.push(entry.answers.tension);
    } else if (entry.event === 'checked-in' && entry.answers?.type === 'after') {
      after += 1;
      const answers = entry.answers;
      afterByPrompt.set(entry.promptId, answers);
      activation[bucket]!.push(answers.activation);
      carrying[bucket]!.answers += 1;
      if (answers.carrying !== 'no') carrying[bucket]!.yes += 1;
      for (const feeling of answers.feelings) feelingCounts.get(feeling)![bucket]! += 1;
    }
    if (entry.kind === 'reset' || entry.kind === 'wind-down') {
      const entries = resetPrompts.get(entry.promptId);
      if (entries) entries.push(entry);
      else resetPrompts.set(entry.promptId, [entry]);
    }
  }

  const falls = new Map<ExerciseId, number[]>();
  for (const entries of resetPrompts.values()) {
    const outcome = resetOutcome(entries);
    const first = entries[0]!;
    const bucket = bucketOf(first.at);
    if (outcome && bucket >= 0) {
      resetsByBucket[bucket]![outcome] += 1;
      resetsByHour[Number(localHour(first.at, timeZone))]![outcome] += 1;
    }
    const felt = entries.findLast((entry) => entry.event === 'felt');
    const answered = afterByPrompt.get(first.promptId);
    if (felt?.event === 'felt' && answered) {
      const list = falls.get(felt.exercise) ?? [];
      list.push(answered.activation - felt.activation);
      falls.set(felt.exercise, list);
    }
  }
  const helpsAnswers = [...falls.values()].reduce((sum, list) => sum + list.length, 0);

  const sessionsByBucket = new Array<number>(size).fill(0);
  const paces = input.days
    .filter((day) => day.sessions.length > 0 && frame.indexOf(day.date) >= 0 && day.at < frame.to)
    .map(dayPace);
  for (const pace of paces) sessionsByBucket[frame.indexOf(pace.date)]! += pace.sessions;
  const longest = paces.reduce<{ sessions: number; date: string | null }>(
    (best, pace) => (pace.longestRun > best.sessions ? { sessions: pace.longestRun, date: pace.date } : best),
    { sessions: 0, date: null },
  );

  const moments: Patterns['moments'] = [];
  const reflections: Patterns['reflections'] = [];
  for (const record of input.diary) {
    if (bucketOf(record.at) < 0) continue;
    if (record.type === 'moment') moments.push({ at: record.at, text: record.text, from: 'noted' });
    if (record.type === 'reflection') {
      reflections.push({ week: record.week, wornOut: record.wornOut, meaningful: record.meaningful });
      if (record.moment) moments.push({ at: record.at, text: record.moment, from: 'reflection' });
    }
  }
  moments.sort((a, b) => b.at - a.at);

  const supportRecords = [...input.supportBefore, ...input.diary].flatMap((record) =>
    record.type === 'support' ? [record] : [],
  );
  const support = input.people.map((person) => {
    const mine = supportRecords.filter((record) => record.personId === person.id);
    const inRange = mine.filter((record) => bucketOf(record.at) >= 0);
    return {
      personId: person.id,
      name: person.name,
      everyDays: person.everyDays,
      lastAt: mine.length > 0 ? Math.max(...mine.map((record) => record.at)) : null,
      times: new Set(inRange.map((record) => record.at)).size,
    };
  });

  return {
    range,
    from: frame.from,
    to: frame.to,
    timeZone,
    buckets: frame.buckets,
    arriving: energy.map((values, index) => ({
      energy: mean(values),
      tension: mean(tension[index]!),
      answers: values.length,
    })),
    leaving: {
      byBucket: activation.map((values, index) => ({
        activation: mean(values),
        carryingShare: carrying[index]!.answers === 0 ? null : carrying[index]!.yes / carrying[index]!.answers,
        answers: carrying[index]!.answers,
      })),
      feelings: FEELINGS.map((feeling) => {
        const byBucket = feelingCounts.get(feeling)!;
        return { feeling, total: byBucket.reduce((sum, count) => sum + count, 0), byBucket };
      }),
    },
    resets: { byBucket: resetsByBucket, byHour: resetsByHour },
    helps: {
      answers: helpsAnswers,
      needed: HELPS_NEEDS_ANSWERS,
      neededPerKind: HELPS_NEEDS_PER_KIND,
      byExercise: [...falls.entries()]
        .map(([exercise, list]) => ({ exercise, answers: list.length, averageFall: mean(list) ?? 0 }))
        .sort((a, b) => b.averageFall - a.averageFall),
    },
    pace: {
      sessionsByBucket,
      workingDays: paces.length,
      sessions: paces.reduce((sum, pace) => sum + pace.sessions, 0),
      longestRun: longest,
      daysWithoutRealBreak: paces.filter((pace) => !hasRealBreak(pace)).map((pace) => pace.date),
      gapsUnderFiveMinutes: paces.reduce((sum, pace) => sum + pace.gapsUnderFiveMinutes, 0),
      daysSinceDayOff: input.daysSinceDayOff,
    },
    moments,
    reflections,
    support,
    answered: { before, after },
  };
}

/** What became of a reset, from its entries: taken (to the end, or ended early), skipped, or missed (asleep, overrun, or let pass). */
function resetOutcome(entries: readonly JournalEntry[]): keyof ResetCounts | null {
  const ending = entries.findLast(
    (entry) =>
      entry.event === 'completed' ||
      entry.event === 'missed' ||
      entry.event === 'expired' ||
      entry.event === 'replaced' ||
      (entry.event === 'skipped' && entry.part === undefined),
  );
  if (!ending) return null;
  if (ending.event === 'completed') return ending.endedEarly ? 'endedEarly' : 'taken';
  if (ending.event === 'skipped') return 'skipped';
  return 'missed';
}

const hourFormats = new Map<string, Intl.DateTimeFormat>();
function localHour(at: number, timeZone: string): string {
  let format = hourFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    hourFormats.set(timeZone, format);
  }
  return format.format(at);
}
