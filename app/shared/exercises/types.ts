import type { ExerciseId } from '../domain';
import { message, type Message } from '../i18n/message';

/** One phase of a breath: what the pacer does and what the cue says. */
export interface BreathPhase {
  kind: 'in' | 'top-up' | 'hold' | 'out';
  /** Words shown and announced at the start of the phase. */
  cue: Message;
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
  title: Message;
  /** One or two calm sentences, read at a glance. */
  instruction: Message;
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
  /** `exercises.<id>.name`, the key the tray uses too. */
  name: Message;
  /** One line: what it is for. */
  purpose: Message;
  /** Breath work, which a user can hide entirely. */
  breathWork: boolean;
  cautions: readonly Message[];
  /** Where it adapts a known practice. */
  credit?: Message;
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
export const HOLD_CAUTIONS: readonly Message[] = [
  message('exercises.cautions.dizzyOrTingly'),
  message('exercises.cautions.skipTheHolds'),
];

export const BREATH_CAUTION: Message = message('exercises.cautions.breatheGently');
