import { z } from 'zod';
import { FEELINGS } from './check-in';
import { ExerciseIdSchema } from './exercise-id';
import { MessageSchema } from './i18n/message';
import { NudgeKindSchema } from './nudge-kind';

/**
 * How the work is landing, over a range, worked out by the core from the user's own records and
 * sent to the Patterns view. Averages are null where nothing was answered: a missing check-in is
 * never read as a signal.
 */
export const PatternsRangeSchema = z.enum(['1w', '4w', '12w', '1y']);
export type PatternsRange = z.infer<typeof PatternsRangeSchema>;

const Count = z.number().int().nonnegative();
const Average = z.number().min(0).max(10).nullable();
const Instant = z.number().int().nonnegative();
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A day (in the one-week range), a week, or a month (in the year). */
export const BucketSchema = z.object({ start: LocalDate, unit: z.enum(['day', 'week', 'month']) });
export type Bucket = z.infer<typeof BucketSchema>;

export const ResetCountsSchema = z.object({ taken: Count, endedEarly: Count, skipped: Count, missed: Count });
export type ResetCounts = z.infer<typeof ResetCountsSchema>;

export const PatternsSchema = z.object({
  range: PatternsRangeSchema,
  from: Instant,
  to: Instant,
  timeZone: z.string(),
  buckets: z.array(BucketSchema),
  arriving: z.array(z.object({ energy: Average, tension: Average, answers: Count })),
  leaving: z.object({
    byBucket: z.array(
      z.object({ activation: Average, carryingShare: z.number().min(0).max(1).nullable(), answers: Count }),
    ),
    /** How often each feeling was chosen over the range, and in each bucket. */
    feelings: z.array(z.object({ feeling: z.enum(FEELINGS), total: Count, byBucket: z.array(Count) })),
  }),
  resets: z.object({
    byBucket: z.array(ResetCountsSchema),
    /** Hour of the day (0–23) the reset was offered, in the user's zone. */
    byHour: z.array(ResetCountsSchema.extend({ hour: z.number().int().min(0).max(23) })),
  }),
  helps: z.object({
    /** Pairs of an after-session activation and a "How do you feel now?" after the reset. */
    answers: Count,
    needed: Count,
    /** A kind of reset is compared only with this many answers of its own. */
    neededPerKind: Count,
    byExercise: z.array(z.object({ exercise: ExerciseIdSchema, answers: Count, averageFall: z.number() })),
  }),
  pace: z.object({
    sessionsByBucket: z.array(Count),
    workingDays: Count,
    sessions: Count,
    /** The most sessions in a row with no gap of 10 minutes or more, and the day it happened. */
    longestRun: z.object({ sessions: Count, date: LocalDate.nullable() }),
    /** Working days with no gap of 30 minutes or more between sessions. */
    daysWithoutRealBreak: z.array(LocalDate),
    gapsUnderFiveMinutes: Count,
    /** Days since the last day with no sessions; sinceRecordsBegan when none of the days on record was one. Null with no records. */
    daysSinceDayOff: z.object({ days: Count, sinceRecordsBegan: z.boolean() }).nullable(),
  }),
  moments: z.array(z.object({ at: Instant, text: z.string(), from: z.enum(['reflection', 'noted']) })),
  reflections: z.array(z.object({ week: LocalDate, wornOut: Average, meaningful: Average })),
  support: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      everyDays: z.number().int().nullable(),
      lastAt: Instant.nullable(),
      times: Count,
    }),
  ),
  /** How many check-ins were answered in the range, before and after sessions. */
  answered: z.object({ before: Count, after: Count }),
});
export type Patterns = z.infer<typeof PatternsSchema>;

/** What the Patterns view receives: the patterns, and whether nudges are waiting for more check-ins. */
export const PatternsViewSchema = PatternsSchema.extend({
  nudgesWaitingFor: z.object({ have: Count, need: Count }).nullable(),
});
export type PatternsView = z.infer<typeof PatternsViewSchema>;

/** A gentle nudge as the dashboard shows it: the core's message (nudges.*), from the user's own data. */
export const NudgeSchema = z.object({
  kind: NudgeKindSchema,
  text: MessageSchema,
  /** Where to go from it, if anywhere. */
  action: z.enum(['reflection', 'patterns', 'support', 'settings']).nullable(),
});
export type Nudge = z.infer<typeof NudgeSchema>;
