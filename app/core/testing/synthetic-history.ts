import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getISODay } from 'date-fns/getISODay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import type { AfterSession, BeforeSession } from '../../shared/check-in';
import type { ExerciseId, JournalEntry, PromptKind, Session } from '../../shared/domain';
import { localDateKey } from '../../shared/local-date';
import type { DaySchedule, DiaryRecord, People } from '../../shared/records';
import { DAYS_NAME, DIARY_NAME, PEOPLE_DOCUMENT } from '../history';
import { JOURNAL_NAME } from '../journal';
import { FIRST_START_DOCUMENT } from '../preferences';
import { monthDocument, monthOf, serializeLines } from '../monthly-log';
import { checkInPromptId, postSessionPromptId } from '../planning-rules';
import type { DocumentStore } from '../ports';

/**
 * A realistic made-up history for the preview, the end-to-end tests and the bench, from the Monday
 * `weeks` weeks back through yesterday: varied days,
 * heavier weeks, skipped resets, days off, and check-ins with gaps (real diaries are about 75%
 * complete). Seeded, so the same arguments give the same history.
 */
export interface SyntheticHistory {
  journal: JournalEntry[];
  days: DaySchedule[];
  diary: DiaryRecord[];
  people: People;
}

export interface HistoryOptions {
  weeks: number;
  /** The history runs up to the start of this instant's day. */
  end: number;
  timeZone: string;
  seed?: number;
  /** More sessions a day than a typical practice, for the bench's long-time, full-time user. */
  extraSessions?: number;
  /** The last this-many days are all working days, weekends too: a stretch with no day off. */
  withoutDayOff?: number;
}

const MINUTE = 60_000;
const EXERCISES: ExerciseId[] = ['cyclic-sighing', 'resonance-breathing', 'seated-stretch', 'step-outside', 'silence'];
const MOMENTS = [
  'Felt fully present in the afternoon, and noticed it.',
  'A long piece of work moved forward today.',
  'Remembered why I chose this work.',
  'Supervision helped me see the week more kindly.',
  'Left on time and walked home in the light.',
  'Stayed steady through a hard hour, and let it go afterwards.',
];
export const SYNTHETIC_PEOPLE: People = {
  version: 1,
  people: [
    { id: 'supervision', name: 'Supervision with Ana', everyDays: 14 },
    { id: 'consultation-group', name: 'Thursday consultation group', everyDays: 7 },
    { id: 'colleague', name: 'Sam, a colleague', everyDays: null },
  ],
};

