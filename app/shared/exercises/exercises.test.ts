import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '../exercise-id';
import {
  availableExercises,
  EXERCISES,
  FULL_SECONDS,
  SHORT_SECONDS,
  stepsFor,
  withoutHolds,
  type ExerciseStep,
} from './index';

const total = (steps: readonly ExerciseStep[]) => steps.reduce((sum, step) => sum + step.seconds, 0);
const cycleSeconds = (step: ExerciseStep) => step.breath!.phases.reduce((sum, phase) => sum + phase.seconds, 0);

describe('the exercises, as data', () => {
  it('has exactly one module per exercise id, each named and with a one-line purpose', () => {
    expect(EXERCISES.map((exercise) => exercise.id).sort()).toEqual([...EXERCISE_IDS].sort());
    for (const exercise of EXERCISES) {
      expect(exercise.name.length).toBeGreaterThan(2);
      expect(exercise.purpose).not.toContain('\n');
      expect(exercise.purpose.length).toBeLessThanOrEqual(100);
    }
  });

  it.each(EXERCISES.map((exercise) => [exercise.name, exercise] as const))(
    '%s: both versions are non-empty and add up to 3 minutes and 60 seconds',
    (_name, exercise) => {
      for (const [steps, length] of [
        [exercise.full, FULL_SECONDS],
        [exercise.short, SHORT_SECONDS],
      ] as const) {
        expect(steps.length).toBeGreaterThan(0);
        expect(total(steps)).toBe(length);
        expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
        expect(steps.filter((step) => step.fills)).toHaveLength(1);
        for (const step of steps) {
          expect(step.seconds).toBeGreaterThan(0);
          expect(step.title.trim()).not.toBe('');
          expect(step.instruction.trim()).not.toBe('');
          if (step.breath) {
            expect(step.breath.phases.length).toBeGreaterThan(0);
            expect(
              step.breath.phases.every((phase) => phase.seconds > 0 && phase.fullness >= 0 && phase.fullness <= 1),
            ).toBe(true);
            if (step.breath.maxCycles)
              expect(step.breath.maxCycles * cycleSeconds(step)).toBeLessThanOrEqual(step.seconds);
          }
          if (step.illustration) expect(existsSync(join('assets/exercises', `${step.illustration}.svg`))).toBe(true);
        }
      }
    },
  );

  it('fits any reset length from one to ten minutes exactly', () => {
    for (const exercise of EXERCISES) {
      for (const seconds of [60, 90, 120, 180, 240, 300, 600]) {
        const steps = stepsFor(exercise, seconds);
        expect(total(steps), `${exercise.id} at ${seconds} s`).toBe(seconds);
        expect(steps.every((step) => step.seconds > 0)).toBe(true);
      }
    }
  });

  it('has the breathing patterns the evidence describes', () => {
    const phases = (id: string) =>
      EXERCISES.find((e) => e.id === id)!
        .full.find((s) => s.breath)!
        .breath!.phases.map((p) => [p.kind, p.seconds]);
    expect(phases('resonance-breathing')).toEqual([
      ['in', 4.5],
      ['out', 6.5],
    ]);
    expect(phases('cyclic-sighing')).toEqual([
      ['in', 2],
      ['top-up', 1],
      ['out', 6],
    ]);
    expect(phases('box-breathing')).toEqual([
      ['in', 4],
      ['hold', 4],
      ['out', 4],
      ['hold', 4],
    ]);
    const fourSevenEight = EXERCISES.find((e) => e.id === 'four-seven-eight')!;
    expect(fourSevenEight.full.map((s) => s.id)).toEqual(['exhale', 'cycles', 'natural']);
    expect(fourSevenEight.full[1]!.breath).toMatchObject({ maxCycles: 4 });
    expect(fourSevenEight.full[1]!.breath!.phases.map((p) => p.seconds)).toEqual([4, 7, 8]);
  });

  it('warns about holds wherever a pattern holds the breath, and can drop the holds', () => {
    for (const exercise of EXERCISES) {
      const holds = exercise.full.some((step) => step.breath?.phases.some((phase) => phase.kind === 'hold'));
      if (holds)
        expect(exercise.cautions.join(' ')).toMatch(
          /dizzy or tingly[\s\S]*pregnant or have a heart or lung condition, or a history of fainting/,
        );
      for (const step of stepsFor(exercise, 180, { noHolds: true }))
        expect(step.breath?.phases.some((phase) => phase.kind === 'hold') ?? false).toBe(false);
    }
    const box = EXERCISES.find((e) => e.id === 'box-breathing')!.full[0]!.breath!;
    expect(withoutHolds(box).phases.map((p) => p.kind)).toEqual(['in', 'out']);
  });

  it('hides every breathing exercise for a user who finds breath focus unhelpful', () => {
    const names = availableExercises(true).map((exercise) => exercise.id);
    expect(names).toEqual(['seated-stretch', 'step-outside', 'hand-on-heart', 'silence']);
  });

  it('credits the practices it adapts', () => {
    expect(EXERCISES.find((e) => e.id === 'hand-on-heart')!.credit).toMatch(/Kristin Neff/);
  });
});
