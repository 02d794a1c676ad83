import { writeFile } from 'node:fs/promises';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The most the figure may be (or, for a speed-up, the least); null for information only. */
  budget: number | null;
  within: boolean;
}

export function result(
  name: string,
  value: number,
  unit: string,
  budget: number | null,
  kind: 'at-most' | 'at-least' = 'at-most',
): BenchResult {
  const within = budget === null || (kind === 'at-most' ? value <= budget : value >= budget);
  return { name, value: Number(value.toFixed(2)), unit, budget, within };
}

export async function report(results: BenchResult[], file: string): Promise<void> {
  const rows = results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.budget === null ? '—' : `${r.unit === '×' ? '≥' : '≤'} ${r.budget} ${r.unit}`,
    r.within ? 'yes' : 'NO',
  ]);
  const header = ['figure', 'value', 'budget', 'within'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
}
