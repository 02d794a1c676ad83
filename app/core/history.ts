import type { JournalEntry } from '../shared/domain';
import { message, type Message } from '../shared/i18n/message';
import { localDateKey } from '../shared/local-date';
import {
  DayScheduleSchema,
  DiaryRecordSchema,
  PeopleSchema,
  type DaySchedule,
  type DiaryRecord,
  type People,
} from '../shared/records';
import { loadJsonDocument } from './documents';
import type { Journal } from './journal';
import { MonthlyLog } from './monthly-log';
import type { DocumentStore } from './ports';

export const DIARY_NAME = 'diary';
export const DAYS_NAME = 'days';
export const PEOPLE_DOCUMENT = 'people.json';
const NO_PEOPLE: People = { version: 1, people: [] };

/** Everything Patterns reads for a stretch of time. */
export interface HistorySlice {
  journal: JournalEntry[];
  diary: DiaryRecord[];
  days: DaySchedule[];
}

/**
 * The user's own records besides the prompt journal: reflections, moments, support taken,
 * answers to nudges (the diary), each working day's session times (the days), and their people.
 */
export class History {
  private constructor(
    private readonly store: DocumentStore,
    private readonly journal: () => Journal,
    private readonly diary: MonthlyLog<DiaryRecord>,
    private readonly days: MonthlyLog<DaySchedule>,
    private peopleList: People,
  ) {}

  static async open(
    store: DocumentStore,
    journal: () => Journal,
    options: { timeZone: () => string; now: () => number },
  ): Promise<{ history: History; notices: Message[] }> {
    const diary = await MonthlyLog.open(store, {
      name: DIARY_NAME,
      schema: DiaryRecordSchema,
      describe: message('notices.documents.diary'),
      ...options,
    });
    const days = await MonthlyLog.open(store, {
      name: DAYS_NAME,
      schema: DayScheduleSchema,
      describe: message('notices.documents.days'),
      ...options,
    });
    const people = await loadJsonDocument(
      store,
      PEOPLE_DOCUMENT,
      PeopleSchema,
      NO_PEOPLE,
      message('notices.documents.people'),
    );
    const notices = [...diary.notices, ...days.notices, ...(people.notice ? [people.notice] : [])];
    return { history: new History(store, journal, diary.log, days.log, people.value), notices };
  }

  get people(): People {
    return this.peopleList;
  }

  /** The diary's recent months, for what the dashboard shows without reading history. */
  recentDiary(): readonly DiaryRecord[] {
    return this.diary.recent();
  }

  recentDays(): readonly DaySchedule[] {
    return this.days.recent();
  }

  /** Resolves once durable; rejects if the disk refused it. */
  add(record: DiaryRecord): Promise<void> {
    return this.diary.append(record);
  }

  addDay(day: DaySchedule): Promise<void> {
    return this.days.append(day);
  }

  /** Written whole and atomically: it is a short list. */
  async setPeople(people: People): Promise<void> {
    const parsed = PeopleSchema.parse(people);
    await this.store.write(PEOPLE_DOCUMENT, `${JSON.stringify(parsed, null, 2)}\n`);
    this.peopleList = parsed;
  }

  async between(from: number, to: number): Promise<HistorySlice> {
    const [journal, diary, days] = await Promise.all([
      this.journal().between(from, to),
      this.diary.between(from, to),
      this.days.between(from, to),
    ]);
    return { journal, diary, days };
  }

  /** Everything kept, for export. */
  async all(): Promise<HistorySlice> {
    const [journal, diary, days] = await Promise.all([this.journal().all(), this.diary.all(), this.days.all()]);
    return { journal, diary, days };
  }

  /** The first day Interlude has any record of: before it, a day without sessions is not known to be a day off. */
  async firstRecordedDate(timeZone: string): Promise<string | null> {
    const [entry, day] = await Promise.all([this.journal().earliest(), this.days.earliest()]);
    const dates = [entry ? localDateKey(entry.at, timeZone) : null, day?.date ?? null].filter((date) => date !== null);
    return dates.length === 0 ? null : dates.sort()[0]!;
  }

  flushed(): Promise<unknown> {
    return Promise.all([this.diary.flushed(), this.days.flushed()]);
  }
}
