import { z } from 'zod';

export const EXERCISE_IDS = [
  'resonance-breathing',
  'cyclic-sighing',
  'box-breathing',
  'four-seven-eight',
  'seated-stretch',
  'step-outside',
  'hand-on-heart',
  'silence',
] as const;

export const ExerciseIdSchema = z.enum(EXERCISE_IDS);
export type ExerciseId = z.infer<typeof ExerciseIdSchema>;
