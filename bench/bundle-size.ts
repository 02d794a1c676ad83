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
  // Patterns: its own chunk and whatever only it imports (d3), loaded when the view is opened.
  const patternsKey = Object.keys(manifest).find((key) => key.includes('patterns/PatternsView'));
  const promptFiles = new Set([...staticClosure('index.html')].map((key) => manifest[key]!.file));
  let patternsKb = Number.NaN;
  if (patternsKey) {
    patternsKb = 0;
    for (const key of staticClosure(patternsKey)) {
      const file = manifest[key]!.file;
      if (file.endsWith('.js') && !promptFiles.has(file)) patternsKb += await gzipKb(file);
    }
  }
  // No chart code in the prompt window: d3's scale and path code must not be in what it loads.
  let chartCodeInPrompt = 0;
  for (const file of promptFiles) {
    if (!file.endsWith('.js')) continue;
    const text = await readFile(join(rendererDirectory, file), 'utf8');
    if (text.includes('scaleBand') || text.includes('d3-shape') || /\bcurveLinear\b/.test(text)) chartCodeInPrompt += 1;
  }
  return [
    result('renderer.prompt_and_exercise_js_gzip', promptKb, 'KB', 150),
    result('renderer.dashboard_chunk_js_gzip', dashboardKb, 'KB', null),
    result('renderer.patterns_view_js_gzip', patternsKb, 'KB', 80),
    result('renderer.prompt_files_with_chart_code', chartCodeInPrompt, 'files', 0),
  ];
}
