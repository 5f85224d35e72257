// One writer at a time per snapshot folder. Two updates merging against the same starting state
// and committing one after the other would leave CSVs of one run beside the manifest of the
// other; so a writer holds `.update.lock` (created with O_EXCL, holding pid, host and start time)
// from before it reads the snapshot until after it has committed.
import { hostname } from 'node:os';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE = '.update.lock';

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

/** The lock could not be taken; the message is for a person (no stack needed). */
export class LockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockError';
  }
}

/** Another writer holds the lock: the message says who, since when, and what to do. */
export class SnapshotLockedError extends LockError {
  constructor(dir: string, holder: Holder | undefined) {
    const who = holder ? `process ${holder.pid} on ${holder.host}, running since ${holder.started}` : 'a process that left no details';
    super(`snapshot: ${dir} is locked by another update (${who}); nothing was written. ` +
      `Wait for it to finish. If no update is running, delete ${join(dir, LOCK_FILE)} and try again.`);
    this.name = 'SnapshotLockedError';
  }
}

export interface SnapshotLock {
  release(): Promise<void>;
}

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    const h = JSON.parse(await readFile(path, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.started === 'string'
      ? { pid: h.pid, host: h.host, started: h.started } : undefined;
  } catch {
    return undefined; // missing, or written by a writer killed between create and write
  }
}

/** True when the holder is known to be gone: same host and no such process. */
function isDead(h: Holder): boolean {
  if (h.host !== hostname()) return false; // cannot tell for another machine: treat as alive
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'; // EPERM: alive, someone else's
  }
}

const same = (a: Holder | undefined, b: Holder | undefined) =>
  a !== undefined && b !== undefined && a.pid === b.pid && a.host === b.host && a.started === b.started;

/**
 * Takes the lock on `dir` (created if missing) or throws SnapshotLockedError. A lock left by a
 * process that no longer runs on this host (a killed update) is taken over, with a log line.
 */
export async function lockSnapshot(dir: string, log: (line: string) => void, now = new Date()): Promise<SnapshotLock> {
  const path = join(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), started: now.toISOString() };
  const create = async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(path, `${JSON.stringify(me)}\n`, { flag: 'wx' });
    return {
      async release() {
        // Remove only our own lock: never one a later writer took over.
        if (same(await readHolder(path), me)) await rm(path, { force: true });
      },
    };
  };
  try {
    return await create();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') {
      // A read-only or full disk: say so before any fetching, rather than after it.
      throw new LockError(`snapshot: cannot create ${path} (${code ?? (err as Error).message}); an update needs to write to ${dir}. ` +
        'Nothing was fetched or written; make the folder writable (or free space) and run again.');
    }
  }
  const holder = await readHolder(path);
  if (!holder || !isDead(holder)) throw new SnapshotLockedError(dir, holder);
  // Take over by moving the stale lock aside first: of two runs doing this at once, only one
  // moves it; the other finds a live lock or none. A run that moved a lock that was no longer the
  // stale one (taken over meanwhile) puts it back and reports it held.
  const aside = `${path}.${process.pid}.stale`;
  try {
    await rename(path, aside);
  } catch {
    throw new SnapshotLockedError(dir, await readHolder(path));
  }
  const moved = await readHolder(aside);
  if (!same(moved, holder)) {
    await rename(aside, path);
    throw new SnapshotLockedError(dir, moved);
  }
  await rm(aside, { force: true });
  log(`update: taking over the lock on ${dir} left by process ${holder.pid} (started ${holder.started}), which is no longer running`);
  try {
    return await create();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new SnapshotLockedError(dir, await readHolder(path));
    throw err;
  }
}
