import { describe, expect, it } from 'vitest';
import type { AfterSession } from '../../shared/check-in';
import type { JournalEntry } from '../../shared/domain';
import { localDateKey } from '../../shared/local-date';
import type { DaySchedule, DiaryRecord } from '../../shared/records';
import { DEFAULT_REFLECTION } from '../../shared/settings';
import { englishWords } from '../testing/english';
import { evaluateNudges, isNewAppearance, NUDGE_NEEDS_CHECK_INS, type NudgeInput } from './nudges';

const DAY = 86_400_000;
const MINUTE = 60_000;
// Friday 27 November 2026, 18:00 in New York.
const NOW = Date.parse('2026-11-27T23:00:00Z');
const ZONE = 'America/New_York';
const at = (daysAgo: number, hour: number) =>
  Date.parse('2026-11-27T14:00:00Z') - daysAgo * DAY + (hour - 9) * 3_600_000;

const after = (daysAgo: number, hour: number, answers: Partial<AfterSession> = {}): JournalEntry => ({
  at: at(daysAgo, hour),
  promptId: `reset@${daysAgo}-${hour}`,
  kind: 'reset',
  event: 'checked-in',
  answers: { type: 'after', activation: 3, carrying: 'no', feelings: [], need: 'nothing', ...answers },
});
const before = (daysAgo: number, hour: number, energy: number): JournalEntry => ({
  at: at(daysAgo, hour),
  promptId: `check-in@${daysAgo}-${hour}`,
  kind: 'check-in',
  event: 'checked-in',
  answers: { type: 'before', energy, tension: 3, intention: 'present' },
});
/** A working day with sessions starting on the hours given, each `length` minutes long. */
const workday = (daysAgo: number, hours: number[], length = 50): DaySchedule => ({
  type: 'day',
  at: at(daysAgo, 0),
  date: localDateKey(at(daysAgo, 12), ZONE),
  sessions: hours.map((hour) => [at(daysAgo, hour), at(daysAgo, hour) + length * MINUTE]),
});
const weekdaysAgo = (count: number, from = 0) =>
  Array.from({ length: count * 2 }, (_, index) => index + from)
    .filter((daysAgo) => {
      const weekday = new Date(at(daysAgo, 12)).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    })
    .slice(0, count);

function input(parts: Partial<NudgeInput>): NudgeInput {
  return {
    now: NOW,
    timeZone: ZONE,
    journal: [],
    diary: [],
    days: weekdaysAgo(25).map((daysAgo) => workday(daysAgo, [9, 10, 11, 14, 15])),
    people: [],
    settings: DEFAULT_REFLECTION,
    daysSinceDayOff: { days: 1, sinceRecordsBegan: false },
    ...parts,
  };
}
const kinds = (parts: Partial<NudgeInput>) => evaluateNudges(input(parts)).nudges.map((nudge) => nudge.kind);

/** Four ordinary weeks before the last one: a little carrying now and then, calm mostly, energy around 6. */
const usualWeeks: JournalEntry[] = weekdaysAgo(20, 7).flatMap((daysAgo) => [
  before(daysAgo, 9, 6),
  before(daysAgo, 10, 6),
  after(daysAgo, 10, { carrying: daysAgo % 5 === 0 ? 'a-little' : 'no', feelings: ['calm'] }),
  after(daysAgo, 11),
]);

/** An ordinary past week: enough check-ins for the rules to speak, and nothing in them to remark on. */
const ordinaryWeek: JournalEntry[] = weekdaysAgo(5).map((daysAgo) => after(daysAgo, 16));

