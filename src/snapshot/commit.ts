// Commits a new snapshot state so that a crash (kill -9, power cut) at any moment leaves either the
// old state or the new one, never a mix.
//
// Why a journal and not a directory swap: content/data is a git-tracked folder that also holds
// README.md, and a daily update rewrites a handful of its ~26 files. Swapping the folder means
// copying every unchanged file and two renames with a moment where content/data does not exist;
// renaming single files inside it is atomic on POSIX, so a journal that lists those renames is
// enough. The steps:
//   1. every new file is written into `.staging/` beside its target (same file system) and fsynced;
//   2. `.staging/journal.json` (the list of renames, manifest last) is written to a side name,
//      fsynced and renamed into place: its existence is the commit point;
//   3. each staged file is renamed over its target; the folders are fsynced;
//   4. `.staging/` is removed.
// A crash before 2 leaves `.staging/` without a journal: discarded, the old state stands. A crash
// after 2 leaves a complete journal: the next update rolls it forward (renames what is still
// staged), and the build reads the staged files in place of their targets without writing.
import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const STAGING_DIR = '.staging';
export const JOURNAL_FILE = 'journal.json';
const JOURNAL_FORMAT = 'usd-liquidity-snapshot-journal/1';

/** The only paths a journal may name: a snapshot's manifest, its series files and its vintage store. */
const SNAPSHOT_PATH = /^(manifest\.json|revisions\.csv|series\/[A-Za-z0-9_]+\.csv)$/;

export interface StagedFile {
  /** Path inside the snapshot folder, e.g. `series/SOFR.csv`. */
  readonly path: string;
  readonly text: string;
}

/** For crash tests: called after each step of a commit (see the steps above). */
export type CommitStep = (step: string) => void | Promise<void>;

