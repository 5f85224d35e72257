// Pages go to Pagefind from a worker thread: decoding each rendered page, cutting it to what is
// indexed (shards.ts forIndex) and encoding it for the Pagefind process took ~3.5 s of the main
// thread in a full build, which renders every page and is the build's bottleneck; the worker
// does it beside the chart thread. What crosses is the part of each page the index reads, cut on
// its bytes (pageCut.ts: ~15 KB of a ~100 KB edition; whole pages had cost ~9 s of CPU between
// the two threads), as a copy, so the main thread keeps nothing; pages go in batches of BATCH, and
// at most MAX_WAITING batches are unanswered before add() waits, which bounds the worker's memory.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IndexResult } from './indexer.ts';
import { indexedPart } from './pageCut.ts';
import { SHARD_YEARS } from './shards.ts';
import { isSearchReply, type SearchPage, type SearchReply, type SearchRequest, type SearchWorkerData } from './searchMessages.ts';

/** The worker's module. Node runs it from source (type stripping), so the build bundles nothing for it. */
export const SEARCH_WORKER = resolve('src/search/searchWorker.ts');

/**
 * Pages per message: each message wakes the thread, and one per page cost the main thread ~1.4 s
 * of a full build's profile in postMessage, most of it handing the core over to the woken thread.
 */
const BATCH = 8;

/** Batches sent and not yet taken by the worker before add() waits (~15 KB per edition page). */
const MAX_WAITING = 4;

interface Waiting {
  readonly resolve: (r: SearchReply) => void;
  readonly reject: (e: Error) => void;
}

export class SearchThread {
  readonly #worker: Worker;
  readonly #file: string;
  readonly #waiting = new Map<number, Waiting>();
  readonly #adds = new Set<Promise<unknown>>();
  #batch: SearchPage[] = [];
  #next = 0;
  #failed: Error | undefined;

  constructor(siteDir: string, base: string, years = SHARD_YEARS, file = SEARCH_WORKER) {
    this.#file = file;
    const data: SearchWorkerData = { siteDir, base, years };
    // Each page is garbage once handed on; without caps the thread's heap grew to ~190 MiB of
    // them before collecting, which took the build's peak past 1 GB.
    this.#worker = new Worker(file, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 } });
    this.#worker.on('message', (reply: unknown) => {
      if (!isSearchReply(reply)) return this.#fail(new Error(`the search thread answered with a message searchMessages.ts does not know: ${JSON.stringify(reply)?.slice(0, 200)}`));
      const w = this.#waiting.get(reply.id);
      if (!w) return;
      this.#waiting.delete(reply.id);
      if ('error' in reply) w.reject(new Error(`search index: ${reply.error}`));
      else w.resolve(reply);
    });
    this.#worker.on('error', (e: unknown) => this.#fail(e instanceof Error ? e : new Error(String(e))));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the search thread stopped (exit code ${code})`)));
  }

  /**
   * Sends what the index reads of one rendered page (pageCut.ts; nothing for a page it does not
   * index); resolves at once unless MAX_WAITING pages are still unanswered.
   */
  async add(url: string, bytes: Uint8Array): Promise<void> {
    // A copy of its own, handed over rather than cloned: the clone of each ~100 KB page cost the
    // main thread about twice the copy.
    const own = indexedPart(bytes);
    if (!own) return;
    this.#batch.push({ url, bytes: own });
    if (this.#batch.length >= BATCH) this.#flush();
    while (this.#adds.size >= MAX_WAITING) await Promise.race(this.#adds);
  }

  /** Sends the pages batched so far. */
  #flush(): void {
    if (this.#batch.length === 0) return;
    const pages = this.#batch;
    this.#batch = [];
    const added = this.#send({ id: this.#next++, kind: 'add', pages }, pages.map((p) => p.bytes.buffer as ArrayBuffer));
    this.#adds.add(added);
    void added.then(() => this.#adds.delete(added), () => undefined);
  }

  /** Waits for every page, writes the bundles, stops Pagefind and the thread. */
  async finish(): Promise<IndexResult> {
    try {
      this.#flush();
      await Promise.all(this.#adds);
      const reply = await this.#send({ id: this.#next++, kind: 'finish' });
      if (!('result' in reply)) throw new Error('search index: the search thread finished without a result');
      return reply.result;
    } finally {
      this.#failed ??= new Error('the search thread was closed');
      await this.#worker.terminate();
    }
  }

  #send(request: SearchRequest, transfer: ArrayBuffer[] = []): Promise<SearchReply> {
    if (this.#failed) return Promise.reject(this.#failed);
    const reply = new Promise<SearchReply>((resolve, reject) => this.#waiting.set(request.id, { resolve, reject }));
    this.#worker.postMessage(request, transfer);
    return reply;
  }

  #fail(e: Error): void {
    if (this.#failed) return;
    this.#failed = new Error(`search index: ${e.message}. The search thread runs ${this.#file}; check that it exists and loads with this Node.`);
    for (const w of this.#waiting.values()) w.reject(this.#failed);
    this.#waiting.clear();
  }
}

/** Every index.html under `dir`, as site URLs ("/en/reports/2025-11-04/") with their file paths. */
async function pagesOf(dir: string): Promise<{ url: string; file: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => {
      const rel = join(e.parentPath, e.name).slice(dir.length).replaceAll('\\', '/').replace(/^\/?/, '/');
      return { url: rel.replace(/index\.html$/, ''), file: join(e.parentPath, e.name) };
    })
    // Date order within each language, as the build renders them.
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Indexes an already built site in `siteDir` the same way the build does, through the same thread. */
export async function writeSearchIndex(siteDir: string, years = SHARD_YEARS): Promise<IndexResult> {
  const thread = new SearchThread(siteDir, '/', years);
  for (const { url, file } of await pagesOf(siteDir)) await thread.add(url, await readFile(file));
  return thread.finish();
}
