import { z } from 'zod';
import type { MessageKey } from './i18n/message';

/**
 * The two check-ins, in our own words (no items from the ProQOL, the Maslach inventory or any
 * other instrument). Answers are kept against a time slot only, never a calendar event.
 */
export const INTENTIONS = ['present', 'curious', 'steady', 'warm'] as const;
export const CARRYING = ['no', 'a-little', 'a-lot'] as const;
export const FEELINGS = ['calm', 'drained', 'sad', 'anxious', 'irritated', 'moved', 'satisfied', 'numb'] as const;
export const NEEDS = ['water', 'bathroom', 'movement', 'breath', 'nothing'] as const;

/** The words for each answer, as message keys: the answers themselves are kept by id, in no language. */
export const INTENTION_WORDS: Record<(typeof INTENTIONS)[number], MessageKey> = {
  present: 'checkIn.intentions.present',
  curious: 'checkIn.intentions.curious',
  steady: 'checkIn.intentions.steady',
  warm: 'checkIn.intentions.warm',
};

export const CARRYING_WORDS: Record<(typeof CARRYING)[number], MessageKey> = {
  no: 'checkIn.carrying.no',
  'a-little': 'checkIn.carrying.a-little',
  'a-lot': 'checkIn.carrying.a-lot',
};

export const FEELING_WORDS: Record<(typeof FEELINGS)[number], MessageKey> = {
  calm: 'checkIn.feelings.calm',
  drained: 'checkIn.feelings.drained',
  sad: 'checkIn.feelings.sad',
  anxious: 'checkIn.feelings.anxious',
  irritated: 'checkIn.feelings.irritated',
  moved: 'checkIn.feelings.moved',
  satisfied: 'checkIn.feelings.satisfied',
  numb: 'checkIn.feelings.numb',
};

export const NEED_WORDS: Record<(typeof NEEDS)[number], MessageKey> = {
  water: 'checkIn.needs.water',
  bathroom: 'checkIn.needs.bathroom',
  movement: 'checkIn.needs.movement',
  breath: 'checkIn.needs.breath',
  nothing: 'checkIn.needs.nothing',
};

const Rating = z.number().int().min(0).max(10);
/** Free text is private, short, and never meant for client details; the form says so. */
const PrivateLine = z.string().trim().max(200, 'Keep it to a short line.');

export const BeforeSessionSchema = z.object({
  type: z.literal('before'),
  energy: Rating,
  tension: Rating,
  /** One of the offered words, or the user's own (one or two words). */
  intention: z.string().trim().min(1).max(40),
});
export type BeforeSession = z.infer<typeof BeforeSessionSchema>;

export const AfterSessionSchema = z.object({
  type: z.literal('after'),
  activation: Rating,
  carrying: z.enum(CARRYING),
  feelings: z.array(z.enum(FEELINGS)).max(2, 'Choose up to two feelings.'),
  /** "What's mine, what's theirs": optional. */
  mineAndTheirs: PrivateLine.optional(),
  need: z.enum(NEEDS),
});
export type AfterSession = z.infer<typeof AfterSessionSchema>;

export const CheckInAnswersSchema = z.discriminatedUnion('type', [BeforeSessionSchema, AfterSessionSchema]);
export type CheckInAnswers = z.infer<typeof CheckInAnswersSchema>;

export const DEFAULT_BEFORE: BeforeSession = { type: 'before', energy: 5, tension: 3, intention: 'present' };
export const DEFAULT_AFTER: AfterSession = {
  type: 'after',
  activation: 3,
  carrying: 'no',
  feelings: [],
  need: 'nothing',
};
