export interface BreathPhase {
  id: 'in' | 'out';
  /** Words shown and announced at the start of the phase. */
  cue: string;
  durationMs: number;
  /** Pacer size at the end of the phase, 0..1. */
  fullness: number;
}

export interface BreathPattern {
  name: string;
  phases: readonly BreathPhase[];
}

/** About 5.5 breaths a minute, breathing lightly rather than deeply. */
export const RESONANCE_BREATHING: BreathPattern = {
  name: 'Resonance breathing',
  phases: [
    { id: 'in', cue: 'Breathe in', durationMs: 4_500, fullness: 1 },
    { id: 'out', cue: 'Breathe out', durationMs: 6_500, fullness: 0 },
  ],
};

export interface PhasePosition {
  phase: BreathPhase;
  /** Counts every phase since the start, so each change of phase gives a new number. */
  sequence: number;
  elapsedInPhaseMs: number;
  remainingInPhaseMs: number;
}

export function cycleLengthMs(pattern: BreathPattern): number {
  return pattern.phases.reduce((total, phase) => total + phase.durationMs, 0);
}

/** Where in the pattern a given moment of the exercise falls. */
export function phaseAt(pattern: BreathPattern, elapsedMs: number): PhasePosition {
  const cycle = cycleLengthMs(pattern);
  const cycles = Math.floor(Math.max(0, elapsedMs) / cycle);
  let offset = Math.max(0, elapsedMs) - cycles * cycle;
  for (const [index, phase] of pattern.phases.entries()) {
    if (offset < phase.durationMs) {
      return {
        phase,
        sequence: cycles * pattern.phases.length + index,
        elapsedInPhaseMs: offset,
        remainingInPhaseMs: phase.durationMs - offset,
      };
    }
    offset -= phase.durationMs;
  }
  throw new Error('Breath pattern has no phases');
}
