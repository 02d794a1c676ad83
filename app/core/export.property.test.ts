import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../shared/domain';
import type { DaySchedule, DiaryRecord } from '../shared/records';
import { exportCsv, exportJson, ExportSchema } from './export';

const instant = fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') });
// Words a clinician might write, including ones a spreadsheet would run as a formula.
const text = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', '"', ' '),
    fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }),
  )
  .map(([lead, rest]) => `${lead}${rest}`.trim())
  .filter((value) => value.length > 0 && !value.startsWith("'"));

const journalEntry: fc.Arbitrary<JournalEntry> = fc.oneof(
  fc.record({
    at: instant,
    promptId: fc.constant('reset@x'),
    kind: fc.constant('reset' as const),
    event: fc.constant('offered' as const),
  }),
  fc.record({
    at: instant,
    promptId: fc.constant('reset@y'),
    kind: fc.constant('reset' as const),
    event: fc.constant('checked-in' as const),
    answers: fc.record({
      type: fc.constant('after' as const),
      activation: fc.integer({ min: 0, max: 10 }),
      carrying: fc.constantFrom('no' as const, 'a-little' as const, 'a-lot' as const),
      feelings: fc.constant<['numb']>(['numb']),
      mineAndTheirs: text.map((line) => line.slice(0, 200)),
      need: fc.constant('water' as const),
    }),
  }),
);
const diaryRecord: fc.Arbitrary<DiaryRecord> = fc.oneof(
  fc.record({ type: fc.constant('moment' as const), at: instant, text }),
  fc.record({
    type: fc.constant('reflection' as const),
    at: instant,
    week: fc.constant('2026-11-23'),
    wornOut: fc.option(fc.integer({ min: 0, max: 10 })),
    meaningful: fc.option(fc.integer({ min: 0, max: 10 })),
    moment: fc.option(text),
  }),
);
const day: fc.Arbitrary<DaySchedule> = instant.map((at) => ({
  type: 'day',
  at,
  date: new Date(at).toISOString().slice(0, 10),
  sessions: [[at, at + 3_000_000]],
}));
const people = { version: 1 as const, people: [] };

/** What a spreadsheet shows once the apostrophe that defused a formula is read as the marker it is. */
const shown = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('export, over random records', () => {
  it('JSON parses back to the very same records', () => {
    fc.assert(
      fc.property(fc.array(journalEntry), fc.array(diaryRecord), fc.array(day), (journal, diary, days) => {
        const exported = ExportSchema.parse(JSON.parse(exportJson({ journal, diary, days }, people, 0, 'UTC')));
        expect([exported.journal, exported.diary, exported.days]).toEqual([journal, diary, days]);
      }),
      { numRuns: 50 },
    );
  });

  it('CSV has a row per record, no cell a spreadsheet would run, and the same words', () => {
    fc.assert(
      fc.property(fc.array(journalEntry), fc.array(diaryRecord), (journal, diary) => {
        const rows: Record<string, string>[] = parse(exportCsv({ journal, diary, days: [] }, people), {
          bom: true,
          columns: true,
        });
        expect(rows).toHaveLength(journal.length + diary.length);
        for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        const words = diary.map((record) =>
          record.type === 'moment' ? record.text : record.type === 'reflection' ? (record.moment ?? '') : '',
        );
        expect(rows.slice(journal.length).map((row) => shown(row.text ?? ''))).toEqual(words);
        const lines = journal.map((entry) =>
          entry.event === 'checked-in' && entry.answers?.type === 'after' ? (entry.answers.mineAndTheirs ?? '') : '',
        );
        expect(rows.slice(0, journal.length).map((row) => shown(row.mine_and_theirs ?? ''))).toEqual(lines);
      }),
      { numRuns: 50 },
    );
  });
});
