import type { BreathPattern, BreathPhase, ExerciseStep } from '../../../app/shared/exercises';

export interface StepPosition {
  index: number;
  step: ExerciseStep;
  startMs: number;
  elapsedInStepMs: number;
  remainingInStepMs: number;
}

/** Which step a moment of the exercise falls in. */
export function stepAt(steps: readonly ExerciseStep[], elapsedMs: number): StepPosition {
  let startMs = 0;
  for (const [index, step] of steps.entries()) {
    const lengthMs = step.seconds * 1000;
    if (elapsedMs < startMs + lengthMs || index === steps.length - 1) {
      const elapsedInStepMs = Math.min(lengthMs, Math.max(0, elapsedMs - startMs));
      return { index, step, startMs, elapsedInStepMs, remainingInStepMs: lengthMs - elapsedInStepMs };
    }
    startMs += lengthMs;
  }
  throw new Error('An exercise has no steps');
}

/** Where each step starts, for skipping forward and back. */
export function stepStarts(steps: readonly ExerciseStep[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const step of steps) {
    starts.push(at);
    at += step.seconds * 1000;
  }
  return starts;
}

export interface PhasePosition {
  phase: BreathPhase;
  /** Counts every phase since the step began, so each change of phase gives a new number. */
  sequence: number;
  elapsedInPhaseMs: number;
  remainingInPhaseMs: number;
}

export function cycleLengthMs(pattern: BreathPattern): number {
  return pattern.phases.reduce((total, phase) => total + phase.seconds * 1000, 0);
}

/** Where in a breath pattern a moment of its step falls; null once its cycles are done (natural breathing). */
export function phaseAt(pattern: BreathPattern, elapsedMs: number): PhasePosition | null {
  const cycle = cycleLengthMs(pattern);
  const cycles = Math.floor(Math.max(0, elapsedMs) / cycle);
  if (pattern.maxCycles !== undefined && cycles >= pattern.maxCycles) return null;
  let offset = Math.max(0, elapsedMs) - cycles * cycle;
  for (const [index, phase] of pattern.phases.entries()) {
    const lengthMs = phase.seconds * 1000;
    if (offset < lengthMs) {
      return {
        phase,
        sequence: cycles * pattern.phases.length + index,
        elapsedInPhaseMs: offset,
        remainingInPhaseMs: lengthMs - offset,
      };
    }
    offset -= lengthMs;
  }
  throw new Error('A breath pattern has no phases');
}