/** mulberry32: small, fast and good enough for made-up data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number) => Math.max(0, Math.min(10, Math.round(value)));

export function syntheticHistory({
  weeks,
  end,
  timeZone,
  seed = 7,
  extraSessions = 0,
  withoutDayOff = 0,
}: HistoryOptions): SyntheticHistory {
  const next = random(seed);
  const chance = (p: number) => next() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const journal: JournalEntry[] = [];
  const days: DaySchedule[] = [];
  const diary: DiaryRecord[] = [];
  const today = new TZDate(end, timeZone);
  const first = startOfISOWeek(
    addDays(new TZDate(today.getFullYear(), today.getMonth(), today.getDate(), timeZone), -7 * weeks),
  );
  const heavyWeeks = new Set<number>();
  const vacationWeeks = new Set<number>();
  for (let week = 0; week < weeks; week++) {
    if (chance(0.25)) heavyWeeks.add(week);
    else if (weeks >= 8 && chance(0.06)) vacationWeeks.add(week);
  }
  const record = (at: number, promptId: string, kind: PromptKind, rest: Record<string, unknown>) =>
    journal.push({ at, promptId, kind, ...rest } as JournalEntry);

  // From a Monday, through yesterday.
  const total = differenceInCalendarDays(today, first);
  for (let index = 0; index < total; index++) {
    const day = addDays(first, index);
    const week = Math.floor(index / 7);
    const weekday = getISODay(day);
    const date = localDateKey(day.getTime(), timeZone);
    const heavy = heavyWeeks.has(week);
    const working = (weekday <= 5 && !vacationWeeks.has(week) && !chance(0.05)) || index >= total - withoutDayOff;
    // How hard the day lands: heavier weeks, and the week's later days, weigh more.
    const strain = Math.min(1, (heavy ? 0.55 : 0.25) + (weekday - 1) * 0.06 + (next() - 0.5) * 0.3);
    if (working) {
      const sessions = daySessions(day, heavy, next, timeZone, extraSessions);
      days.push({ type: 'day', at: day.getTime(), date, sessions: sessions.map((s) => [s.start, s.end]) });
      sessions.forEach((session, position) => {
        const following = sessions[position + 1];
        const before = checkInPromptId(session);
        const beforeAt = session.start - 2 * MINUTE;
        record(beforeAt, before, 'check-in', { event: 'offered' });
        if (chance(0.75)) {
          const answers: BeforeSession = {
            type: 'before',
            energy: clamp(7.5 - 5 * strain + (next() - 0.5) * 3),
            tension: clamp(2.5 + 4 * strain + (next() - 0.5) * 3),
            intention: pick(['present', 'curious', 'steady', 'warm']),
          };
          record(beforeAt + 20_000, before, 'check-in', { event: 'checked-in', answers });
        } else record(session.start, before, 'check-in', { event: chance(0.5) ? 'skipped' : 'expired' });

        const gap = following ? following.start - session.end : null;
        const kind: PromptKind = gap === null ? 'wind-down' : gap < 2 * MINUTE ? 'check-out' : 'reset';
        const after = postSessionPromptId(session);
        const at = session.end;
        record(at, after, kind, { event: 'offered' });
        let activation = clamp(2.5 + 5 * strain + (next() - 0.5) * 3);
        if (chance(0.75)) {
          const heavyHour = next() < strain;
          const answers: AfterSession = {
            type: 'after',
            activation,
            carrying: heavyHour ? (chance(0.4) ? 'a-lot' : 'a-little') : chance(0.2) ? 'a-little' : 'no',
            feelings: heavyHour
              ? [pick(['drained', 'irritated', 'numb', 'sad', 'anxious'] as const)]
              : [pick(['calm', 'satisfied', 'moved'] as const)],
            need: pick(['water', 'movement', 'breath', 'nothing']),
          };
          record(at + 30_000, after, kind, { event: 'checked-in', answers });
        }
        if (kind === 'check-out') return;
        const outcome = next();
        if (outcome < 0.12 + strain * 0.1) record(at + 45_000, after, kind, { event: 'skipped' });
        else if (outcome < 0.2 + strain * 0.1)
          record(following ? following.start - MINUTE : at + 15 * MINUTE, after, kind, {
            event: 'missed',
            reason: chance(0.5) ? 'overrun' : 'asleep',
          });
        else {
          const exercise = pick(EXERCISES);
          const planned = kind === 'reset' && gap !== null && gap < 5 * MINUTE ? 60 : 180;
          const endedEarly = chance(0.15);
          const done = endedEarly ? Math.round(planned * (0.3 + next() * 0.4)) : planned;
          record(at + 50_000, after, kind, { event: 'started', exercise });
          const finished = at + 50_000 + done * 1000;
          record(finished, after, kind, {
            event: 'completed',
            exercise,
            secondsDone: done,
            plannedSeconds: planned,
            endedEarly,
          });
          if (!endedEarly && chance(0.55)) {
            activation = clamp(
              activation - (exercise === 'cyclic-sighing' ? 2.5 : exercise === 'step-outside' ? 2 : 1) - next(),
            );
            record(finished + 10_000, after, kind, { event: 'felt', exercise, activation });
          }
        }
      });
      const dayEnd = sessions.at(-1)!.end;
      if (weekday === 5 && chance(0.7)) {
        diary.push({
          type: 'reflection',
          at: dayEnd + 5 * MINUTE,
          week: localDateKey(startOfISOWeek(day).getTime(), timeZone),
          wornOut: chance(0.9) ? clamp(2 + 7 * strain + (next() - 0.5) * 2) : null,
          meaningful: chance(0.9) ? clamp(7.5 - 2 * strain + (next() - 0.5) * 3) : null,
          moment: chance(0.6) ? pick(MOMENTS) : null,
        });
      }
      if (chance(0.08)) diary.push({ type: 'moment', at: dayEnd - 90 * MINUTE, text: pick(MOMENTS) });
      if (weekday === 4 && chance(0.8))
        diary.push({ type: 'support', at: dayEnd + 10 * MINUTE, personId: 'consultation-group', how: 'consultation' });
      if (weekday === 2 && week % 2 === 0 && chance(0.85))
        diary.push({ type: 'support', at: dayEnd + 10 * MINUTE, personId: 'supervision', how: 'consultation' });
      if (chance(0.05))
        diary.push({ type: 'support', at: dayEnd + 20 * MINUTE, personId: 'colleague', how: 'reached-out' });
    }
  }
  return { journal, days, diary, people: SYNTHETIC_PEOPLE };
}

/** From 09:00 on the hour; heavier weeks run more sessions and sometimes run them back to back. */
function daySessions(day: Date, heavy: boolean, next: () => number, timeZone: string, extra: number): Session[] {
  const count = extra + (heavy ? 7 + Math.floor(next() * 2) : 5 + Math.floor(next() * 2));
  const lunch = heavy && next() < 0.6 ? -1 : 3;
  const sessions: Session[] = [];
  let start = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), 9, 0, timeZone).getTime();
  for (let n = 0; n < count; n++) {
    if (n === lunch) start += 60 * MINUTE;
    const length = heavy && next() < 0.5 ? 55 : 50;
    sessions.push({ start, end: start + length * MINUTE, source: 'template' });
    start += (heavy && next() < 0.4 ? length : 60) * MINUTE;
  }
  return sessions;
}

/**
 * Writes a history as Interlude keeps it: a file per month for each log, and the people list;
 * with `appendEach`, each record by an append of its own, as the app adds them day by day.
 */
export async function writeSyntheticHistory(
  store: DocumentStore,
  history: SyntheticHistory,
  timeZone: string,
  { appendEach = false } = {},
): Promise<void> {
  const logs: [string, readonly { at: number }[]][] = [
    [JOURNAL_NAME, history.journal],
    [DAYS_NAME, history.days],
    [DIARY_NAME, history.diary],
  ];
  for (const [name, records] of logs) {
    const byMonth = new Map<string, { at: number }[]>();
    for (const record of records) {
      const month = monthOf(record.at, timeZone);
      byMonth.set(month, [...(byMonth.get(month) ?? []), record]);
    }
    for (const [month, inMonth] of byMonth) {
      const document = monthDocument(name, month);
      if (!appendEach) await store.write(document, serializeLines(inMonth));
      else for (const record of inMonth) await store.append(document, serializeLines([record]));
    }
  }
  await store.write(PEOPLE_DOCUMENT, JSON.stringify(history.people, null, 2));
  // A history is someone who has used Interlude since its first record: not a first day.
  const first = Math.min(...logs.flatMap(([, records]) => records.map((record) => record.at)));
  if (Number.isFinite(first)) await store.write(FIRST_START_DOCUMENT, JSON.stringify({ at: first }));
}
