// Cuts a snapshot at a date into a frozen test fixture (same format as content/data).
// Usage: npm run fixture:cut -- <source dir> <cut date YYYY-MM-DD> <out dir>
//   e.g. npm run fixture:cut -- content/data 2025-11-20 tests/fixtures/snapshot
// Deterministic: the same source and date always give byte-identical files, so the fixture and
// the goldens built on it change only when someone re-cuts on purpose.
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SeriesMeta } from '../src/snapshot/manifest.ts';
import { isIsoDate } from '../src/core/dates.ts';
import type { Observation } from '../src/core/observation.ts';
import { extentOf, Snapshot } from '../src/snapshot/snapshot.ts';
import { readSnapshot, writeSnapshot, MANIFEST_FILE } from '../src/snapshot/store.ts';
import { REVISIONS_FILE } from '../src/snapshot/vintages.ts';
import { vintageAt } from '../src/metrics/vintage.ts';

/**
 * The snapshot as a refresh on `cut` would have left it: only observations dated <= cut, series
 * with none left dropped, extents recomputed, every series fresh (a failure recorded later had
 * not happened yet) and only revisions recorded by then: each value as known on `cut` (a later
 * revision undone), the vintage store holding only what was known by then.
 */
export function cutSnapshot(snap: Snapshot, cut: string): { snapshot: Snapshot; dropped: string[] } {
  const known = vintageAt(snap, cut);
  const series = new Map<string, readonly Observation[]>();
  const metas: SeriesMeta[] = [];
  const dropped: string[] = [];
  for (const meta of snap.manifest.series) {
    const obs = (known.series.get(meta.id) ?? []).filter((o) => o.date <= cut);
    if (obs.length === 0) {
      dropped.push(meta.id);
      continue;
    }
    series.set(meta.id, obs);
    metas.push({ ...meta, ...extentOf(obs), status: 'ok', staleReason: null, lastSuccess: `${cut}T22:00:00.000Z` });
  }
  const revisions = snap.manifest.revisions.filter((r) => r.date <= cut && r.recorded.slice(0, 10) <= cut);
  const superseded = (snap.superseded ?? []).filter((r) => r.until <= cut && r.date <= cut && series.has(r.series));
  const { vintages: _written, ...manifest } = snap.manifest; // writeSnapshot records the store again when rows remain
  return { snapshot: new Snapshot({ manifest: { ...manifest, series: metas, revisions }, series, superseded }), dropped };
}

const readme = (snap: Snapshot, cut: string) => `# Frozen test snapshot (cut at ${cut})

Real data from the committed snapshot, cut at ${cut} by \`scripts/cut-fixture.ts\`: every
observation dated on or before ${cut}, nothing after; the manifest's extents recomputed and every
series marked fresh as of that day. Same format as \`content/data/\` (see its README).

Value tests and golden outputs (\`tests/golden/\`) run on this folder, never on \`content/data/\`,
so a daily data commit cannot change them. Do not edit by hand; re-cut and regenerate:

    npm run fixture:cut -- content/data ${cut} tests/fixtures/snapshot
    UPDATE_GOLDEN=1 npx vitest run tests/golden

| series | rows | first | last |
|---|---|---|---|
${snap.manifest.series.map((m) => `| ${m.id} | ${m.rows} | ${m.first} | ${m.last} |`).join('\n')}
`;

async function main(argv: string[]): Promise<void> {
  const [src, cut, out] = argv;
  if (!src || !cut || !out || !isIsoDate(cut)) {
    throw new Error('usage: npm run fixture:cut -- <source dir> <cut date YYYY-MM-DD> <out dir>\n' +
      '  e.g. npm run fixture:cut -- content/data 2025-11-20 tests/fixtures/snapshot');
  }
  const outDir = resolve(out);
  if (outDir === resolve(src)) throw new Error('fixture:cut: the out dir must differ from the source dir');
  const { snapshot, dropped } = cutSnapshot(await readSnapshot(resolve(src)), cut);
  // Start clean, so a series dropped from the source does not linger in the fixture.
  await rm(join(outDir, 'series'), { recursive: true, force: true });
  await rm(join(outDir, MANIFEST_FILE), { force: true });
  await rm(join(outDir, REVISIONS_FILE), { force: true });
  await writeSnapshot(outDir, snapshot);
  await writeFile(join(outDir, 'README.md'), readme(snapshot, cut), 'utf8');
  for (const m of snapshot.manifest.series) console.log(`  ${m.id.padEnd(14)} ${String(m.rows).padStart(5)} rows  ${m.first} … ${m.last}`);
  if (dropped.length) console.log(`  (no data on or before ${cut}, left out: ${dropped.join(', ')})`);
  const files = await readdir(join(outDir, 'series'));
  console.log(`fixture:cut: wrote ${files.length} series cut at ${cut} to ${out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
