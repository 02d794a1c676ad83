import { z } from 'zod';
import { JournalEntrySchema } from '../shared/domain';
import { DayScheduleSchema, DiaryRecordSchema, PeopleSchema, type People } from '../shared/records';
import type { HistorySlice } from './history';

/** The JSON export: versioned, complete, and readable back with this schema. */
export const ExportSchema = z.object({
  format: z.literal('interlude-export'),
  version: z.literal(1),
  exportedAt: z.string(),
  timeZone: z.string(),
  journal: z.array(JournalEntrySchema),
  diary: z.array(DiaryRecordSchema),
  days: z.array(DayScheduleSchema),
  people: PeopleSchema,
});
export type Export = z.infer<typeof ExportSchema>;

export function exportJson(history: HistorySlice, people: People, exportedAt: number, timeZone: string): string {
  const document: Export = {
    format: 'interlude-export',
    version: 1,
    exportedAt: new Date(exportedAt).toISOString(),
    timeZone,
    journal: history.journal,
    diary: history.diary,
    days: history.days,
    people,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** One column for every field any record has; a record leaves the others empty. */
export const CSV_COLUMNS = [
  'record',
  'at',
  'event',
  'prompt_kind',
  'prompt_id',
  'exercise',
  'seconds_done',
  'planned_seconds',
  'ended_early',
  'until',
  'reason',
  'part',
  'check_in',
  'energy',
  'tension',
  'intention',
  'activation',
  'carrying',
  'feelings',
  'mine_and_theirs',
  'need',
  'week',
  'worn_out',
  'meaningful',
  'text',
  'person',
  'how',
  'nudge',
  'answer',
  'date',
  'sessions',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean | null | undefined>>;

const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());

/**
 * One row per record, UTF-8 with a byte-order mark so spreadsheet programs read accents right.
 * A cell that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
export function exportCsv(history: HistorySlice, people: People): string {
  const names = new Map(people.people.map((person) => [person.id, person.name]));
  const rows: Row[] = [
    ...history.journal.map((entry): Row => {
      const answers = entry.event === 'checked-in' ? entry.answers : undefined;
      return {
        record: 'journal',
        at: iso(entry.at),
        event: entry.event,
        prompt_kind: entry.kind,
        prompt_id: entry.promptId,
        exercise: 'exercise' in entry ? entry.exercise : undefined,
        seconds_done: entry.event === 'completed' ? entry.secondsDone : undefined,
        planned_seconds: entry.event === 'completed' ? entry.plannedSeconds : undefined,
        ended_early: entry.event === 'completed' ? entry.endedEarly : undefined,
        until: entry.event === 'snoozed' ? iso(entry.until) : undefined,
        reason: 'reason' in entry ? entry.reason : undefined,
        part: entry.event === 'skipped' ? entry.part : undefined,
        check_in: answers?.type,
        energy: answers?.type === 'before' ? answers.energy : undefined,
        tension: answers?.type === 'before' ? answers.tension : undefined,
        intention: answers?.type === 'before' ? answers.intention : undefined,
        activation:
          answers?.type === 'after' ? answers.activation : entry.event === 'felt' ? entry.activation : undefined,
        carrying: answers?.type === 'after' ? answers.carrying : undefined,
        feelings: answers?.type === 'after' ? answers.feelings.join(' ') : undefined,
        mine_and_theirs: answers?.type === 'after' ? answers.mineAndTheirs : undefined,
        need: answers?.type === 'after' ? answers.need : undefined,
      };
    }),
    ...history.diary.map((record): Row => {
      const base = { record: record.type, at: iso(record.at) };
      switch (record.type) {
        case 'reflection':
          return {
            ...base,
            week: record.week,
            worn_out: record.wornOut,
            meaningful: record.meaningful,
            text: record.moment,
          };
        case 'moment':
          return { ...base, text: record.text };
        case 'support':
          return { ...base, person: names.get(record.personId) ?? record.personId, how: record.how };
        case 'nudge':
          return { ...base, nudge: record.kind, answer: record.answer };
      }
    }),
    ...history.days.map((day): Row => ({
      record: 'day',
      at: iso(day.at),
      date: day.date,
      sessions: day.sessions.map(([start, end]) => `${iso(start)}/${iso(end)}`).join(' '),
    })),
  ];
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Quoted when it must be; a leading =, +, -, @ (or tab, or carriage return) is defused with an apostrophe. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
