// File I/O for the committed snapshot (content/data/). No network here.
import { mkdir, readFile, rename, writeFile, rm } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { ManifestSchema, type Manifest } from './manifest.ts';
import type { Observation } from './observation.ts';
import { seriesFromCsv, seriesToCsv, type Snapshot } from './snapshot.ts';

export const MANIFEST_FILE = 'manifest.json';

/** Reads and checks the whole snapshot. Errors name the file and say what to do. */
export async function readSnapshot(dir: string): Promise<Snapshot> {
  const manifestPath = join(dir, MANIFEST_FILE);
  let raw: string;
  try {
    raw = await readFile(manifestPath, 'utf8');
  } catch {
    throw new Error(`snapshot: no manifest at ${manifestPath}. Run \`npm run import-snapshot -- ../shared/data\` to create one.`);
  }
  const parsed = ManifestSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`snapshot: ${manifestPath} is not a valid manifest: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const manifest = parsed.data;
  const series = new Map<string, readonly Observation[]>();
  for (const meta of manifest.series) {
    const path = join(dir, meta.file);
    series.set(meta.id, seriesFromCsv(await readFile(path, 'utf8'), meta, path));
  }
  return { manifest, series };
}

/**
 * Writes the snapshot in two phases: every changed file goes to a temp file first; only when
 * all of them are on disk are they renamed over the old ones, manifest last. A failure while
 * writing leaves every old file untouched and removes the temp files. `only` limits the
 * series files rewritten (the manifest is always rewritten).
 */
export async function writeSnapshot(dir: string, snapshot: Snapshot, only?: ReadonlySet<string>): Promise<void> {
  const files: [path: string, text: string][] = [];
  for (const meta of snapshot.manifest.series) {
    if (only && !only.has(meta.id)) continue;
    const obs = snapshot.series.get(meta.id);
    if (!obs) throw new Error(`snapshot: manifest lists ${meta.id} but no observations were given`);
    files.push([join(dir, meta.file), seriesToCsv(obs)]);
  }
  files.push([join(dir, MANIFEST_FILE), `${JSON.stringify(snapshot.manifest, null, 2)}\n`]);
  const staged: [tmp: string, path: string][] = [];
  try {
    for (const [path, text] of files) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      staged.push([tmp, path]);
      await writeFile(tmp, text, 'utf8');
    }
  } catch (err) {
    await Promise.all(staged.map(([tmp]) => rm(tmp, { force: true, recursive: true })));
    throw new Error(`snapshot: could not write ${dir} (${(err as Error).message}); the previous snapshot is unchanged`);
  }
  for (const [tmp, path] of staged) await rename(tmp, path);
}

export type { Manifest };
