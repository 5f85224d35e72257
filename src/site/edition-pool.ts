// Optional parallel edition building for `astro build` (EDITION_WORKERS=N, see astro.config.mjs):
// editions are built in N worker threads while the main thread renders pages (Astro renders on
// one thread; with `build.concurrency` > 1 several pages wait on their edition at once). Each
// worker reads the snapshot and computes the timeline itself with the same code, so the pages
// are byte-for-byte those of an in-process build (checked on a full build and in a test).
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../catalog/series.ts';
import type { Edition } from './edition.ts';

interface Pending {
  readonly resolve: (e: Edition) => void;
  readonly reject: (err: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

// Each worker holds a snapshot, a timeline and one edition's garbage; capping its heap makes V8
// collect instead of growing, which keeps the build's peak memory down.
const WORKER_HEAP_MB = 256;
// Source, not bundled: Node runs the TypeScript directly, like scripts/*.ts.
const WORKER_FILE = resolve('src/site/edition-worker.ts');

let slots: Slot[] | undefined;
let nextId = 0;

function start(count: number): Slot[] {
  return Array.from({ length: count }, () => {
    const worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (msg: { id: number; edition?: Edition; error?: { name: string; message: string; stack?: string } }) => {
      const p = slot.pending.get(msg.id);
      slot.pending.delete(msg.id);
      if (!p) return;
      if (msg.error) {
        const err = new Error(msg.error.message);
        err.name = msg.error.name;
        if (msg.error.stack) err.stack = msg.error.stack;
        p.reject(err);
      } else p.resolve(msg.edition as Edition);
    });
    const fail = (err: Error) => {
      for (const p of slot.pending.values()) p.reject(new Error(`edition worker failed: ${err.message}`, { cause: err }));
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => { if (slot.pending.size > 0) fail(new Error(`exited with code ${code}`)); });
    worker.unref(); // the build ends when Astro is done, not when the pool is idle
    return slot;
  });
}

/** Number of edition workers asked for by EDITION_WORKERS; 0 means build in-process. */
export const poolSize = (env = process.env): number => Math.max(0, Math.floor(Number(env.EDITION_WORKERS ?? 0)) || 0);

/** One edition from the least busy worker. */
export function editionFromPool(locale: Locale, date: string | undefined, size: number): Promise<Edition> {
  slots ??= start(size);
  const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  const id = nextId++;
  return new Promise<Edition>((resolve, reject) => {
    slot.pending.set(id, { resolve, reject });
    slot.worker.ref();
    slot.worker.postMessage({ id, locale, date });
  }).finally(() => { if (slot.pending.size === 0) slot.worker.unref(); });
}
