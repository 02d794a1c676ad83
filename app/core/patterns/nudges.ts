import type { AfterSession, BeforeSession } from '../../shared/check-in';
import type { JournalEntry } from '../../shared/domain';
import type { Message } from '../../shared/i18n/message';
import { localDateKey } from '../../shared/local-date';
import type { NudgeKind } from '../../shared/nudge-kind';
import type { Nudge } from '../../shared/patterns';
import type { DiaryRecord, NudgeAnswer } from '../../shared/records';
import type { ReflectionSettings } from '../../shared/settings';
import { nudgeCopy } from './nudge-copy';
import { allBackToBack, dayPace } from './pace';
import type { RecordsWindow } from './records-window';

const DAY = 86_400_000;
export const WEEK = 7 * DAY;
/** A rule compares the past week with the four weeks before it. */
export const BASELINE_WEEKS = 4;
/** Every rule waits for this many check-ins in its window. */
export const NUDGE_NEEDS_CHECK_INS = 5;
/** "Lower than usual" means at least this far below the user's own average, on the 0–10 scale. */
const MARGIN = 1;

/** At least the last five weeks, today included. */
export interface NudgeInput extends RecordsWindow {
  settings: ReflectionSettings;
}

/** What a rule found: a nudge, nothing, or not enough check-ins yet to say. */
export type RuleResult = { fires: true; nudge: Nudge } | { fires: false; checkIns: number };

interface Facts extends NudgeInput {
  after: { at: number; date: string; answers: AfterSession }[];
  before: { at: number; date: string; answers: BeforeSession }[];
  /** Dates with sessions, newest first. */
  workingDates: string[];
  peopleNames: string[];
}

const nothing = (checkIns: number): RuleResult => ({ fires: false, checkIns });
const inWindow = (at: number, now: number) => at >= now - WEEK && at <= now;
const inBaseline = (at: number, now: number) => at >= now - (BASELINE_WEEKS + 1) * WEEK && at < now - WEEK;
const average = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** 1. Carrying something after at least half the sessions on 3 of the last 5 working days → consultation or supervision. */
export function carryingRule(facts: Facts): RuleResult {
  const lastFive = facts.workingDates.slice(0, 5);
  const answers = facts.after.filter((answer) => lastFive.includes(answer.date));
  if (answers.length < NUDGE_NEEDS_CHECK_INS) return nothing(answers.length);
  const heavyDays = lastFive.filter((date) => {
    const onDay = answers.filter((answer) => answer.date === date);
    return onDay.length > 0 && onDay.filter(isCarrying).length / onDay.length >= 0.5;
  }).length;
  const share = answers.filter(isCarrying).length / answers.length;
  const baseline = facts.after.filter((answer) => inBaseline(answer.at, facts.now));
  const usual = baseline.length >= NUDGE_NEEDS_CHECK_INS ? baseline.filter(isCarrying).length / baseline.length : null;
  if (heavyDays < 3 || (usual !== null && share <= usual)) return nothing(answers.length);
  return fire('carrying', nudgeCopy.carrying(heavyDays, facts.peopleNames), 'support');
}

/** 2. "Numb" or "irritated" on 3 or more of the last 7 days, more than in a usual week → a reflection and peer support. */
export function numbOrIrritatedRule(facts: Facts): RuleResult {
  const week = facts.after.filter((answer) => inWindow(answer.at, facts.now));
  if (week.length < NUDGE_NEEDS_CHECK_INS) return nothing(week.length);
  const days = (answers: typeof week) => new Set(answers.filter(isNumbOrIrritated).map((answer) => answer.date)).size;
  const count = days(week);
  const baseline = facts.after.filter((answer) => inBaseline(answer.at, facts.now));
  const usual = baseline.length >= NUDGE_NEEDS_CHECK_INS ? days(baseline) / BASELINE_WEEKS : null;
  if (count < 3 || (usual !== null && count <= usual)) return nothing(week.length);
  return fire('numb-or-irritated', nudgeCopy.numbOrIrritated(count, facts.peopleNames), 'reflection');
}

