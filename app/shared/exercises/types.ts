import type { ExerciseId } from '../domain';

/** One phase of a breath: what the pacer does and what the cue says. */
export interface BreathPhase {
  kind: 'in' | 'top-up' | 'hold' | 'out';
  /** Words shown and announced at the start of the phase. */
  cue: string;
  seconds: number;
  /** Pacer size at the end of the phase, 0 (empty) to 1 (full). */
  fullness: number;
}

export interface BreathPattern {
  phases: readonly BreathPhase[];
  /** Stop pacing after this many cycles (the rest of the step is natural breathing). */
  maxCycles?: number;
}

/** The drawings in assets/exercises/, by file name. */
export type Illustration =
  | 'stretch-neck-tilt'
  | 'stretch-chin-tuck'
  | 'stretch-shoulder-rolls'
  | 'stretch-arm-across'
  | 'stretch-wrist-flexor'
  | 'stretch-wrist-extensor'
  | 'stretch-finger-spread'
  | 'step-outside'
  | 'hand-on-heart';

export interface ExerciseStep {
  /** Stable within the exercise; the player's keys and tests use it. */
  id: string;
  title: string;
  /** One or two calm sentences, read at a glance. */
  instruction: string;
  seconds: number;
  /** Breath work: the pacer runs this pattern for the step. */
  breath?: BreathPattern;
  illustration?: Illustration;
  /** Show the drawing mirrored: the same pose on the other side. */
  mirrored?: boolean;
  /** The step asks the user for their own kind phrase. */
  asksForPhrase?: boolean;
  /** This step takes up whatever time the chosen length leaves, so one exercise fits any reset length. */
  fills?: boolean;
}

export interface Exercise {
  id: ExerciseId;
  name: string;
  /** One line: what it is for. */
  purpose: string;
  /** Breath work, which a user can hide entirely. */
  breathWork: boolean;
  cautions: readonly string[];
  /** Where it adapts a known practice. */
  credit?: string;
  /** Whether the phase tone fits (not in silence). */
  audio: 'cues' | 'closing-chime-only';
  /** Three minutes by default. */
  full: readonly ExerciseStep[];
  /** Sixty seconds, for short gaps. */
  short: readonly ExerciseStep[];
}

export const FULL_SECONDS = 180;
export const SHORT_SECONDS = 60;

/** For breath work with holds. */
export const HOLD_CAUTIONS = [
  'Stop and breathe normally if you feel dizzy or tingly.',
  'Skip the holds if you are pregnant or have a heart or lung condition, or a history of fainting.',
] as const;

export const BREATH_CAUTION = 'Breathe gently; there is no need to fill your lungs.';
