import { TZDate } from '@date-fns/tz';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { message } from '../../shared/i18n/message';
import type { NudgeKind } from '../../shared/nudge-kind';
import type { Nudge, PatternsRange, PatternsView } from '../../shared/patterns';
import type { DaySchedule, DiaryRecord, People, Reflection } from '../../shared/records';
import { localDateKey } from '../../shared/local-date';
import { todayOf } from '../day-recorder';
import type { History } from '../history';
import type { Moment } from '../moment';
import type { Logger } from '../ports';
import type { Preferences } from '../preferences';
import type { Outcome } from '../prompt-desk';
import { computePatterns } from './compute-patterns';
import { evaluateNudges, isNewAppearance, WEEK, type NudgeEvaluation } from './nudges';
import { daysSinceDayOff, type DayOffCount } from './pace';
import { rangeFrame } from './range';

const DAY = 86_400_000;
/** Nudges read the past week and the four before it. */
const NUDGE_WINDOW_MS = 5 * WEEK;
/** How far back "days since a day off" looks before it says it cannot tell. */
const DAY_OFF_LOOK_BACK_MS = 60 * DAY;

export interface PatternsServiceDeps {
  history: () => History;
  preferences: Preferences;
  /** The moment now, for today's sessions (recorded only once the day is over). */
  moment: () => Moment;
  log: Logger;
  /** Something the dashboard shows changed. */
  onChange: () => void;
}