async function writeSynced(path: string, text: string): Promise<void> {
  const fh = await open(path, 'w');
  try {
    await fh.writeFile(text, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** fsync a folder so the names created or renamed in it survive a power cut. */
async function syncDir(path: string): Promise<void> {
  const fh = await open(path, constants.O_RDONLY);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

const dirsOf = (root: string, paths: readonly string[]) => [...new Set(paths.map((p) => dirname(join(root, p))))];

/**
 * Writes `files` into `dir` all-or-nothing, crash included (steps in the header). Call it with the
 * folder recovered (`recoverCommit`): a leftover staging area is replaced. A failure before the
 * commit point removes the staging area and leaves every old file untouched.
 */
export async function commitFiles(dir: string, files: readonly StagedFile[], afterStep?: CommitStep): Promise<void> {
  const paths = files.map((f) => f.path);
  const bad = paths.find((p) => !SNAPSHOT_PATH.test(p));
  if (bad !== undefined) throw new Error(`snapshot: refusing to write "${bad}", which is not a snapshot file`);
  // The manifest goes last, so a reader never sees a manifest ahead of its files.
  const ordered = [...files].sort((a, b) => Number(a.path === 'manifest.json') - Number(b.path === 'manifest.json'));
  const staging = join(dir, STAGING_DIR);
  try {
    await rm(staging, { recursive: true, force: true });
    for (const d of dirsOf(staging, paths)) await mkdir(d, { recursive: true });
    for (const f of ordered) {
      await writeSynced(join(staging, f.path), f.text);
      await afterStep?.(`staged ${f.path}`);
    }
    for (const d of dirsOf(staging, paths)) await syncDir(d);
    const journal = `${JSON.stringify({ format: JOURNAL_FORMAT, renames: ordered.map((f) => f.path) }, null, 2)}\n`;
    await writeSynced(join(staging, `${JOURNAL_FILE}.part`), journal);
    await afterStep?.('journal written');
    await rename(join(staging, `${JOURNAL_FILE}.part`), join(staging, JOURNAL_FILE));
    await syncDir(staging);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`snapshot: could not write ${dir} (${(err as Error).message}); the previous snapshot is unchanged`);
  }
  await afterStep?.('journal committed');
  await applyJournal(dir, ordered.map((f) => f.path), afterStep);
}

/** Moves what is still staged into place, in journal order, then removes the staging area. */
async function applyJournal(dir: string, renames: readonly string[], afterStep?: CommitStep): Promise<number> {
  const staging = join(dir, STAGING_DIR);
  let moved = 0;
  for (const path of renames) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    try {
      await rename(join(staging, path), join(dir, path));
      moved++;
    } catch (err) {
      // Already moved by the run that crashed: the journal is replayed from the start.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    await afterStep?.(`renamed ${path}`);
  }
  for (const d of dirsOf(dir, renames)) await syncDir(d);
  await rm(staging, { recursive: true, force: true });
  await afterStep?.('staging removed');
  return moved;
}

/** The renames of a complete journal, undefined when there is none (no commit point reached). */
async function readJournal(dir: string): Promise<readonly string[] | undefined> {
  const path = join(dir, STAGING_DIR, JOURNAL_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  // The journal is renamed into place only when complete, so an unreadable one was damaged
  // from outside: nothing can tell which files are new; refuse rather than guess.
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const renames = (parsed as { format?: unknown; renames?: unknown } | undefined)?.renames;
  const ok = (parsed as { format?: unknown } | undefined)?.format === JOURNAL_FORMAT &&
    Array.isArray(renames) && renames.every((p) => typeof p === 'string' && SNAPSHOT_PATH.test(p));
  if (!ok) {
    throw new Error(`snapshot: ${path} is damaged, so an interrupted update cannot be finished. ` +
      `Restore ${dir} from git (\`git checkout -- ${dir}\`), delete ${join(dir, STAGING_DIR)} and run the update again.`);
  }
  return renames as string[];
}

const hasStaging = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).includes(STAGING_DIR);

/**
 * Read-only view for the build: which files to read in place of their targets. A complete journal
 * means the new state was committed: its staged files are read (a file already moved is read at
 * its target). Staging without a journal is ignored: the old state stands. Never writes.
 */
export async function pendingCommit(dir: string): Promise<{ readonly staged: ReadonlySet<string>; readonly note?: string }> {
  if (!(await hasStaging(dir))) return { staged: new Set() };
  const renames = await readJournal(dir);
  if (!renames) {
    return {
      staged: new Set(),
      note: `snapshot: ignoring ${join(dir, STAGING_DIR)}, left by an update that stopped before its commit point; ` +
        'the snapshot read is the one before it (the next `npm run update` removes the leftover)',
    };
  }
  return {
    staged: new Set(renames),
    note: `snapshot: ${dir} holds an update that was committed but stopped before all its files were moved into place; ` +
      'reading the committed files from the staging area (the next `npm run update` finishes moving them)',
  };
}

/**
 * Finishes or discards an interrupted commit; run by the writer holding the lock before it reads.
 * Also removes temp files of the writer this one replaced (`*.<pid>.tmp`, which nothing could
 * roll forward). Returns what it did, for the log.
 */
export async function recoverCommit(dir: string): Promise<string | undefined> {
  const notes: string[] = [];
  if (await hasStaging(dir)) {
    const renames = await readJournal(dir);
    if (renames) {
      const moved = await applyJournal(dir, renames);
      notes.push(`finished an interrupted update: moved its last ${moved} of ${renames.length} files into place`);
    } else {
      await rm(join(dir, STAGING_DIR), { recursive: true, force: true });
      notes.push('removed the staging area of an update that stopped before its commit point (the snapshot before it stands)');
    }
  }
  const legacy = [
    ...(await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.tmp')),
    ...(await readdir(join(dir, 'series')).catch(() => [] as string[])).filter((n) => n.endsWith('.tmp')).map((n) => `series/${n}`),
  ];
  for (const name of legacy) await rm(join(dir, name), { recursive: true, force: true });
  if (legacy.length) notes.push(`removed ${legacy.length} temp file(s) of an interrupted older writer`);
  return notes.length ? `snapshot: ${dir}: ${notes.join('; ')}` : undefined;
}
