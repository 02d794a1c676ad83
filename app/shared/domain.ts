import { z } from 'zod';
import { CheckInAnswersSchema } from './check-in';
import { ExerciseIdSchema } from './exercise-id';
import { DashboardViewSchema } from './dashboard-view';
import { LanguageSchema } from './i18n/languages';
import { MessageSchema } from './i18n/message';
import { NudgeSchema } from './patterns';
import { LocalDateSchema, PersonSchema } from './records';
import { SettingsSchema } from './settings';

/** Epoch milliseconds: instants cross the IPC boundary as numbers, never as local wall-clock strings. */
const Instant = z.number().int().nonnegative();

export const SessionSchema = z.object({
  start: Instant,
  end: Instant,
  /** Where the session came from: the weekly template, a calendar, or the preview's demo schedule. */
  source: z.enum(['template', 'demo', 'calendar']),
  /** Time until the next session starts; null for the last one known. Set on the merged schedule. */
  gapAfterMs: z.number().int().nonnegative().nullable().optional(),
});
export type Session = z.infer<typeof SessionSchema>;

/**
 * reset: after a session, scaled to the gap; check-in: just before a session; check-out: a one-tap
 * check-in after a session when the gap is too short for a reset; wind-down: after the day's last session.
 */
export const PromptKindSchema = z.enum(['reset', 'check-in', 'check-out', 'wind-down']);
export type PromptKind = z.infer<typeof PromptKindSchema>;

export const PromptSchema = z.object({
  /** Stable across restarts: derived from the kind and the session edge it belongs to. */
  id: z.string().min(1).max(120),
  kind: PromptKindSchema,
  dueAt: Instant,
  /** After this the prompt is stale (the next session is about to begin) and is withdrawn. */
  expiresAt: Instant,
  /** The session this prompt follows (reset) or precedes (check-in); null for a reset the user asked for. */
  session: SessionSchema.nullable(),
  resetSeconds: z.number().int().positive(),
  /** The next session's check-in was skipped (the gap is shorter than its lead), so this prompt offers it at its end. */
  thenCheckIn: z.boolean().optional(),
  /** The user asked for it (from the tray), rather than the schedule offering it. */
  requested: z.boolean().optional(),
});
export type Prompt = z.infer<typeof PromptSchema>;

export { ExerciseIdSchema, type ExerciseId } from './exercise-id';

const entryBase = { at: Instant, promptId: z.string().min(1).max(120), kind: PromptKindSchema };

export const JournalEntrySchema = z.discriminatedUnion('event', [
  z.object({ ...entryBase, event: z.literal('offered') }),
  z.object({ ...entryBase, event: z.literal('started'), exercise: ExerciseIdSchema }),
  z.object({
    ...entryBase,
    event: z.literal('completed'),
    exercise: ExerciseIdSchema,
    secondsDone: z.number().int().nonnegative(),
    plannedSeconds: z.number().int().positive(),
    endedEarly: z.boolean(),
  }),
  z.object({
    ...entryBase,
    event: z.literal('snoozed'),
    until: Instant,
    reason: z.enum(['snooze', 'overrun']).optional(),
  }),
  /**
   * Never taken. overrun: the user said the session was running over until the next one was near;
   * asleep: the prompt's whole window passed while the computer slept; clock-change: the clock
   * was set forward past it while the computer was awake; busy: its window passed while the user
   * was in the middle of another prompt (a check-in or a reset), which it waited for.
   */
  z.object({
    ...entryBase,
    event: z.literal('missed'),
    reason: z.enum(['overrun', 'asleep', 'clock-change', 'busy']),
  }),
  /** part: only the check-in of a reset was skipped; the reset went on. */
  z.object({ ...entryBase, event: z.literal('skipped'), part: z.literal('check-in').optional() }),
  /** Answers are optional: older journals have none. */
  z.object({ ...entryBase, event: z.literal('checked-in'), answers: CheckInAnswersSchema.optional() }),
  /** Its window closed, or a session got under way, before it was answered. */
  z.object({ ...entryBase, event: z.literal('expired') }),
  /** A newer prompt took its place before it was answered. */
  z.object({ ...entryBase, event: z.literal('replaced') }),
  /** "How do you feel now?" after a reset, on the after-session check-in's activation scale. */
  z.object({
    ...entryBase,
    event: z.literal('felt'),
    exercise: ExerciseIdSchema,
    activation: z.number().int().min(0).max(10),
  }),
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type JournalEvent = JournalEntry['event'];

export const PauseSchema = z.object({
  from: Instant,
  /** null: paused until the user resumes. */
  until: Instant.nullable(),
});
export type Pause = z.infer<typeof PauseSchema>;

export const SuggestionSchema = z.object({
  exercise: ExerciseIdSchema,
  /** Why, in a few plain words, shown under the suggestion (a message, worded by the window). */
  reason: MessageSchema,
  /** Stepping outside after dark: to a window, not out for daylight. */
  toAWindow: z.boolean().optional(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

/**
 * What "In 5 minutes" and "Still in session" will actually do, worked out by the core so every
 * surface says the same: five minutes, or a fixed time when the next session caps it, or nothing.
 */
export const PromptChoicesSchema = z.object({
  /** When a snooze asks again: five minutes from the press, or at a fixed time; null when there is no room. */
  snooze: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('in-five-minutes') }),
    z.object({ kind: z.literal('at'), at: Instant }),
    z.object({ kind: z.literal('none') }),
  ]),
  /** "Still in session": ask again in five minutes, or skip this prompt because the next session is near. */
  overrun: z.enum(['in-five-minutes', 'skips']),
});
export type PromptChoices = z.infer<typeof PromptChoicesSchema>;

/** How a prompt's life ended on screen, for the window's closing word. */
export const ClosingWordSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.enum(['completed', 'ended-early']),
    exercise: ExerciseIdSchema,
    secondsDone: z.number().int().nonnegative(),
  }),
  z.object({ outcome: z.literal('snoozed'), until: Instant, reason: z.enum(['snooze', 'overrun']) }),
  z.object({ outcome: z.literal('overrun-skipped') }),
]);
export type ClosingWord = z.infer<typeof ClosingWordSchema>;

