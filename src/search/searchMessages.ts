// The search thread's protocol, both directions, in one typed module: what SearchThread
// (searchThread.ts) sends to the worker (searchWorker.ts) and what the worker answers. Messages
// cross a structured clone, so each side checks what it receives with the guards below.
import type { IndexResult } from './indexer.ts';

export interface SearchPage {
  readonly url: string;
  readonly bytes: Uint8Array;
}

/** Main thread -> search worker; `id` pairs the reply with the request. */
export type SearchRequest =
  /** Rendered pages in build order: each its site URL and what the index reads of it as UTF-8 bytes (pageCut.ts). */
  | { readonly id: number; readonly kind: 'add'; readonly pages: readonly SearchPage[] }
  /** Write every bundle and stop Pagefind. */
  | { readonly id: number; readonly kind: 'finish' };

/** Search worker -> main thread: pages taken (Pagefind has room for more), the index written, or the error's stack. */
export type SearchReply =
  | { readonly id: number; readonly added: true }
  | { readonly id: number; readonly result: IndexResult }
  | { readonly id: number; readonly error: string };

/** What the worker is started with (workerData). */
export interface SearchWorkerData {
  readonly siteDir: string;
  readonly base: string;
  /** Years of editions per bundle (shards.ts). */
  readonly years: number;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isSearchRequest(x: unknown): x is SearchRequest {
  if (!isRecord(x) || typeof x.id !== 'number') return false;
  return x.kind === 'finish' || (x.kind === 'add' && Array.isArray(x.pages) &&
    x.pages.every((p: unknown) => isRecord(p) && typeof p.url === 'string' && p.bytes instanceof Uint8Array));
}

export function isSearchReply(x: unknown): x is SearchReply {
  return isRecord(x) && typeof x.id === 'number' && (x.added === true || typeof x.error === 'string' || isRecord(x.result));
}

export function isSearchWorkerData(x: unknown): x is SearchWorkerData {
  return isRecord(x) && typeof x.siteDir === 'string' && typeof x.base === 'string' && typeof x.years === 'number';
}
