import type { ExerciseId } from '../domain';
import { boxBreathing } from './box-breathing';
import { cyclicSighing } from './cyclic-sighing';
import { fourSevenEight } from './four-seven-eight';
import { handOnHeart } from './hand-on-heart';
import { resonanceBreathing } from './resonance-breathing';
import { seatedStretch } from './seated-stretch';
import { silence } from './silence';
import { stepOutside } from './step-outside';
import { FULL_SECONDS, type BreathPattern, type Exercise, type ExerciseStep } from './types';

export * from './types';
export { KIND_PHRASES } from './hand-on-heart';

/** Every exercise, in the order they are offered. Adding one means adding a module here. */
export const EXERCISES: readonly Exercise[] = [
  resonanceBreathing,
  cyclicSighing,
  boxBreathing,
  fourSevenEight,
  seatedStretch,
  stepOutside,
  handOnHeart,
  silence,
];

const byId = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function exerciseById(id: ExerciseId): Exercise {
  const exercise = byId.get(id);
  if (!exercise) throw new Error(`Unknown exercise ${id}`);
  return exercise;
}

/** The exercises a user sees: without breath work, if they asked for that. */
export function availableExercises(hideBreathWork: boolean): Exercise[] {
  return EXERCISES.filter((exercise) => !hideBreathWork || !exercise.breathWork);
}

/** A pattern without its holds, for users who should not hold their breath. */
export function withoutHolds(pattern: BreathPattern): BreathPattern {
  return { ...pattern, phases: pattern.phases.filter((phase) => phase.kind !== 'hold') };
}

/**
 * The steps for a reset of `totalSeconds`: the short version below two minutes, else the full
 * one, with the filling step stretched or shrunk so the steps add up to exactly the length.
 */
export function stepsFor(
  exercise: Exercise,
  totalSeconds: number,
  options: { noHolds?: boolean } = {},
): ExerciseStep[] {
  const base = totalSeconds < FULL_SECONDS - 60 ? exercise.short : exercise.full;
  const fixed = base.filter((step) => !step.fills).reduce((sum, step) => sum + step.seconds, 0);
  const fillSeconds = totalSeconds - fixed;
  let steps: ExerciseStep[];
  if (fillSeconds >= 5 || base.every((step) => !step.fills)) {
    steps = base.map((step) => (step.fills ? { ...step, seconds: fillSeconds } : step));
  } else {
    // Too short for every fixed step: keep them in order, cutting the last to fit.
    steps = [];
    let left = totalSeconds;
    for (const step of base.filter((s) => !s.fills)) {
      if (left <= 0) break;
      steps.push({ ...step, seconds: Math.min(step.seconds, left) });
      left -= step.seconds;
    }
  }
  return options.noHolds
    ? steps.map((step) => (step.breath ? { ...step, breath: withoutHolds(step.breath) } : step))
    : steps;
}
