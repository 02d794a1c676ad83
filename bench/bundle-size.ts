import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGES, type Language } from '../app/shared/i18n/languages';
import { result, type BenchResult } from './results';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

/**
 * The JavaScript the prompt window loads before it can show anything: its entry and static imports,
 * and the messages of the language it speaks (each language apart), not other lazy chunks.
 */
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
  let entryKb = 0;
  for (const key of staticClosure('index.html')) {
    const chunk = manifest[key]!;
    if (chunk.file.endsWith('.js')) entryKb += await gzipKb(chunk.file);
  }
  // The window loads its entry, then the one language the core chose: each language is measured on top of the entry.
  const entryFiles = new Set([...staticClosure('index.html')].map((key) => manifest[key]!.file));
  const languageKb = new Map<Language, number>();
  for (const language of LANGUAGES) {
    const key = Object.keys(manifest).find((name) => name.endsWith(`i18n/locales/${language}/index.ts`));
    if (!key) {
      languageKb.set(language, Number.NaN);
      continue;
    }
    let kb = 0;
    for (const part of staticClosure(key)) {
      const file = manifest[part]!.file;
      if (file.endsWith('.js') && !entryFiles.has(file)) kb += await gzipKb(file);
    }
    languageKb.set(language, kb);
  }
  const promptKb = Math.max(...languageKb.values()) + entryKb;
  // Only the active language loads: no language's messages are in what every window loads first.
  const languagesInEntry = [...staticClosure('index.html')].filter((key) =>
    /i18n\/locales\/\w+\/index\.ts$/.test(key),
  ).length;
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
    // The largest of the languages below: the window's entry and its language's messages.
    result('renderer.prompt_and_exercise_js_gzip', promptKb, 'KB', 150),
    ...LANGUAGES.map((language) =>
      result(`renderer.prompt_and_exercise_js_gzip.${language}`, entryKb + languageKb.get(language)!, 'KB', 150),
    ),
    result('renderer.prompt_languages_loaded_before_choice', languagesInEntry, 'catalogues', 0),
    result('renderer.dashboard_chunk_js_gzip', dashboardKb, 'KB', null),
    result('renderer.patterns_view_js_gzip', patternsKb, 'KB', 80),
    result('renderer.prompt_files_with_chart_code', chartCodeInPrompt, 'files', 0),
  ];
}
