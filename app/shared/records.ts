import { z } from 'zod';
import { NudgeKindSchema } from './nudge-kind';

/**
 * What Interlude keeps besides the prompt journal, each in a file per month. Everything here is
 * the user's own, local, and never tied to a calendar event: a day's schedule is kept as times only.
 */
const Instant = z.number().int().nonnegative();
const Rating = z.number().int().min(0).max(10);
export const LocalDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The user's own words; the forms remind them to leave out client details. */
export const MomentTextSchema = z
  .string()
  .trim()
  .min(1, 'Write a few words, or close this to leave it.')
  .max(500, 'Keep it to a few sentences.');

/** One working day's sessions, as start and end times only, for the pace of the work. */
export const DayScheduleSchema = z.object({
  type: z.literal('day'),
  /** The start of that day in the user's zone: the day is filed by its own month, whenever it was recorded. */
  at: Instant,
  date: LocalDateSchema,
  sessions: z.array(z.tuple([Instant, Instant])).max(40),
});
export type DaySchedule = z.infer<typeof DayScheduleSchema>;

/** The weekly reflection; each answer may be left out. */
export const ReflectionSchema = z.object({
  type: z.literal('reflection'),
  at: Instant,
  /** The Monday of the week it looks back on, in the user's zone. */
  week: LocalDateSchema,
  wornOut: Rating.nullable(),
  meaningful: Rating.nullable(),
  moment: MomentTextSchema.nullable(),
});
export type Reflection = z.infer<typeof ReflectionSchema>;

/** "Note a moment that mattered", from the tray or the dashboard. */
export const MomentSchema = z.object({ type: z.literal('moment'), at: Instant, text: MomentTextSchema });
export type Moment = z.infer<typeof MomentSchema>;

/** A one-tap record of support taken: the person or group from the user's list. */
export const SupportSchema = z.object({
  type: z.literal('support'),
  at: Instant,
  personId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  how: z.enum(['reached-out', 'consultation']),
});
export type Support = z.infer<typeof SupportSchema>;

/** The user's answer to a nudge: not now (it rests a week), or never this kind (kept in settings). */
export const NudgeAnswerSchema = z.object({
  type: z.literal('nudge'),
  at: Instant,
  kind: NudgeKindSchema,
  /** shown: the day it first appeared, so a kind appears at most once a week. */
  answer: z.enum(['shown', 'not-now', 'never']),
});
export type NudgeAnswer = z.infer<typeof NudgeAnswerSchema>;

export const DiaryRecordSchema = z.discriminatedUnion('type', [
  ReflectionSchema,
  MomentSchema,
  SupportSchema,
  NudgeAnswerSchema,
]);
export type DiaryRecord = z.infer<typeof DiaryRecordSchema>;

/** The user's own people and groups, for "I reached out". */
export const PersonSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** In the user's words: "Supervision with Ana", "Tuesday consultation group". */
  name: z.string().trim().min(1, 'Give them a name you will recognise.').max(80, 'Keep the name short.'),
  /** How often the user means to connect, in days; null: no rhythm. */
  everyDays: z.number().int().min(1).max(120).nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

export const PeopleSchema = z.object({ version: z.literal(1), people: z.array(PersonSchema).max(30) });
export type People = z.infer<typeof PeopleSchema>;