/** 3. Energy before sessions below the user's own usual on 3 working days running, or more worn out two weeks running → rest and the pace. */
export function lowerEnergyRule(facts: Facts): RuleResult {
  const baseline = facts.before.filter((answer) => inBaseline(answer.at, facts.now));
  const usual = average(baseline.map((answer) => answer.answers.energy));
  const answeredDates = facts.workingDates.filter((date) => facts.before.some((answer) => answer.date === date));
  const lastThree = answeredDates.slice(0, 3);
  const recent = facts.before.filter((answer) => lastThree.includes(answer.date));
  const wornOut = facts.diary
    .flatMap((record) => (record.type === 'reflection' && record.wornOut !== null ? [record] : []))
    .sort((a, b) => a.at - b.at);
  const [previous, latest] = wornOut.slice(-2);
  const earlier = wornOut.slice(-2 - BASELINE_WEEKS, -2).map((record) => record.wornOut!);
  const usualWornOut = earlier.length >= 2 ? average(earlier) : null;
  if (
    previous &&
    latest &&
    usualWornOut !== null &&
    latest.at >= facts.now - 2 * WEEK &&
    previous.wornOut! >= usualWornOut + MARGIN &&
    latest.wornOut! >= usualWornOut + MARGIN
  )
    return fire('lower-energy', nudgeCopy.moreWornOut(), 'patterns');
  if (recent.length < NUDGE_NEEDS_CHECK_INS || baseline.length < NUDGE_NEEDS_CHECK_INS || usual === null)
    return nothing(Math.min(recent.length, baseline.length));
  const lower = lastThree.every((date) => {
    const day = average(recent.filter((answer) => answer.date === date).map((answer) => answer.answers.energy));
    return day !== null && day <= usual - MARGIN;
  });
  return lastThree.length === 3 && lower
    ? fire('lower-energy', nudgeCopy.lowerEnergy(), 'patterns')
    : nothing(recent.length);
}

/** 4. Resets skipped more than taken over the week, or 3 working days running with no gap of 10 minutes → spacing or caseload. */
export function paceRule(facts: Facts): RuleResult {
  const paces = facts.days
    .filter((day) => facts.workingDates.slice(0, 3).includes(day.date))
    .map(dayPace)
    .sort((a, b) => a.date.localeCompare(b.date));
  const [first, second, third] = paces;
  if (paces.length === 3 && first && second && third && paces.every(allBackToBack)) {
    return fire('pace', nudgeCopy.backToBack([first, second, third]), 'patterns');
  }
  const outcomes = resetOutcomes(facts.journal.filter((entry) => inWindow(entry.at, facts.now)));
  const decided = outcomes.skipped + outcomes.taken;
  if (decided < NUDGE_NEEDS_CHECK_INS) return nothing(decided);
  const usual = resetOutcomes(facts.journal.filter((entry) => inBaseline(entry.at, facts.now)));
  const usualShare =
    usual.skipped + usual.taken >= NUDGE_NEEDS_CHECK_INS ? usual.skipped / (usual.skipped + usual.taken) : null;
  const share = outcomes.skipped / decided;
  if (outcomes.skipped <= outcomes.taken || (usualShare !== null && share <= usualShare)) return nothing(decided);
  return fire('pace', nudgeCopy.skippedMore(outcomes.skipped, outcomes.taken), 'patterns');
}

/** 5. Too long since a full day off (a setting, 14 days by default) → plan one. */
export function dayOffRule(facts: Facts): RuleResult {
  // Not a matter of check-ins: it never waits for them.
  const count = facts.daysSinceDayOff;
  if (count === null || count.days < facts.settings.dayOffAfterDays) return nothing(Infinity);
  return fire('day-off', nudgeCopy.dayOff(count.days, count.sinceRecordsBegan), 'settings');
}

/** 6. A week that felt meaningful, or a heavy day → one moment the user wrote down. */
export function rememberedMomentRule(facts: Facts): RuleResult {
  const moments = facts.diary.flatMap((record) =>
    record.type === 'moment'
      ? [{ at: record.at, text: record.text }]
      : record.type === 'reflection' && record.moment
        ? [{ at: record.at, text: record.moment }]
        : [],
  );
  if (moments.length === 0) return nothing(Infinity);
  const reflections = facts.diary
    .flatMap((record) => (record.type === 'reflection' && record.meaningful !== null ? [record] : []))
    .sort((a, b) => a.at - b.at);
  const latest = reflections.at(-1);
  const usual = average(reflections.slice(-1 - BASELINE_WEEKS, -1).map((record) => record.meaningful!));
  const meaningfulWeek =
    latest !== undefined && inWindow(latest.at, facts.now) && usual !== null && latest.meaningful! >= usual + MARGIN;
  const today = localDateKey(facts.now, facts.timeZone);
  const week = facts.after.filter((answer) => inWindow(answer.at, facts.now));
  const heavyToday =
    week.length >= NUDGE_NEEDS_CHECK_INS &&
    week.filter((answer) => answer.date === today && answer.answers.carrying === 'a-lot').length >= 2;
  if (!meaningfulWeek && !heavyToday) return nothing(Infinity);
  // A different moment each week, from the oldest on: they are the user's to read back.
  const ordered = [...moments].sort((a, b) => a.at - b.at);
  const moment = ordered[Math.floor(facts.now / WEEK) % ordered.length]!;
  const date = localDateKey(moment.at, facts.timeZone);
  return fire('remembered-moment', nudgeCopy.rememberedMoment(date, moment.text), null);
}

