import { z } from 'zod';
import { LanguageChoiceSchema } from './i18n/languages';
import { MessageSchema, type Message, type MessageKey, type MessageParams } from './i18n/message';
import { ExerciseIdSchema } from './exercise-id';
import { NudgeKindSchema } from './nudge-kind';
import { minutesOfDay, TIME_OF_DAY_PATTERN } from './time-of-day';
import { daysIn, MAX_TIME_OFF_DAYS } from './quiet-day-ranges';
import { ZONE_COORDINATES } from './zone-coordinates';

/** A field's refusal as a rule gives it: zod carries a message key, which the form words in the user's language. */
type SettingsErrorKey = Extract<MessageKey, `settings.errors.${string}`>;
const says = (key: SettingsErrorKey): string => key;

const TimeOfDay = z.string().regex(TIME_OF_DAY_PATTERN, says('settings.errors.timeOfDay'));

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);

export const BreakSchema = z.object({ start: TimeOfDay, end: TimeOfDay });

/** One working day of the weekly template: its hours and any number of breaks. */
export const WorkingDaySchema = z
  .object({
    day: WeekdaySchema,
    start: TimeOfDay,
    end: TimeOfDay,
    breaks: z.array(BreakSchema).max(8, says('settings.errors.tooManyBreaks')),
  })
  .superRefine((day, ctx) => {
    if (!TIME_OF_DAY_PATTERN.test(day.start) || !TIME_OF_DAY_PATTERN.test(day.end)) return;
    if (minutesOfDay(day.end) <= minutesOfDay(day.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: says('settings.errors.dayEndsBeforeItStarts') });
    }
    day.breaks.forEach((pause, index) => {
      if (!TIME_OF_DAY_PATTERN.test(pause.start) || !TIME_OF_DAY_PATTERN.test(pause.end)) return;
      if (minutesOfDay(pause.end) <= minutesOfDay(pause.start)) {
        ctx.addIssue({
          code: 'custom',
          path: ['breaks', index, 'end'],
          message: says('settings.errors.breakEndsBeforeItStarts'),
        });
      }
    });
  });

/**
 * Where session starts fall: "day" from the start of the day and again after each break; "hour"
 * and "half-hour" on the next :00 (or :30); a number, on that minute past the hour.
 */
const MINUTE_PAST_THE_HOUR = says('settings.errors.minutePastTheHour');
export const StartAlignmentSchema = z.union(
  [
    z.enum(['day', 'hour', 'half-hour']),
    z.number().int(MINUTE_PAST_THE_HOUR).min(0, MINUTE_PAST_THE_HOUR).max(59, MINUTE_PAST_THE_HOUR),
  ],
  { error: MINUTE_PAST_THE_HOUR },
);

export const WeeklyTemplateSchema = z
  .object({
    /** The working days, each with its own hours; a day not listed has no sessions. */
    days: z.array(WorkingDaySchema).max(7),
    sessionMinutes: z
      .number({ error: says('settings.errors.sessionLengthNumber') })
      .int(says('settings.errors.sessionLengthWhole'))
      .min(10, says('settings.errors.sessionLengthMin'))
      .max(180, says('settings.errors.sessionLengthMax')),
    sessionEveryMinutes: z
      .number({ error: says('settings.errors.sessionIntervalNumber') })
      .int(says('settings.errors.sessionIntervalWhole'))
      .min(15, says('settings.errors.sessionIntervalMin'))
      .max(240, says('settings.errors.sessionIntervalMax')),
    startAlignment: StartAlignmentSchema,
  })
  .superRefine((template, ctx) => {
    if (new Set(template.days.map((day) => day.day)).size !== template.days.length) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: says('settings.errors.dayTwice') });
    }
    if (template.sessionMinutes > template.sessionEveryMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['sessionMinutes'],
        message: says('settings.errors.sessionLongerThanInterval'),
      });
    }
  });

export const SessionRuleSchema = z
  .object({
    minMinutes: z.number().int().min(5, says('settings.errors.ruleShortest')).max(600),
    maxMinutes: z.number().int().min(5).max(600, says('settings.errors.ruleLongest')),
    includeKeywords: z.array(z.string().max(60)).max(20),
    excludeKeywords: z.array(z.string().max(60)).max(20),
  })
  .refine((rule) => rule.maxMinutes >= rule.minMinutes, {
    path: ['maxMinutes'],
    message: says('settings.errors.ruleLongestBelowShortest'),
  });

