import type { Illustration as IllustrationName } from '../../../app/shared/exercises';

// Our own line drawings, inlined so they take the theme's colour (they draw in currentColor).
const drawings = import.meta.glob<string>('../../../assets/exercises/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function drawing(name: IllustrationName): string | undefined {
  return drawings[`../../../assets/exercises/${name}.svg`];
}

/** Decorative: the step's title and instruction say the same in words. */
export function Illustration({ name, mirrored = false }: { name: IllustrationName; mirrored?: boolean }) {
  const svg = drawing(name);
  if (!svg) return null;
  return (
    <div
      className={mirrored ? 'illustration mirrored' : 'illustration'}
      aria-hidden="true"
      data-testid="illustration"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
