import { useLayoutEffect, useRef } from 'react';
import type { PhasePosition } from './timeline';

const EMPTY_SCALE = 0.55;
const FULL_SCALE = 1;

interface PacerProps {
  position: PhasePosition;
  paused: boolean;
}

/**
 * One breathing orb for every pattern. Each phase is one CSS transform transition, started at
 * the phase change with the time left in that phase (from the player's one clock), so the
 * compositor animates it, no layout happens per frame, and it cannot drift from the countdown.
 * A hold is a phase whose target is where the orb already is.
 */
export function Pacer({ position, paused }: PacerProps) {
  const orb = useRef<HTMLDivElement>(null);
  const target = EMPTY_SCALE + (FULL_SCALE - EMPTY_SCALE) * position.phase.fullness;

  useLayoutEffect(() => {
    const element = orb.current;
    if (!element) return;
    // Reading the computed transform commits the current size, so the transition below starts
    // from where the orb is now (on first mount, from empty) rather than jumping to the target.
    const current = getComputedStyle(element).transform;
    if (paused) {
      element.style.transition = 'none';
      element.style.transform = current === 'none' ? `scale(${EMPTY_SCALE})` : current;
      return;
    }
    const ms = Math.round(position.remainingInPhaseMs);
    element.style.transition = `transform ${ms}ms cubic-bezier(0.37, 0, 0.63, 1), opacity ${ms}ms ease-in-out`;
    element.style.transform = `scale(${target})`;
    element.style.opacity = position.phase.fullness > 0.5 ? '1' : '0.72';
    // Only a new phase or a pause/resume restarts the transition; ticks inside a phase do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [position.sequence, paused]);

  return (
    <div className="pacer" aria-hidden="true">
      <div className="pacer-ring" />
      <div ref={orb} className="pacer-orb" data-phase={position.phase.kind} />
    </div>
  );
}