describe('nudge 1: carrying something out of sessions', () => {
  const heavyDays = weekdaysAgo(5).slice(0, 3);
  const lastWeek = weekdaysAgo(5).flatMap((daysAgo) => [
    after(daysAgo, 10, { carrying: heavyDays.includes(daysAgo) ? 'a-lot' : 'no' }),
    after(daysAgo, 11, { carrying: heavyDays.includes(daysAgo) ? 'a-little' : 'no' }),
  ]);

  it('fires on 3 of the last 5 working days, naming the people the user listed', () => {
    const { nudges } = evaluateNudges(
      input({
        journal: [...usualWeeks, ...lastWeek],
        people: [{ id: 'supervision', name: 'Supervision with Ana', everyDays: 14 }],
      }),
    );
    expect(nudges[0]).toMatchObject({ kind: 'carrying', action: 'support' });
    expect(englishWords.say(nudges[0]!.text)).toBe(
      "Over the past week you've often noted carrying something out of sessions: on 3 of your last 5 working days. " +
        'Many clinicians find it helps to bring that to consultation or supervision, such as Supervision with Ana.',
    );
  });

  it('does not fire on 2 heavy days, or when that is no more than the user usually carries', () => {
    const twoDays = lastWeek.map((entry, index) =>
      index < 4 ? entry : { ...entry, answers: { ...(entry as { answers: AfterSession }).answers, carrying: 'no' } },
    ) as JournalEntry[];
    expect(kinds({ journal: [...usualWeeks, ...twoDays] })).not.toContain('carrying');
    const alwaysCarrying = usualWeeks.map((entry) =>
      entry.event === 'checked-in' && entry.answers?.type === 'after'
        ? { ...entry, answers: { ...entry.answers, carrying: 'a-lot' as const } }
        : entry,
    );
    expect(kinds({ journal: [...alwaysCarrying, ...lastWeek] })).not.toContain('carrying');
  });

  it('waits for at least 5 check-ins, and says how many there are', () => {
    const evaluation = evaluateNudges(input({ journal: lastWeek.slice(0, 4) }));
    expect(evaluation.nudges).toEqual([]);
    expect(evaluation.waitingFor).toEqual({ have: 4, need: NUDGE_NEEDS_CHECK_INS });
  });
});

describe('nudge 2: numb or irritated', () => {
  const week = [0, 1, 2, 3, 4].flatMap((daysAgo) => [
    after(daysAgo, 10, { feelings: daysAgo < 3 ? ['numb'] : ['calm'] }),
    after(daysAgo, 11, { feelings: daysAgo === 1 ? ['irritated', 'drained'] : [] }),
  ]);

  it('fires when chosen on 3 of the last 7 days', () => {
    expect(kinds({ journal: [...usualWeeks, ...week] })).toContain('numb-or-irritated');
  });

  it('suggests a word with the people the user listed, or with a trusted colleague', () => {
    const said = (people: NudgeInput['people']) =>
      englishWords.say(
        evaluateNudges(input({ journal: [...usualWeeks, ...week], people })).nudges.find(
          (nudge) => nudge.kind === 'numb-or-irritated',
        )!.text,
      );
    expect(said([])).toBe(
      'On 3 of the last 7 days you chose "numb" or "irritated" after a session. ' +
        "A few minutes with this week's reflection, or a word with a colleague you trust, can help you notice what it is asking for.",
    );
    expect(
      said([
        { id: 'ana', name: 'Ana', everyDays: null },
        { id: 'peer-group', name: 'the peer group', everyDays: 30 },
      ]),
    ).toContain('or a word with Ana or the peer group, can help');
  });

  it('does not fire on 2 days', () => {
    const twoDays = week.filter((entry) => !(entry.at === at(2, 10)));
    expect(kinds({ journal: [...usualWeeks, ...twoDays] })).not.toContain('numb-or-irritated');
  });
});

describe('nudge 3: lower energy, or more worn out', () => {
  const lastThree = weekdaysAgo(3);
  const tired = lastThree.flatMap((daysAgo) => [before(daysAgo, 9, 3), before(daysAgo, 10, 4)]);

  it('fires when energy is below the user’s own usual on 3 working days running', () => {
    expect(kinds({ journal: [...usualWeeks, ...tired] })).toContain('lower-energy');
  });

  it('does not fire when one of the three days was as usual', () => {
    const oneUsual = tired.map((entry, index) => (index < 2 ? before(lastThree[0]!, 9 + index, 6) : entry));
    expect(kinds({ journal: [...usualWeeks, ...oneUsual] })).not.toContain('lower-energy');
  });

  it('does not compare with anyone else: an energy of 3 is usual for someone whose usual is 3', () => {
    const lowUsual = usualWeeks.map((entry) =>
      entry.event === 'checked-in' && entry.answers?.type === 'before'
        ? { ...entry, answers: { ...entry.answers, energy: 3 } }
        : entry,
    );
    expect(kinds({ journal: [...lowUsual, ...tired] })).not.toContain('lower-energy');
  });

  it('fires when the weekly "worn out" is above the user’s usual two weeks running', () => {
    const reflection = (weeksAgo: number, wornOut: number): DiaryRecord => ({
      type: 'reflection',
      at: NOW - weeksAgo * 7 * DAY,
      week: '2026-11-23',
      wornOut,
      meaningful: 7,
      moment: null,
    });
    const diary = [
      reflection(5, 3),
      reflection(4, 4),
      reflection(3, 3),
      reflection(2, 4),
      reflection(1, 6),
      reflection(0, 7),
    ];
    expect(kinds({ journal: [...usualWeeks, ...ordinaryWeek], diary })).toContain('lower-energy');
    const oneWeek = [...diary.slice(0, 5), reflection(0, 4)];
    expect(kinds({ journal: [...usualWeeks, ...ordinaryWeek], diary: oneWeek })).not.toContain('lower-energy');
  });
});

