// Imports an offline data folder (default ../shared/data) into the committed snapshot, reading
// every file through the live update's parsers (see src/snapshot/import.ts).
// Usage: npm run import-snapshot -- [data-dir] [--out content/data]
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SHARED_DATA_PLAN, importGroup, type ImportedSeries } from '../src/snapshot/import.ts';
import { SNAPSHOT_FORMAT, type Manifest } from '../src/snapshot/manifest.ts';
import type { Observation } from '../src/core/observation.ts';
import { recoverCommit } from '../src/snapshot/commit.ts';
import { lockSnapshot, LockError } from '../src/snapshot/lock.ts';
import { writeSnapshot } from '../src/snapshot/store.ts';

const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const outDir = resolve(outIdx >= 0 ? (args[outIdx + 1] ?? 'content/data') : 'content/data');
const dataDir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out') ?? '../shared/data');

const now = new Date();
const retrieved = now.toISOString().slice(0, 10);
const manifest: Manifest = { format: SNAPSHOT_FORMAT, series: [], revisions: [] };
const series = new Map<string, readonly Observation[]>();
const total = SHARED_DATA_PLAN.length;

console.log(`import-snapshot: reading ${total} file groups from ${dataDir}`);
let failed = 0;
for (const [i, group] of SHARED_DATA_PLAN.entries()) {
  const step = `[${i + 1}/${total}] ${group.key}`;
  try {
    const files = await Promise.all(group.files.map(async (f) => {
      const origin = join(dataDir, f);
      return { origin, text: await readFile(origin, 'utf8') };
    }));
    const imported: ImportedSeries[] = importGroup(group, files, retrieved, now.toISOString());
    console.log(`  ${step} (${files.length} file${files.length === 1 ? '' : 's'})`);
    for (const { meta, obs } of imported) {
      manifest.series.push(meta);
      series.set(meta.id, obs);
      console.log(`      ${meta.id.padEnd(12)} ${String(meta.rows).padStart(5)} rows  ${meta.first} … ${meta.last}`);
    }
  } catch (err) {
    failed++;
    console.error(`  ${step}: FAILED: ${(err as Error).message}`);
  }
}
if (failed > 0) {
  console.error(`import-snapshot: ${failed} of ${total} groups failed; nothing was written. Fix the files named above and run again.`);
  process.exit(1);
}
// The same lock and recovery as `npm run update`: an import never interleaves with an update.
let lock: Awaited<ReturnType<typeof lockSnapshot>>;
try {
  lock = await lockSnapshot(outDir, (line) => console.log(line));
} catch (err) {
  if (!(err instanceof LockError)) throw err;
  console.error(`import-snapshot: ${err.message}`);
  process.exit(1);
}
try {
  const recovered = await recoverCommit(outDir);
  if (recovered) console.log(recovered);
  await writeSnapshot(outDir, { manifest, series }); // records each file's sha256 in the manifest
} finally {
  await lock.release();
}
console.log(`import-snapshot: wrote ${manifest.series.length} series to ${outDir}`);
