import { execFileSync } from 'node:child_process';

/**
 * Vitest's global setup for the tooling tests: the app built once into out/, as `npm run dist`
 * builds it, for every test of what ships (the asar's contents, electronegativity's scan).
 */
export default function buildApp(): void {
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'ignore' });
}
