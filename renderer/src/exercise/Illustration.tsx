import { createElement, type FunctionComponent, type SVGProps } from 'react';
import type { Illustration as IllustrationName } from '../../../app/shared/exercises';

// Our own line drawings, as components (svgr, at build time), so they take the theme's colour
// (they draw in currentColor) without an HTML string ever being set: the windows run under Trusted Types.
const drawings = import.meta.glob<FunctionComponent<SVGProps<SVGSVGElement>>>('../../../assets/exercises/*.svg', {
  query: '?react',
  import: 'default',
  eager: true,
});

function drawing(name: IllustrationName): FunctionComponent<SVGProps<SVGSVGElement>> | undefined {
  return drawings[`../../../assets/exercises/${name}.svg`];
}

/** Decorative: the step's title and instruction say the same in words. */
export function Illustration({ name, mirrored = false }: { name: IllustrationName; mirrored?: boolean }) {
  const Drawing = drawing(name);
  if (!Drawing) return null;
  return (
    <div className={mirrored ? 'illustration mirrored' : 'illustration'} aria-hidden="true" data-testid="illustration">
      {/* A drawing chosen from a fixed set made at load time, not a component made here. */}
      {createElement(Drawing)}
    </div>
  );
}
