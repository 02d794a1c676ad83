import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '../exercise-id';
import { english } from '../i18n/every-catalogue';
import { message, type Message } from '../i18n/message';
import { createTranslator } from '../i18n/translator';
import {
  availableExercises,
  EXERCISES,
  FULL_SECONDS,
  KIND_PHRASES,
  SHORT_SECONDS,
  stepsFor,
  withoutHolds,
  type ExerciseStep,
} from './index';

const englishWords = createTranslator(english);
const say = (text: Message) => englishWords.say(text);
const total = (steps: readonly ExerciseStep[]) => steps.reduce((sum, step) => sum + step.seconds, 0);
const cycleSeconds = (step: ExerciseStep) => step.breath!.phases.reduce((sum, phase) => sum + phase.seconds, 0);

describe('the exercises, as data', () => {
  it('has exactly one module per exercise id, each named and with a one-line purpose', () => {
    expect(EXERCISES.map((exercise) => exercise.id).sort()).toEqual([...EXERCISE_IDS].sort());
    for (const exercise of EXERCISES) {
      // The name is the key the tray words too.
      expect(exercise.name).toEqual(message(`exercises.${exercise.id}.name`));
      expect(say(exercise.name).length).toBeGreaterThan(2);
      expect(say(exercise.purpose)).not.toContain('\n');
      expect(say(exercise.purpose).length).toBeLessThanOrEqual(100);
    }
  });

  it('holds message keys, not words, and every key it names is in the English catalogue', () => {
    for (const exercise of EXERCISES) {
      const texts = [
        exercise.name,
        exercise.purpose,
        ...exercise.cautions,
        ...(exercise.credit ? [exercise.credit] : []),
        ...[...exercise.full, ...exercise.short].flatMap((step) => [
          step.title,
          step.instruction,
          ...(step.breath?.phases.map((phase) => phase.cue) ?? []),
        ]),
      ];
      for (const text of texts) {
        expect(text.key).toMatch(/^exercises\./);
        // A key missing from the catalogue is worded as itself.
        expect(say(text)).not.toMatch(/exercises\.|\{\{/);
      }
    }
  });

  it.each(EXERCISES.map((exercise) => [say(exercise.name), exercise] as const))(
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
          expect(say(step.title).trim()).not.toBe('');
          expect(say(step.instruction).trim()).not.toBe('');
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
        expect(exercise.cautions.map(say).join(' ')).toMatch(
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

  it('ends each stretch with its care, and offers the kind phrases by key', () => {
    const stretch = EXERCISES.find((e) => e.id === 'seated-stretch')!;
    expect(say(stretch.full[0]!.instruction)).toBe(
      'Let your left ear drop toward your left shoulder. Keep the shoulders low. Gently, never into pain.',
    );
    expect(say(stretch.full.at(-1)!.instruction)).toBe('Sit back, feet on the floor, and notice what feels looser.');
    expect(KIND_PHRASES.map((key) => englishWords.t(key))).toEqual([
      'This is hard, and I am doing my best.',
      'I can care for them without carrying all of it.',
      'I am allowed to be gentle with myself right now.',
      'I have done enough for this hour.',
    ]);
  });

  it('credits the practices it adapts', () => {
    expect(say(EXERCISES.find((e) => e.id === 'hand-on-heart')!.credit!)).toMatch(/Kristin Neff/);
  });
});