export const CalendarSourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{6,40}$/),
  kind: z.enum(['file', 'feed']),
  /** Shown in the UI: "Imported file" or the feed's host. Never a path, a token or a title. */
  label: z.string().max(120),
  addedAt: z.number().int().nonnegative(),
});
export type CalendarSource = z.infer<typeof CalendarSourceSchema>;

export const CalendarSettingsSchema = z.object({
  /** Use the weekly template too (alone when there are no calendars). */
  useTemplate: z.boolean(),
  refreshMinutes: z
    .number()
    .int()
    .min(5, says('settings.errors.refreshMin'))
    .max(24 * 60),
  rule: SessionRuleSchema,
  sources: z.array(CalendarSourceSchema).max(10),
});
export type CalendarSettings = z.infer<typeof CalendarSettingsSchema>;

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  useTemplate: true,
  refreshMinutes: 10,
  rule: { minMinutes: 20, maxMinutes: 120, includeKeywords: [], excludeKeywords: [] },
  sources: [],
};

/** How the reset after a session scales to the gap before the next one. */
export const GapRulesSchema = z
  .object({
    /** A gap at least this long gets the full reset. */
    fullResetMinutes: z.number().int().min(1).max(60),
    /** A gap at least this long (and shorter than the above) gets the short reset; below it, a one-tap check-in. */
    shortResetMinutes: z.number().int().min(1).max(60),
    shortResetSeconds: z.number().int().min(30).max(300),
  })
  .refine((rules) => rules.fullResetMinutes >= rules.shortResetMinutes, {
    path: ['fullResetMinutes'],
    message: says('settings.errors.fullResetGap'),
  });
export type GapRules = z.infer<typeof GapRulesSchema>;

export const DEFAULT_GAP_RULES: GapRules = { fullResetMinutes: 5, shortResetMinutes: 2, shortResetSeconds: 60 };

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, says('settings.errors.localDate'));

/** Days off: holidays and vacations give no prompts. */
export const QuietDaysSchema = z.object({
  ranges: z
    .array(
      z
        .object({ from: LocalDate, to: LocalDate })
        .refine((range) => range.to >= range.from, {
          path: ['to'],
          message: says('settings.errors.timeOffEndsBeforeItStarts'),
        })
        .refine((range) => range.to < range.from || daysIn(range) <= MAX_TIME_OFF_DAYS, {
          path: ['to'],
          message: says('settings.errors.timeOffTooLong'),
        }),
    )
    .max(100, says('settings.errors.tooManyTimesOff')),
  /** An all-day "Out of office" event in a calendar makes that day quiet too. */
  outOfOfficeFromCalendar: z.boolean(),
});
export type QuietDays = z.infer<typeof QuietDaysSchema>;

export const DEFAULT_QUIET_DAYS: QuietDays = { ranges: [], outOfOfficeFromCalendar: false };

const Cue = z.object({ on: z.boolean(), volume: z.number().min(0).max(1) });

/** Soft synthesized cues; each can be turned down or off. Breath tones start off. */
export const AudioSettingsSchema = z.object({ phaseTone: Cue, stepChime: Cue, closingChime: Cue });
export type AudioSettings = z.infer<typeof AudioSettingsSchema>;

export const DEFAULT_AUDIO: AudioSettings = {
  phaseTone: { on: false, volume: 0.5 },
  stepChime: { on: true, volume: 0.5 },
  closingChime: { on: true, volume: 0.6 },
};

export const ExercisePreferencesSchema = z.object({
  favourite: ExerciseIdSchema.nullable(),
  /** For people who find attention on the breath unhelpful: no breathing exercises at all. */
  hideBreathWork: z.boolean(),
  /** Breath patterns without holds (pregnancy, heart or lung conditions, or preference). */
  noHolds: z.boolean(),
  /** The user's own kind phrase for the hand-on-heart pause, or one they picked. */
  kindPhrase: z.string().trim().max(140).nullable(),
  /**
   * A city (as its zone name) to tell day from night by, for "Step outside"; null follows the
   * time zone. Only its position rounded to whole degrees is used, and only on this computer.
   */
  daylightCity: z
    .string()
    .max(64)
    .refine((zone) => Object.hasOwn(ZONE_COORDINATES, zone), says('settings.errors.chooseCity'))
    .nullable()
    .default(null),
});
export type ExercisePreferences = z.infer<typeof ExercisePreferencesSchema>;

