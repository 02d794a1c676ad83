import { join } from 'node:path';

/**
 * Where the end-to-end run saves its screenshots. An ordinary run (`npm test`) writes to the
 * ignored test-results/ folder, so a clean checkout stays clean; `npm run screenshots` refreshes
 * the README's images in docs/screenshots on purpose.
 */
export const screenshotDirectory =
  process.env.npm_lifecycle_event === 'screenshots' ? 'docs/screenshots' : 'test-results/screenshots';

export function screenshotPath(fileName: string): string {
  return join(screenshotDirectory, fileName);
}