/** What the prompt window says after an answer in it, until it is closed or a new prompt comes. */
export const PromptClosingSchema = z.object({ prompt: PromptSchema, word: ClosingWordSchema });
export type PromptClosing = z.infer<typeof PromptClosingSchema>;

/**
 * The prompt on screen, and how far the user has come with it. This is core state: a reload, a
 * second window or a restart resumes it, and nothing is asked twice.
 * - offer: waiting for an answer. Its step says what the window shows: the question ("ask"),
 *   a reset's own check-in, or the choice of exercise once that check-in is saved or skipped.
 * - exercise: under way since startedAt.
 * Once answered it is no longer active; the window's closing word is AppState.closing.
 */
export const ActivePromptSchema = z.object({
  prompt: PromptSchema,
  stage: z.enum(['offer', 'exercise']),
  step: z.enum(['ask', 'check-in', 'choose']),
  /** The exercise under way, in the exercise stage. */
  exercise: ExerciseIdSchema.optional(),
  startedAt: Instant.optional(),
  /** The one suggestion every surface shows, for resets. */
  suggestion: SuggestionSchema.optional(),
  choices: PromptChoicesSchema,
});
export type ActivePrompt = z.infer<typeof ActivePromptSchema>;

export const ResetOutcomeSchema = z.enum([
  'upcoming',
  'offered',
  'in-progress',
  'snoozed',
  'completed',
  'ended-early',
  'skipped',
  'expired',
  /** The session ended before Interlude first ran: nothing was missed. */
  'before-start',
]);
export type ResetOutcome = z.infer<typeof ResetOutcomeSchema>;

export const TimelineSessionSchema = SessionSchema.extend({ reset: ResetOutcomeSchema });
export type TimelineSession = z.infer<typeof TimelineSessionSchema>;

export const SourceStatusSchema = z.object({
  id: z.string(),
  kind: z.enum(['file', 'feed']),
  /** The user's name for it, its host, or "Imported file", numbered when two are alike. */
  label: MessageSchema,
  lastSuccessAt: Instant.nullable(),
  sessionsNext7Days: z.number().int().nonnegative(),
  /** The last refresh failed: the previous schedule is kept and shown as out of date. */
  stale: z.boolean(),
  lastError: MessageSchema.nullable(),
  warnings: z.array(MessageSchema),
  /** Imported files are read once; their sessions run out here. */
  coversUntil: Instant.nullable(),
  refreshing: z.boolean(),
});
export type SourceStatus = z.infer<typeof SourceStatusSchema>;

export const CalendarStateSchema = z.object({
  sources: z.array(SourceStatusSchema),
  /** Whether feed addresses are encrypted at rest, in the user's words. */
  secretStorage: z.object({ encrypted: z.boolean(), note: MessageSchema }),
});
export type CalendarState = z.infer<typeof CalendarStateSchema>;

/** Everything a window needs to draw itself, pushed whenever it changes. */
/** What the system reports of Interlude opening at login; "needs-approval": macOS 13+ waits for the user in System Settings. */
export const LoginItemStatusSchema = z.enum(['on', 'off', 'needs-approval', 'unavailable']);
export type LoginItemStatus = z.infer<typeof LoginItemStatusSchema>;

export const AppStateSchema = z.object({
  now: Instant,
  timeZone: z.string(),
  settings: SettingsSchema,
  /** The language the windows speak, decided by the core from the Language setting and the system's languages. */
  language: LanguageSchema,
  notices: z.array(MessageSchema),
  today: z.array(TimelineSessionSchema),
  nextSession: SessionSchema.nullable(),
  nextPrompt: z.object({ kind: PromptKindSchema, dueAt: Instant }).nullable(),
  activePrompt: ActivePromptSchema.nullable(),
  /** The closing word after a prompt answered in its window, until the window closes. */
  closing: PromptClosingSchema.nullable(),
  pause: PauseSchema.nullable(),
  journalToday: z.array(JournalEntrySchema),
  /** Resets taken today: run to their end, and ended early, counted apart. */
  resetsToday: z.object({ finished: z.number().int().nonnegative(), endedEarly: z.number().int().nonnegative() }),
  /** Today is a day off (a time off, or out of office in a calendar). */
  quietToday: z.boolean(),
  calendar: CalendarStateSchema,
  /** The one gentle nudge on the dashboard, if any. */
  nudge: NudgeSchema.nullable(),
  /**
   * This week's reflection (null when turned off): the Monday naming the week; due once its day and
   * time have come until it is saved or skipped; it can be written earlier in the week too.
   */
  reflection: z.object({ week: LocalDateSchema, due: z.boolean(), saved: z.boolean() }).nullable(),
  /** The user's own people and groups, for "I reached out". */
  people: z.array(PersonSchema),
  /** A view the dashboard was asked to open (from the tray): each request has its own number. */
  navigation: z.object({ view: DashboardViewSchema, request: z.number().int().nonnegative(), at: Instant }).nullable(),
  launchAtLogin: LoginItemStatusSchema,
  /** When Interlude first ran on this computer: sessions that ended before it are not missed resets. */
  firstStartedAt: Instant,
});
export type AppState = z.infer<typeof AppStateSchema>;
