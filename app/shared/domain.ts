import { z } from 'zod';
import { CheckInAnswersSchema } from './check-in';
import { ExerciseIdSchema } from './exercise-id';
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
   * asleep: the prompt's whole window passed while the computer slept (or its clock jumped past it).
   */
  z.object({ ...entryBase, event: z.literal('missed'), reason: z.enum(['overrun', 'asleep']) }),
  /** part: only the check-in of a reset was skipped; the reset went on. */
  z.object({ ...entryBase, event: z.literal('skipped'), part: z.literal('check-in').optional() }),
  /** Answers are optional: older journals have none. */
  z.object({ ...entryBase, event: z.literal('checked-in'), answers: CheckInAnswersSchema.optional() }),
  z.object({ ...entryBase, event: z.literal('expired') }),
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type JournalEvent = JournalEntry['event'];

export const PauseSchema = z.object({
  from: Instant,
  /** null: paused until the user resumes. */
  until: Instant.nullable(),
});
export type Pause = z.infer<typeof PauseSchema>;

export const ActivePromptSchema = z.object({
  prompt: PromptSchema,
  stage: z.enum(['offer', 'exercise']),
  /** The exercise under way, in the exercise stage. */
  exercise: ExerciseIdSchema.optional(),
});
export type ActivePrompt = z.infer<typeof ActivePromptSchema>;

export const ResetOutcomeSchema = z.enum([
  'upcoming',
  'offered',
  'in-progress',
  'snoozed',
  'completed',
  'skipped',
  'expired',
]);
export type ResetOutcome = z.infer<typeof ResetOutcomeSchema>;

export const TimelineSessionSchema = SessionSchema.extend({ reset: ResetOutcomeSchema });
export type TimelineSession = z.infer<typeof TimelineSessionSchema>;

export const SourceStatusSchema = z.object({
  id: z.string(),
  kind: z.enum(['file', 'feed']),
  label: z.string(),
  lastSuccessAt: Instant.nullable(),
  sessionsNext7Days: z.number().int().nonnegative(),
  /** The last refresh failed: the previous schedule is kept and shown as out of date. */
  stale: z.boolean(),
  lastError: z.string().nullable(),
  warnings: z.array(z.string()),
  /** Imported files are read once; their sessions run out here. */
  coversUntil: Instant.nullable(),
  refreshing: z.boolean(),
});
export type SourceStatus = z.infer<typeof SourceStatusSchema>;

export const CalendarStateSchema = z.object({
  sources: z.array(SourceStatusSchema),
  /** Whether feed addresses are encrypted at rest, in the user's words. */
  secretStorage: z.object({ encrypted: z.boolean(), note: z.string() }),
});
export type CalendarState = z.infer<typeof CalendarStateSchema>;

/** Everything a window needs to draw itself, pushed whenever it changes. */
export const AppStateSchema = z.object({
  now: Instant,
  timeZone: z.string(),
  settings: SettingsSchema,
  notices: z.array(z.string()),
  today: z.array(TimelineSessionSchema),
  nextSession: SessionSchema.nullable(),
  nextPrompt: z.object({ kind: PromptKindSchema, dueAt: Instant }).nullable(),
  activePrompt: ActivePromptSchema.nullable(),
  pause: PauseSchema.nullable(),
  journalToday: z.array(JournalEntrySchema),
  /** Today is a day off (a time off, or out of office in a calendar). */
  quietToday: z.boolean(),
  calendar: CalendarStateSchema,
});
export type AppState = z.infer<typeof AppStateSchema>;
