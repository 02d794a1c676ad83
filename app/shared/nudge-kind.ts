import { z } from 'zod';

/**
 * The kinds of gentle nudge, each a named rule over the user's own data (app/core/patterns/nudges.ts).
 * carrying: often carrying something out of sessions → consultation or supervision.
 * numb-or-irritated: those words chosen on several days → a reflection and peer support.
 * lower-energy: energy below the user's own baseline, or more worn out → rest and the pace.
 * pace: resets skipped more than taken, or days with no real gap → spacing sessions.
 * day-off: a long stretch since a full day off → plan one.
 * remembered-moment: a meaningful week or a heavy day → one of the user's own moments.
 */
export const NudgeKindSchema = z.enum([
  'carrying',
  'numb-or-irritated',
  'lower-energy',
  'pace',
  'day-off',
  'remembered-moment',
]);
export type NudgeKind = z.infer<typeof NudgeKindSchema>;