export const DEFAULT_EXERCISE_PREFERENCES: ExercisePreferences = {
  favourite: null,
  hideBreathWork: false,
  noHolds: false,
  kindPhrase: null,
  daylightCity: null,
};

export const ReflectionSettingsSchema = z.object({
  /** The weekly reflection: three short questions, once a week. */
  weekly: z.boolean(),
  /** ISO weekday it is offered on; null: the last working day of the weekly template. */
  weeklyDay: WeekdaySchema.nullable(),
  /** Not before this time of that day; it comes with the day's wind-down, never during a session. */
  weeklyTime: TimeOfDay,
  /** "How do you feel now?" after a reset. */
  feelingAfterReset: z.boolean(),
  /** A nudge to plan a day off after this many days without one. */
  dayOffAfterDays: z
    .number()
    .int()
    .min(5, says('settings.errors.dayOffAfterMin'))
    .max(60, says('settings.errors.dayOffAfterMax')),
  /** Kinds of nudge the user asked never to see again. */
  hiddenNudges: z.array(NudgeKindSchema).max(10),
});
export type ReflectionSettings = z.infer<typeof ReflectionSettingsSchema>;

export const DEFAULT_REFLECTION: ReflectionSettings = {
  weekly: true,
  weeklyDay: null,
  weeklyTime: '16:00',
  feelingAfterReset: true,
  dayOffAfterDays: 14,
  hiddenNudges: [],
};

/** How the app itself starts. Launch at login is the system's to keep, so it is asked of the system, not stored here. */
export const AppSettingsSchema = z.object({
  /** Started by hand, go straight to the tray without opening the dashboard. A login start is always hidden. */
  startHidden: z.boolean(),
  /** The language of the tray and windows: the system's, unless the user picked one. Added with the translations. */
  language: LanguageChoiceSchema.default('system'),
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

export const DEFAULT_APP_SETTINGS: AppSettings = { startHidden: false, language: 'system' };

const SettingsObjectSchema = z.object({
  version: z.literal(2),
  template: WeeklyTemplateSchema,
  resetMinutes: z
    .number({ error: says('settings.errors.resetLengthNumber') })
    .int(says('settings.errors.resetLengthWhole'))
    .min(1, says('settings.errors.resetLengthMin'))
    .max(10, says('settings.errors.resetLengthMax')),
  checkInLeadMinutes: z
    .number({ error: says('settings.errors.checkInLeadNumber') })
    .int(says('settings.errors.checkInLeadWhole'))
    .min(0, says('settings.errors.checkInLeadMin'))
    .max(15, says('settings.errors.checkInLeadMax')),
  /** The check-in a moment before each session; off, only the after-session offers remain. */
  checkInBeforeSession: z.boolean().default(true),
  /** Added after the first release: settings files without it get the defaults. */
  calendar: CalendarSettingsSchema.default(DEFAULT_CALENDAR_SETTINGS),
  gapRules: GapRulesSchema.default(DEFAULT_GAP_RULES),
  quietDays: QuietDaysSchema.default(DEFAULT_QUIET_DAYS),
  audio: AudioSettingsSchema.default(DEFAULT_AUDIO),
  exercises: ExercisePreferencesSchema.default(DEFAULT_EXERCISE_PREFERENCES),
  reflection: ReflectionSettingsSchema.default(DEFAULT_REFLECTION),
  app: AppSettingsSchema.default(DEFAULT_APP_SETTINGS),
});

/** Settings written before the sound settings had a single switch for the breath tone; keep what the user chose. */
function carryOverPhaseTone(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || 'audio' in input || !('phaseToneOn' in input)) return input;
  const { phaseToneOn, ...rest } = input as Record<string, unknown>;
  return { ...rest, audio: { ...DEFAULT_AUDIO, phaseTone: { ...DEFAULT_AUDIO.phaseTone, on: phaseToneOn === true } } };
}

/**
 * Settings of version 1 had one set of hours and breaks for every working day, and sessions on a
 * grid from the day's start. Each working day gets those hours and breaks; an hourly grid keeps
 * its minute, so the same sessions come as before.
 */
function carryOverSharedHours(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const { version, template, ...rest } = input as Record<string, unknown>;
  if (version !== 1) return input;
  if (typeof template !== 'object' || template === null) return { ...rest, version: 2, template };
  const { days, dayStart, dayEnd, breaks, sessionEveryMinutes, ...kept } = template as Record<string, unknown>;
  const startMinute = typeof dayStart === 'string' ? Number(dayStart.slice(3)) : Number.NaN;
  return {
    ...rest,
    version: 2,
    template: {
      ...kept,
      sessionEveryMinutes,
      days: Array.isArray(days) ? days.map((day: unknown) => ({ day, start: dayStart, end: dayEnd, breaks })) : days,
      startAlignment: sessionEveryMinutes === 60 && startMinute >= 0 && startMinute <= 59 ? startMinute : 'day',
    },
  };
}

export const SettingsSchema = z.preprocess(
  (input) => carryOverSharedHours(carryOverPhaseTone(input)),
  SettingsObjectSchema,
);

export type Weekday = z.infer<typeof WeekdaySchema>;
export type WeeklyTemplate = z.infer<typeof WeeklyTemplateSchema>;
export type WorkingDay = z.infer<typeof WorkingDaySchema>;
export type StartAlignment = z.infer<typeof StartAlignmentSchema>;

export const DEFAULT_HOURS: Omit<WorkingDay, 'day'> = {
  start: '09:00',
  end: '17:00',
  breaks: [{ start: '12:00', end: '13:00' }],
};
export type Settings = z.infer<typeof SettingsSchema>;

/** What a clinician gets on first run, with no setup at all. */
export const DEFAULT_SETTINGS: Settings = {
  version: 2,
  template: {
    days: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, ...DEFAULT_HOURS })),
    sessionMinutes: 50,
    sessionEveryMinutes: 60,
    startAlignment: 'day',
  },
  resetMinutes: 3,
  checkInLeadMinutes: 2,
  checkInBeforeSession: true,
  calendar: DEFAULT_CALENDAR_SETTINGS,
  gapRules: DEFAULT_GAP_RULES,
  quietDays: DEFAULT_QUIET_DAYS,
  audio: DEFAULT_AUDIO,
  exercises: DEFAULT_EXERCISE_PREFERENCES,
  reflection: DEFAULT_REFLECTION,
  app: DEFAULT_APP_SETTINGS,
};