/** What the Patterns view asks for, the dashboard's one nudge, and the user's own records as they add them. */
export class PatternsService {
  private shown: Nudge | null = null;
  private waitingFor: NudgeEvaluation['waitingFor'] = null;
  private refreshing: Promise<void> = Promise.resolve();
  private reflecting: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: PatternsServiceDeps) {}

  /** The nudge on the dashboard, if any. */
  get nudge(): Nudge | null {
    return this.shown;
  }

  async patterns(range: PatternsRange): Promise<PatternsView> {
    const moment = this.deps.moment();
    const { now, timeZone } = moment;
    const frame = rangeFrame(range, now, timeZone);
    const history = this.deps.history();
    const [slice, dayOff] = await Promise.all([history.between(frame.from, frame.to), this.daysSinceDayOff(moment)]);
    const patterns = computePatterns({
      range,
      now,
      timeZone,
      ...slice,
      days: withToday(slice.days, todayOf(moment)),
      people: history.people.people,
      supportBefore: history.recentDiary().filter((record) => record.at < frame.from),
      daysSinceDayOff: dayOff,
    });
    return { ...patterns, nudgesWaitingFor: this.waitingFor };
  }

  /** Works the nudges out again; one run at a time, and a call during a run gets a run after it. */
  refreshNudges(): Promise<void> {
    const run = this.refreshing.then(() => this.evaluate());
    this.refreshing = run.catch((error: unknown) =>
      this.deps.log.warn(`Nudges could not be worked out: ${error instanceof Error ? error.message : String(error)}`),
    );
    return this.refreshing;
  }

  async answerNudge(kind: NudgeKind, answer: 'not-now' | 'never'): Promise<Outcome> {
    const now = this.deps.moment().now;
    const saved = await this.add({ type: 'nudge', at: now, kind, answer });
    if (!saved.ok) return saved;
    if (answer !== 'never') return saved;
    try {
      // Worked out from the settings as they are when the write's turn comes, so a save racing it is not undone.
      await this.deps.preferences.updateSettings((settings) => ({
        ...settings,
        reflection: { ...settings.reflection, hiddenNudges: [...new Set([...settings.reflection.hiddenNudges, kind])] },
      }));
    } catch {
      return { ok: false, message: message('patterns.errors.couldNotSaveSetting') };
    }
    await this.refreshNudges();
    this.deps.onChange();
    return saved;
  }

  noteMoment(text: string): Promise<Outcome> {
    return this.add({ type: 'moment', at: this.deps.moment().now, text });
  }

  recordSupport(personId: string, how: 'reached-out' | 'consultation'): Promise<Outcome> {
    if (!this.deps.history().people.people.some((person) => person.id === personId))
      return Promise.resolve({ ok: false, message: message('patterns.errors.personGone') });
    return this.add({ type: 'support', at: this.deps.moment().now, personId, how });
  }

  /** This week's only: one a week, so two saves racing cannot both land. */
  saveReflection(answers: Omit<Reflection, 'type' | 'at'>): Promise<Outcome> {
    const save = this.reflecting.then(async (): Promise<Outcome> => {
      const { now, timeZone } = this.deps.moment();
      const week = localDateKey(startOfISOWeek(new TZDate(now, timeZone)).getTime(), timeZone);
      if (answers.week !== week) return { ok: false, message: message('patterns.errors.weekEnded') };
      const done = this.deps
        .history()
        .recentDiary()
        .some((record) => record.type === 'reflection' && record.week === week);
      if (done) return { ok: false, message: message('patterns.errors.reflectionAlreadySaved') };
      return this.add({ type: 'reflection', at: now, ...answers });
    });
    this.reflecting = save.catch(() => undefined);
    return save;
  }

  /** A reflection, a moment, support taken or an answer to a nudge; acknowledged only once on disk. */
  async add(record: DiaryRecord): Promise<Outcome> {
    try {
      await this.deps.history().add(record);
    } catch (error) {
      this.deps.log.warn(
        `Interlude could not save to the diary: ${error instanceof Error ? error.message : String(error)}`,
      );
      return { ok: false, message: message('patterns.errors.couldNotSaveToDisk') };
    }
    await this.refreshNudges();
    this.deps.onChange();
    return { ok: true };
  }

  async savePeople(people: People): Promise<Outcome> {
    try {
      await this.deps.history().setPeople(people);
    } catch (error) {
      this.deps.log.warn(
        `Interlude could not save the list of people: ${error instanceof Error ? error.message : String(error)}`,
      );
      return { ok: false, message: message('patterns.errors.couldNotSaveList') };
    }
    this.deps.onChange();
    return { ok: true };
  }

  private async evaluate(): Promise<void> {
    const moment = this.deps.moment();
    const { now, timeZone } = moment;
    const history = this.deps.history();
    const [slice, dayOff] = await Promise.all([
      history.between(now - NUDGE_WINDOW_MS, moment.dayEnd),
      this.daysSinceDayOff(moment),
    ]);
    const evaluation = evaluateNudges({
      now,
      timeZone,
      ...slice,
      days: withToday(slice.days, todayOf(moment)),
      people: history.people.people,
      settings: this.deps.preferences.settings.reflection,
      daysSinceDayOff: dayOff,
    });
    const next = evaluation.nudges[0] ?? null;
    this.waitingFor = evaluation.waitingFor;
    if (next && isNewAppearance(next.kind, slice.diary, now)) {
      await history.add({ type: 'nudge', at: now, kind: next.kind, answer: 'shown' });
    }
    const changed = JSON.stringify(next) !== JSON.stringify(this.shown);
    this.shown = next;
    if (changed) this.deps.onChange();
  }

  private async daysSinceDayOff(moment: Moment): Promise<DayOffCount | null> {
    const { now, timeZone } = moment;
    const history = this.deps.history();
    const [first, slice] = await Promise.all([
      history.firstRecordedDate(timeZone),
      history.between(now - DAY_OFF_LOOK_BACK_MS, moment.dayEnd),
    ]);
    const days = withToday(slice.days, todayOf(moment));
    const working = new Set(days.filter((day) => day.sessions.length > 0).map((day) => day.date));
    const windowStart = localDateKey(now - DAY_OFF_LOOK_BACK_MS, timeZone);
    const knownFrom = first === null ? null : first > windowStart ? first : windowStart;
    return daysSinceDayOff(working, now, timeZone, knownFrom);
  }
}

/** Recorded days, with today's sessions so far in place of any record of today. */
function withToday(days: readonly DaySchedule[], today: DaySchedule | null): DaySchedule[] {
  if (!today) return [...days];
  return [...days.filter((day) => day.date !== today.date), today];
}