export const NUDGE_RULES: readonly ((facts: Facts) => RuleResult)[] = [
  carryingRule,
  numbOrIrritatedRule,
  lowerEnergyRule,
  paceRule,
  dayOffRule,
  rememberedMomentRule,
];

export interface NudgeEvaluation {
  /** Firing and allowed, in the order of the rules; the dashboard shows the first. */
  nudges: Nudge[];
  /** The fewest check-ins a waiting rule had, when any rule is waiting for more. */
  waitingFor: { have: number; need: number } | null;
}

/** Every rule over the user's own data, less the kinds they asked not to see or answered this week. */
export function evaluateNudges(input: NudgeInput): NudgeEvaluation {
  const facts = factsOf(input);
  const checkIns = [...facts.after, ...facts.before].filter((answer) => inWindow(answer.at, input.now)).length;
  // Below this, only the day-off rule (which reads the schedule, not check-ins) speaks.
  const rules = checkIns >= NUDGE_NEEDS_CHECK_INS ? NUDGE_RULES : [dayOffRule];
  const nudges: Nudge[] = [];
  // One gentle note a day: once the user has answered one, the next kind waits for tomorrow.
  const answeredToday = answeredNudgeToday(input);
  let fewest = checkIns >= NUDGE_NEEDS_CHECK_INS ? Infinity : checkIns;
  for (const rule of rules) {
    const result = rule(facts);
    if (result.fires) {
      if (!answeredToday && nudgeAllowed(result.nudge.kind, input)) nudges.push(result.nudge);
    } else if (result.checkIns < NUDGE_NEEDS_CHECK_INS) fewest = Math.min(fewest, result.checkIns);
  }
  return { nudges, waitingFor: fewest === Infinity ? null : { have: fewest, need: NUDGE_NEEDS_CHECK_INS } };
}

/** Not a kind the user turned off, and not answered ("Not now") in the past week. */
export function nudgeAllowed(kind: NudgeKind, input: Pick<NudgeInput, 'settings' | 'diary' | 'now'>): boolean {
  if (input.settings.hiddenNudges.includes(kind)) return false;
  return !input.diary.some(
    (record) =>
      record.type === 'nudge' && record.kind === kind && record.answer !== 'shown' && inWindow(record.at, input.now),
  );
}

function answeredNudgeToday({ diary, now, timeZone }: Pick<NudgeInput, 'diary' | 'now' | 'timeZone'>): boolean {
  const today = localDateKey(now, timeZone);
  return diary.some(
    (record) => record.type === 'nudge' && record.answer !== 'shown' && localDateKey(record.at, timeZone) === today,
  );
}

/** Whether showing this kind now begins a new appearance (none in the past week), to be recorded. */
export function isNewAppearance(kind: NudgeKind, diary: readonly DiaryRecord[], now: number): boolean {
  return !diary.some(
    (record): record is NudgeAnswer => record.type === 'nudge' && record.kind === kind && inWindow(record.at, now),
  );
}

function factsOf(input: NudgeInput): Facts {
  const after: Facts['after'] = [];
  const before: Facts['before'] = [];
  for (const entry of input.journal) {
    if (entry.event !== 'checked-in' || !entry.answers || entry.at > input.now) continue;
    const date = localDateKey(entry.at, input.timeZone);
    if (entry.answers.type === 'after') after.push({ at: entry.at, date, answers: entry.answers });
    else before.push({ at: entry.at, date, answers: entry.answers });
  }
  const today = localDateKey(input.now, input.timeZone);
  const workingDates = [
    ...new Set(input.days.filter((day) => day.sessions.length > 0 && day.date <= today).map((day) => day.date)),
  ]
    .sort()
    .reverse();
  return { ...input, after, before, workingDates, peopleNames: input.people.map((person) => person.name) };
}

const isCarrying = (answer: { answers: AfterSession }) => answer.answers.carrying !== 'no';
const isNumbOrIrritated = (answer: { answers: AfterSession }) =>
  answer.answers.feelings.includes('numb') || answer.answers.feelings.includes('irritated');

function resetOutcomes(entries: readonly JournalEntry[]): { taken: number; skipped: number } {
  let taken = 0;
  let skipped = 0;
  for (const entry of entries) {
    if (entry.event === 'completed') taken += 1;
    else if (
      entry.event === 'skipped' &&
      entry.part === undefined &&
      entry.kind !== 'check-in' &&
      entry.kind !== 'check-out'
    )
      skipped += 1;
  }
  return { taken, skipped };
}

function fire(kind: NudgeKind, text: Message, action: Nudge['action']): RuleResult {
  return { fires: true, nudge: { kind, text, action } };
}
