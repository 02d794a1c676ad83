import type { Locale } from 'date-fns/locale';
import { daysFromToday, formatClockTime, formatDay, formatLocalDate, formatWeekday } from '../time-format';
import type { Language } from './languages';
import { PLURAL_SUFFIX, type Message, type MessageKey, type MessageParam, type MessageParams } from './message';

/** A nested object of strings in i18next's JSON v4 shape, so translation tools can read it as it is. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** One language's messages and its date-fns locale. */
export interface Catalogue {
  language: Language;
  dateLocale: Locale;
  messages: MessageTree;
}

/** locales/<language>/index.ts: what every window needs, with the language's date-fns locale. */
export type CatalogueWindowPart = Catalogue;

/** locales/<language>/views.ts: the rest, for the dashboard, the tray and the main process. */
export interface CatalogueViewsPart {
  messages: MessageTree;
}

/** Words messages in one language: the only place a message key becomes a sentence. */
export interface Translator {
  readonly language: Language;
  readonly dateLocale: Locale;
  /** A message by key. A number `count` chooses the plural form by the language's own rules. */
  t(key: MessageKey, params?: MessageParams): string;
  /** A message the core sent. */
  say(message: Message): string;
  number(value: number): string;
  /** "A, B and C" / "A, B y C" / "A, B et C". */
  list(items: readonly string[], join?: 'and' | 'or'): string;
  /** "3:00 PM" in the user's zone. */
  clock(instant: number, timeZone: string): string;
  /** "3:00 PM" today, "tomorrow 9:00 AM", "yesterday 8:16 PM", "Mon 9:00 AM" within the week, "Dec 25 9:00 AM" further. */
  when(instant: number, now: number, timeZone: string): string;
  /** The same after a verb: "at 3:00 PM" today, "tomorrow 9:00 AM" otherwise. */
  at(instant: number, now: number, timeZone: string): string;
  /** "Dec 24". */
  day(instant: number, timeZone: string): string;
  /** "Wed, Dec 24, 2026" for a calendar date ("2026-12-24"). */
  localDate(date: string): string;
  /** "in 14 min", "in 2 h 5 min": rounded up, so "in 0 min" never appears before a start. */
  countdown(ms: number): string;
}

const INTERPOLATION = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Every leaf as "namespace.key", once, so a lookup is one map read. */
export function flattenMessages(tree: MessageTree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') into.set(`${prefix}${key}`, value);
    else flattenMessages(value, `${prefix}${key}.`, into);
  }
  return into;
}

function isMessage(value: MessageParam): value is Message {
  return typeof value === 'object' && 'key' in value;
}

export function createTranslator(catalogue: Catalogue): Translator {
  const { language, dateLocale } = catalogue;
  const strings = flattenMessages(catalogue.messages);
  const plurals = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  const lists = {
    and: new Intl.ListFormat(language, { type: 'conjunction' }),
    or: new Intl.ListFormat(language, { type: 'disjunction' }),
  };

  const lookup = (key: string, params: MessageParams | undefined): string => {
    const count = params?.count;
    if (typeof count === 'number') {
      const form = strings.get(`${key}_${plurals.select(count)}`) ?? strings.get(`${key}_other`);
      if (form !== undefined) return form;
    }
    // A missing key shows itself rather than nothing: the key-parity test keeps this from shipping.
    return strings.get(key) ?? key;
  };

  const param = (value: MessageParam): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return numbers.format(value);
    if (isMessage(value)) return translator.say(value);
    if ('list' in value) return translator.list(value.list.map(param), value.join);
    if ('localDate' in value) return translator.localDate(value.localDate);
    if ('countdownMs' in value) return translator.countdown(value.countdownMs);
    switch (value.time) {
      case 'clock':
        return translator.clock(value.at, value.zone);
      case 'when':
        return translator.when(value.at, value.now, value.zone);
      case 'at':
        return translator.at(value.at, value.now, value.zone);
      case 'day':
        return translator.day(value.at, value.zone);
    }
  };

  const translator: Translator = {
    language,
    dateLocale,
    t(key, params) {
      const text = lookup(key, params);
      if (!params) return text;
      return text.replace(INTERPOLATION, (whole, name: string) => {
        const value = params[name];
        return value === undefined ? whole : param(value);
      });
    },
    say: (message) => translator.t(message.key, message.params),
    number: (value) => numbers.format(value),
    list: (items, join = 'and') => lists[join].format(items),
    clock: (instant, timeZone) => formatClockTime(instant, timeZone, dateLocale),
    when(instant, now, timeZone) {
      const time = translator.clock(instant, timeZone);
      const days = daysFromToday(instant, now, timeZone);
      if (days === 0) return time;
      if (days === 1) return translator.t('time.tomorrowAt', { time });
      if (days === -1) return translator.t('time.yesterdayAt', { time });
      const day =
        days > 1 && days < 7 ? formatWeekday(instant, timeZone, dateLocale) : translator.day(instant, timeZone);
      return translator.t('time.dayAt', { day, time });
    },
    at(instant, now, timeZone) {
      return daysFromToday(instant, now, timeZone) === 0
        ? translator.t('time.todayAfterVerb', { time: translator.clock(instant, timeZone) })
        : translator.when(instant, now, timeZone);
    },
    day: (instant, timeZone) => formatDay(instant, timeZone, dateLocale),
    localDate: (date) => formatLocalDate(date, dateLocale),
    countdown(ms) {
      const minutes = Math.max(1, Math.ceil(ms / 60_000));
      if (minutes < 60) return translator.t('time.inMinutes', { minutes });
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      return rest === 0
        ? translator.t('time.inHours', { hours })
        : translator.t('time.inHoursAndMinutes', { hours, minutes: rest });
    },
  };
  return translator;
}

/** A plural key's base: "sessions_one" → "sessions". */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}
