import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { result, type BenchResult } from './results';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

/** The JavaScript the prompt window loads before it can show anything: its entry and static imports, not lazy chunks. */
export async function measureBundle(rendererDirectory: string): Promise<BenchResult[]> {
  const manifest = JSON.parse(await readFile(join(rendererDirectory, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const gzipKb = async (file: string) =>
    gzipSync(await readFile(join(rendererDirectory, file)), { level: 9 }).length / 1024;
  const staticClosure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) staticClosure(next, seen);
    return seen;
  };
  let promptKb = 0;
  for (const key of staticClosure('index.html')) {
    const chunk = manifest[key]!;
    if (chunk.file.endsWith('.js')) promptKb += await gzipKb(chunk.file);
  }
  const dashboardKey = Object.keys(manifest).find((key) => key.includes('dashboard/Dashboard'));
  const dashboardKb = dashboardKey ? await gzipKb(manifest[dashboardKey]!.file) : Number.NaN;
  return [
    result('renderer.prompt_and_exercise_js_gzip', promptKb, 'KB', 150),
    result('renderer.dashboard_chunk_js_gzip', dashboardKb, 'KB', null),
  ];
}