describe('nudge 4: the pace', () => {
  it('names three working days running with no gap of 10 minutes', () => {
    const tight = weekdaysAgo(3).map((daysAgo) => workday(daysAgo, [9, 10, 11, 12, 13, 14], 55));
    const days = [...weekdaysAgo(20, 5).map((daysAgo) => workday(daysAgo, [9, 10, 11, 14])), ...tight];
    const nudge = evaluateNudges(input({ journal: [...usualWeeks, ...ordinaryWeek], days })).nudges.find(
      (found) => found.kind === 'pace',
    );
    expect(nudge?.text).toMatchObject({ key: 'nudges.backToBack' });
    expect(englishWords.say(nudge!.text)).toBe(
      'Wednesday, Thursday and Friday each had sessions with no gap of 10 minutes or more (6, 6 and 6 sessions). ' +
        'If you can, a little more space between sessions, or a lighter caseload, gives each hour room to settle.',
    );
    expect(englishWords.say(nudge!.text)).not.toMatch(/cancel/i);
  });

  it('does not fire when one of those days had a 10-minute gap', () => {
    const days = weekdaysAgo(3).map((daysAgo, index) => workday(daysAgo, [9, 10, 11, 12], index === 1 ? 50 : 55));
    expect(kinds({ journal: [...usualWeeks, ...ordinaryWeek], days })).not.toContain('pace');
  });

  const resets = (daysAgo: number, skipped: boolean, n: number): JournalEntry => ({
    at: at(daysAgo, 10 + n),
    promptId: `reset@${daysAgo}-${n}`,
    kind: 'reset',
    ...(skipped
      ? { event: 'skipped' as const }
      : {
          event: 'completed' as const,
          exercise: 'silence' as const,
          secondsDone: 120,
          plannedSeconds: 120,
          endedEarly: false,
        }),
  });

  it('fires when resets were skipped more often than taken over the week, and more than usual', () => {
    const usual = weekdaysAgo(15, 7).flatMap((daysAgo) => [
      resets(daysAgo, false, 0),
      resets(daysAgo, false, 1),
      resets(daysAgo, true, 2),
    ]);
    const week = [0, 1, 2].flatMap((daysAgo) => [
      resets(daysAgo, true, 0),
      resets(daysAgo, true, 1),
      resets(daysAgo, false, 2),
    ]);
    const nudge = evaluateNudges(input({ journal: [...usual, ...week, ...ordinaryWeek] })).nudges.find(
      (found) => found.kind === 'pace',
    );
    expect(nudge?.text).toEqual({ key: 'nudges.skippedMore', params: { skipped: 6, taken: 3 } });
    expect(englishWords.say(nudge!.text)).toContain('you skipped more resets (6) than you took (3)');
    const even = [0, 1, 2].flatMap((daysAgo) => [resets(daysAgo, true, 0), resets(daysAgo, false, 1)]);
    expect(kinds({ journal: [...usual, ...even, ...ordinaryWeek] })).not.toContain('pace');
  });
});

describe('nudge 5: a day off', () => {
  it('fires at the setting, 14 days by default, and not before; nor when it cannot tell', () => {
    expect(kinds({ daysSinceDayOff: { days: 14, sinceRecordsBegan: false } })).toContain('day-off');
    expect(kinds({ daysSinceDayOff: { days: 13, sinceRecordsBegan: false } })).not.toContain('day-off');
    expect(kinds({ daysSinceDayOff: null })).not.toContain('day-off');
    const floor = evaluateNudges(input({ daysSinceDayOff: { days: 15, sinceRecordsBegan: true } })).nudges[0];
    expect(englishWords.say(floor!.text)).toMatch(/^Every day of the 15 Interlude has on record has had sessions\./);
    const since = evaluateNudges(input({ daysSinceDayOff: { days: 14, sinceRecordsBegan: false } })).nudges[0];
    expect(englishWords.say(since!.text)).toBe(
      'It has been 14 days since a full day without sessions. ' +
        'The lift from a day off fades within a few weeks. Is there a day you could plan to keep clear?',
    );
    expect(
      kinds({
        daysSinceDayOff: { days: 8, sinceRecordsBegan: false },
        settings: { ...DEFAULT_REFLECTION, dayOffAfterDays: 7 },
      }),
    ).toContain('day-off');
  });
});