export interface FieldError {
  /** Dotted path of the offending field, e.g. "template.dayEnd". */
  field: string;
  /** What is wrong with it, worded by the form in the user's language. */
  message: Message;
}

export const FieldErrorSchema: z.ZodType<FieldError> = z.object({ field: z.string(), message: MessageSchema });

const isSettingsErrorKey = (text: string): text is SettingsErrorKey => text.startsWith('settings.errors.');

/** The rule's own numbers, for the messages that say them ("Please enter {{minimum}} or more."). */
function limitsOf(issue: z.core.$ZodIssue): MessageParams | undefined {
  if (issue.code === 'too_small') return { minimum: Number(issue.minimum) };
  if (issue.code === 'too_big') return { maximum: Number(issue.maximum) };
  return undefined;
}

/** One message per field, the first rule it broke: the form shows one by each field, and counts what it shows. */
export function describeSettingsIssues(error: z.ZodError): FieldError[] {
  const byField = new Map<string, Message>();
  for (const issue of error.issues) {
    const field = issue.path.join('.');
    if (byField.has(field)) continue;
    // Only our keys reach here (settingsInOurWords covers every rule without one); anything else is not shown as is.
    const key = isSettingsErrorKey(issue.message) ? issue.message : 'settings.errors.notUsable';
    const params = limitsOf(issue);
    byField.set(field, params ? { key, params } : { key });
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

/**
 * Our words for any rule that has none of its own, so that no validation library's text ("Too
 * small: expected number to be >=5") reaches the user. A rule's own message always wins. Each is
 * a message key; describeSettingsIssues adds the rule's numbers as its parameters.
 */
export const settingsInOurWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return says('settings.errors.wholeNumber');
      return issue.expected === 'number' ? says('settings.errors.number') : says('settings.errors.fillIn');
    case 'too_small':
      if (issue.origin === 'number') return says('settings.errors.atLeastNumber');
      if (issue.origin === 'array') return says('settings.errors.chooseAtLeast');
      return says('settings.errors.fillIn');
    case 'too_big':
      if (issue.origin === 'number') return says('settings.errors.atMostNumber');
      if (issue.origin === 'string') return says('settings.errors.atMostCharacters');
      return says('settings.errors.atMost');
    case 'not_multiple_of':
      return says('settings.errors.wholeMinutes');
    default:
      return says('settings.errors.notUsable');
  }
};
