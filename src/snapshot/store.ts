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

/** Writes `text` to `path` through a temp file and a rename, so readers never see half a file. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Writes every series file, then the manifest last: an interrupted run leaves the old manifest,
 * whose row counts no longer match, and readSnapshot then refuses the snapshot loudly.
 */
export async function writeSnapshot(dir: string, snapshot: Snapshot): Promise<void> {
  for (const meta of snapshot.manifest.series) {
    const obs = snapshot.series.get(meta.id);
    if (!obs) throw new Error(`snapshot: manifest lists ${meta.id} but no observations were given`);
    await writeFileAtomic(join(dir, meta.file), seriesToCsv(obs));
  }
  await writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(snapshot.manifest, null, 2)}\n`);
}

export type { Manifest };
