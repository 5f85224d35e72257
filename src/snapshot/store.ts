// File I/O for the committed snapshot (content/data/). No network here.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSeriesId, seriesDef } from '../catalog/series.ts';
import { commitFiles, pendingCommit, STAGING_DIR, type CommitStep, type StagedFile } from './commit.ts';
import { ManifestSchema, type Manifest } from './manifest.ts';
import type { Observation } from '../core/observation.ts';
import { csvChecksum, seriesFromCsv, seriesToCsv, Snapshot, type SnapshotData } from './snapshot.ts';
import { REVISIONS_FILE, revisionsChecksum, revisionsFromCsv, revisionsToCsv, type Superseded } from './vintages.ts';

export const MANIFEST_FILE = 'manifest.json';

export interface ReadOptions {
  /** Where notes about a leftover interrupted update go (default: stderr). */
  readonly log?: (line: string) => void;
}

/** "series[3] (SOFR).lastSuccess" for a zod issue path: the field, and the series it belongs to. */
function fieldName(path: readonly PropertyKey[], raw: unknown): string {
  const [head, index, ...rest] = path;
  if (head === 'series' && typeof index === 'number') {
    const id = (raw as { series?: { id?: unknown }[] }).series?.[index]?.id;
    const named = typeof id === 'string' ? ` (${id})` : '';
    return [`series[${index}]${named}`, ...rest.map(String)].join('.');
  }
  return path.map(String).join('.') || '(top level)';
}

/**
 * Reads and checks the whole snapshot: the manifest against its schema, every series file against
 * the validator fresh data passes (order, duplicates, bounds), its manifest extent and checksum.
 * Errors name the file (and field or line) and say what to do. A committed but unfinished update
 * is read as committed; an uncommitted one is ignored (`commit.ts`); either is noted in the log.
 */
export async function readSnapshot(dir: string, opts: ReadOptions = {}): Promise<Snapshot> {
  const log = opts.log ?? ((line: string) => console.warn(line));
  const pending = await pendingCommit(dir);
  if (pending.note) log(pending.note);
  /** A file as committed: the staged copy while a committed update still has it staged. */
  const readCommitted = async (path: string): Promise<{ text: string; origin: string }> => {
    if (pending.staged.has(path)) {
      const staged = join(dir, STAGING_DIR, path);
      try {
        return { text: await readFile(staged, 'utf8'), origin: staged };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err; // ENOENT: moved into place meanwhile
      }
    }
    const origin = join(dir, path);
    return { text: await readFile(origin, 'utf8'), origin };
  };

  const manifestPath = join(dir, MANIFEST_FILE);
  let manifestText: { text: string; origin: string };
  try {
    manifestText = await readCommitted(MANIFEST_FILE);
  } catch {
    throw new Error(`snapshot: no manifest at ${manifestPath}. Run \`npm run import-snapshot -- ../shared/data\` to create one.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(manifestText.text);
  } catch (err) {
    throw new Error(`snapshot: ${manifestText.origin} is not valid JSON (${(err as Error).message}). ` +
      'Restore it from git or fix the syntax at the place named.');
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`snapshot: ${manifestText.origin} is not a valid manifest: field ${fieldName(issue?.path ?? [], raw)}: ` +
      `${issue?.message}. Fix that field (content/data/README.md describes each) or restore the file from git.`);
  }
  const manifest = parsed.data;
  const series = new Map<string, readonly Observation[]>();
  for (const [i, meta] of manifest.series.entries()) {
    if (!isSeriesId(meta.id)) {
      throw new Error(`snapshot: ${manifestText.origin}: field series[${i}].id: "${meta.id}" is not a series of the catalog ` +
        '(src/catalog/series.ts); remove the entry or add the series to the catalog');
    }
    const file = await readCommitted(meta.file).catch((err: NodeJS.ErrnoException) => {
      throw new Error(`snapshot: ${join(dir, meta.file)}, listed in the manifest for ${meta.id}, cannot be read ` +
        `(${err.code ?? err.message}); restore it from git`);
    });
    series.set(meta.id, seriesFromCsv(file.text, meta, file.origin, seriesDef(meta.id)));
  }
  let superseded: Superseded[] = [];
  if (manifest.vintages) {
    const entry = manifest.vintages;
    const file = await readCommitted(entry.file).catch((err: NodeJS.ErrnoException) => {
      throw new Error(`snapshot: ${join(dir, entry.file)}, the vintage store listed in the manifest, cannot be read ` +
        `(${err.code ?? err.message}); restore it from git`);
    });
    const sum = revisionsChecksum(file.text);
    if (sum !== entry.sha256) {
      throw new Error(`snapshot: ${file.origin}: the file's sha256 is ${sum} but the manifest records ${entry.sha256}: it was ` +
        'changed outside `npm run update`; restore it from git');
    }
    superseded = revisionsFromCsv(file.text, file.origin, series, (id) => (isSeriesId(id) ? seriesDef(id) : undefined));
    if (superseded.length !== entry.rows) {
      throw new Error(`snapshot: ${file.origin} holds ${superseded.length} rows but the manifest says ${entry.rows}; restore it from git`);
    }
  }
  return new Snapshot({ manifest, series, superseded });
}

export interface WriteOptions {
  /** Crash tests only: called after each step of the commit (`commit.ts`). */
  readonly afterStep?: CommitStep;
}

/**
 * Writes the snapshot all-or-nothing, crash included (`commit.ts`: staging, journal, renames,
 * manifest last). The manifest records the sha256 of every file written. `only` limits the
 * series files rewritten (the manifest is always rewritten). The caller holds the lock
 * (`lock.ts`) and has recovered the folder (`recoverCommit`).
 */
export async function writeSnapshot(dir: string, snapshot: SnapshotData, only?: ReadonlySet<string>, opts: WriteOptions = {}): Promise<void> {
  const files: StagedFile[] = [];
  const series = snapshot.manifest.series.map((meta) => {
    if (only && !only.has(meta.id)) return meta;
    const obs = snapshot.series.get(meta.id);
    if (!obs) throw new Error(`snapshot: manifest lists ${meta.id} but no observations were given`);
    const text = seriesToCsv(obs);
    files.push({ path: meta.file, text });
    return { ...meta, sha256: csvChecksum(text) };
  });
  // The vintage store is written from the first revision on; before that the snapshot has no such file.
  const superseded = snapshot.superseded ?? [];
  let vintages = snapshot.manifest.vintages;
  if (superseded.length > 0) {
    const text = revisionsToCsv(superseded);
    files.push({ path: REVISIONS_FILE, text });
    vintages = { file: REVISIONS_FILE, rows: superseded.length, sha256: revisionsChecksum(text) };
  } else if (vintages) {
    throw new Error('snapshot: the manifest lists a vintage store but no superseded values were given; an update never drops a revision');
  }
  const manifest: Manifest = { ...snapshot.manifest, series, ...(vintages ? { vintages } : {}) };
  files.push({ path: MANIFEST_FILE, text: `${JSON.stringify(manifest, null, 2)}\n` });
  await commitFiles(dir, files, opts.afterStep);
}

export type { Manifest };