describe('nudge 6: a remembered moment', () => {
  const moment: DiaryRecord = { type: 'moment', at: NOW - 20 * DAY, text: 'Remembered why I chose this work.' };
  const reflection = (weeksAgo: number, meaningful: number): DiaryRecord => ({
    type: 'reflection',
    at: NOW - weeksAgo * 7 * DAY - DAY,
    week: '2026-11-16',
    wornOut: 4,
    meaningful,
    moment: null,
  });

  it('shows one of the user’s own moments after a heavy day', () => {
    const heavy = [
      after(0, 10, { carrying: 'a-lot' }),
      after(0, 11, { carrying: 'a-lot' }),
      ...[1, 2, 3].map((daysAgo) => after(daysAgo, 10)),
    ];
    const nudge = evaluateNudges(input({ journal: heavy, diary: [moment] })).nudges.find(
      (found) => found.kind === 'remembered-moment',
    );
    expect(englishWords.say(nudge!.text)).toBe(
      'Something you noted on Saturday, November 7: "Remembered why I chose this work."',
    );
  });

  it('shows one after a week that felt more meaningful than usual, and not after an ordinary one', () => {
    const usual = [reflection(4, 5), reflection(3, 6), reflection(2, 5), reflection(1, 6)];
    expect(kinds({ journal: ordinaryWeek, diary: [moment, ...usual, reflection(0, 8)] })).toContain(
      'remembered-moment',
    );
    expect(kinds({ journal: ordinaryWeek, diary: [moment, ...usual, reflection(0, 6)] })).not.toContain(
      'remembered-moment',
    );
  });

  it('needs a moment to show', () => {
    const heavy = [
      after(0, 10, { carrying: 'a-lot' }),
      after(0, 11, { carrying: 'a-lot' }),
      ...[1, 2, 3].map((daysAgo) => after(daysAgo, 10)),
    ];
    expect(kinds({ journal: heavy })).not.toContain('remembered-moment');
  });
});

describe('what the user said about nudges', () => {
  it('"Not now" rests a kind for a week, and "Don\'t show this kind again" for good', () => {
    const notNow: DiaryRecord = { type: 'nudge', at: NOW - 6 * DAY, kind: 'day-off', answer: 'not-now' };
    expect(kinds({ daysSinceDayOff: { days: 20, sinceRecordsBegan: false }, diary: [notNow] })).not.toContain(
      'day-off',
    );
    expect(
      kinds({ daysSinceDayOff: { days: 20, sinceRecordsBegan: false }, diary: [{ ...notNow, at: NOW - 8 * DAY }] }),
    ).toContain('day-off');
    expect(
      kinds({
        daysSinceDayOff: { days: 20, sinceRecordsBegan: false },
        settings: { ...DEFAULT_REFLECTION, hiddenNudges: ['day-off'] },
      }),
    ).toEqual([]);
  });

  it('shows one note a day: after an answer today, the next kind waits for tomorrow', () => {
    const numbDays = weekdaysAgo(5).flatMap((daysAgo) => [
      after(daysAgo, 10, { feelings: ['numb'] }),
      after(daysAgo, 11, { feelings: ['irritated'] }),
    ]);
    const facts = { journal: numbDays, daysSinceDayOff: { days: 20, sinceRecordsBegan: false } };
    expect(kinds(facts)).toEqual(['numb-or-irritated', 'day-off']);
    const answered = (at: number): DiaryRecord => ({ type: 'nudge', at, kind: 'numb-or-irritated', answer: 'not-now' });
    expect(kinds({ ...facts, diary: [answered(NOW - 2 * MINUTE)] })).toEqual([]);
    // Answered yesterday evening in the user's zone: today the next kind may speak.
    expect(kinds({ ...facts, diary: [answered(NOW - DAY)] })).toEqual(['day-off']);
  });

  it('counts an appearance once a week, however many days it stays', () => {
    const shown: DiaryRecord = { type: 'nudge', at: NOW - 3 * DAY, kind: 'day-off', answer: 'shown' };
    expect(kinds({ daysSinceDayOff: { days: 20, sinceRecordsBegan: false }, diary: [shown] })).toContain('day-off');
    expect(isNewAppearance('day-off', [shown], NOW)).toBe(false);
    expect(isNewAppearance('day-off', [shown], NOW + 5 * DAY)).toBe(true);
  });
});
