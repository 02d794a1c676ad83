/** Writes the generated calendar fixtures to tests/fixtures/generated/ (git-ignored) for inspecting and benchmarking. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES } from '../tests/fixtures/calendars';

const directory = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'generated');
await mkdir(directory, { recursive: true });
for (const [name, make] of Object.entries(FIXTURES)) {
  const text = make();
  await writeFile(join(directory, name), text);
  console.log(`${name.padEnd(28)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} KB`);
}
