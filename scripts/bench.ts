// Prints speed and size numbers for the build stages. Numbers only; no pass/fail.
// Usage: npm run bench  (run `npm run build` first for the dist size line)
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeFigures } from '../src/metrics/figures.ts';
import { computeTimeline } from '../src/metrics/timeline.ts';
import { rateRangeWindow } from '../src/metrics/windows.ts';
import { rateRangePlot } from '../src/charts/rateRange.ts';
import { renderPlot } from '../src/charts/render.ts';
import { buildEdition, editionDates, latestEditionDate } from '../src/site/edition.ts';
import { readSnapshot } from '../src/snapshot/store.ts';

const report = (label: string, ms: number, runs: number) =>
  console.log(`${label.padEnd(44)} ${ms.toFixed(3).padStart(9)} ms/run  (${runs} runs)`);

function time<T>(label: string, runs: number, fn: () => T): T {
  let out: T = fn(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) out = fn();
  report(label, (performance.now() - t0) / runs, runs);
  return out;
}

async function timeAsync(label: string, runs: number, fn: () => Promise<unknown>): Promise<void> {
  await fn(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  report(label, (performance.now() - t0) / runs, runs);
}

async function dirSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

const t0 = performance.now();
const snap = await readSnapshot('content/data');
console.log(`${'read + check snapshot'.padEnd(44)} ${(performance.now() - t0).toFixed(3).padStart(9)} ms`);
const asOf = latestEditionDate(snap);
const sofrDates = (snap.series.get('SOFR') ?? []).map((o) => o.date);
time('computeFigures, one as-of date', 5, () => computeFigures(snap, asOf));
time(`timeline, all ${sofrDates.length} edition dates (one pass)`, 3, () => computeTimeline(snap, editionDates(snap)));
time('computeFigures, 20 dates one by one', 3, () => sofrDates.slice(-20).map((d) => computeFigures(snap, d)));
const rows = time('rateRangeWindow (180 rows)', 500, () => rateRangeWindow(snap, asOf, 180));
const labels = { y: '%', sofr: 'SOFR', range: 'range', iorb: 'IORB', ariaLabel: 'a', ariaDescription: 'd' };
const svg = time('render rates chart to SVG', 50, () => renderPlot(rateRangePlot(rows, labels)));
console.log(`${'rates chart SVG size'.padEnd(44)} ${(svg.length / 1024).toFixed(1).padStart(9)} KiB`);
await timeAsync('buildEdition zh (template + 2 charts + tables)', 20, () => buildEdition('zh'));
await timeAsync('buildEdition en, 2025-11-05', 20, () => buildEdition('en', '2025-11-05'));
const snapSize = await dirSize('content/data');
console.log(`${'snapshot on disk'.padEnd(44)} ${(snapSize.bytes / 1024).toFixed(0).padStart(9)} KiB in ${snapSize.files} files`);
try {
  const dist = await dirSize('dist');
  console.log(`${'dist/ (last build)'.padEnd(44)} ${(dist.bytes / 1024).toFixed(0).padStart(9)} KiB in ${dist.files} files`);
} catch {
  console.log('dist/ not built; run `npm run build` for its size');
}
