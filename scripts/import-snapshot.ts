// Imports an offline data folder (default ../shared/data) into the committed snapshot.
// Usage: npm run import-snapshot -- [data-dir] [--out content/data]
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SHARED_DATA_PLAN, importSeries } from '../src/snapshot/import.ts';
import { SNAPSHOT_FORMAT, type Manifest } from '../src/snapshot/manifest.ts';
import type { Observation } from '../src/snapshot/observation.ts';
import { writeSnapshot } from '../src/snapshot/store.ts';

const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const outDir = resolve(outIdx >= 0 ? (args[outIdx + 1] ?? 'content/data') : 'content/data');
const dataDir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out') ?? '../shared/data');

const now = new Date();
const retrieved = now.toISOString().slice(0, 10);
const manifest: Manifest = { format: SNAPSHOT_FORMAT, series: [], revisions: [] };
const series = new Map<string, readonly Observation[]>();

console.log(`import-snapshot: reading ${SHARED_DATA_PLAN.length} series from ${dataDir}`);
let failed = 0;
for (const [i, entry] of SHARED_DATA_PLAN.entries()) {
  const path = join(dataDir, entry.path);
  try {
    const { meta, obs } = importSeries(entry, await readFile(path, 'utf8'), path, retrieved, now.toISOString());
    manifest.series.push(meta);
    series.set(meta.id, obs);
    console.log(`  [${i + 1}/${SHARED_DATA_PLAN.length}] ${entry.id.padEnd(10)} ${String(meta.rows).padStart(5)} rows  ${meta.first} … ${meta.last}`);
  } catch (err) {
    failed++;
    console.error(`  [${i + 1}/${SHARED_DATA_PLAN.length}] ${entry.id}: FAILED: ${(err as Error).message}`);
  }
}
if (failed > 0) {
  console.error(`import-snapshot: ${failed} series failed; nothing was written. Fix the files named above and run again.`);
  process.exit(1);
}
await writeSnapshot(outDir, { manifest, series });
console.log(`import-snapshot: wrote ${manifest.series.length} series to ${outDir}`);
