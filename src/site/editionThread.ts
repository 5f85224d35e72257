// Editions composed on a worker thread (editionWorker.ts), a few dates ahead of their pages.
//
// Composing an edition (its template program and its charts) was the largest cost of the main
// thread, which also renders, encodes and writes every page; on two cores the second had room.
// The worker opens its own Build over the same snapshot, so only requests (a date, a language)
// and finished editions (plain data) cross between the threads.
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../core/locale.ts';
import type { Edition } from './edition.ts';
import { isEditionError, isEditionReply, type EditionRequest } from './editionMessages.ts';

/** The worker's module. Node runs it from source (type stripping), so the build bundles nothing for it. */
export const EDITION_WORKER = resolve('src/site/editionWorker.ts');

/** Dates composed ahead of the page that asks: both languages of each. */
export const EDITIONS_AHEAD = 4;

interface Waiting {
  readonly resolve: (e: Edition) => void;
  readonly reject: (e: Error) => void;
}

export class EditionThread {
  readonly #worker: Worker;
  readonly #file: string;
  readonly #dates: readonly string[];
  readonly #index: ReadonlyMap<string, number>;
  readonly #locales: readonly Locale[];
  readonly #waiting = new Map<number, Waiting>();
  // Editions asked for and not yet taken by their page, by `${locale} ${asOf}`; a page takes its
  // edition once, so each is dropped when taken (the home page asks again and gets a new one).
  readonly #asked = new Map<string, Promise<Edition>>();
  #next = 0;
  #failed: Error | undefined;

  constructor(dates: readonly string[], locales: readonly Locale[], file = EDITION_WORKER) {
    this.#file = file;
    this.#dates = dates;
    this.#index = new Map(dates.map((d, i) => [d, i]));
    this.#locales = locales;
    this.#worker = new Worker(file);
    this.#worker.on('message', (reply: unknown) => {
      if (!isEditionReply(reply)) return this.#fail(new Error(`the edition thread answered with a message editionMessages.ts does not know: ${JSON.stringify(reply)?.slice(0, 200)}`));
      const w = this.#waiting.get(reply.id);
      if (!w) return;
      this.#waiting.delete(reply.id);
      if (isEditionError(reply)) {
        // The worker's message as it is (a template error names file:line:column), its stack as the cause.
        w.reject(new Error(reply.error.message, { cause: reply.error.stack }));
      } else w.resolve(reply.edition);
      this.#idle();
    });
    this.#worker.on('error', (e: unknown) => this.#fail(e instanceof Error ? e : new Error(String(e))));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the edition thread stopped (exit code ${code})`)));
    this.#idle();
  }

  /** The edition of `asOf` in `locale`, with the next dates' editions asked for behind it. */
  edition(locale: Locale, asOf: string): Promise<Edition> {
    const at = this.#index.get(asOf) ?? -1;
    const dates = at < 0 ? [asOf] : this.#dates.slice(at, at + 1 + EDITIONS_AHEAD);
    for (const d of dates) for (const l of this.#locales) this.#ask(l, d);
    const key = `${locale} ${asOf}`;
    const edition = this.#asked.get(key) ?? this.#ask(locale, asOf);
    this.#asked.delete(key);
    return edition;
  }

  /** Stops the thread; editions not yet delivered fail. */
  async close(): Promise<void> {
    this.#failed ??= new Error('the edition thread was closed');
    await this.#worker.terminate();
  }

  #ask(locale: Locale, asOf: string): Promise<Edition> {
    const key = `${locale} ${asOf}`;
    const asked = this.#asked.get(key);
    if (asked) return asked;
    const edition = this.#send({ id: this.#next++, locale, asOf });
    // An edition asked ahead whose page never comes (a closed thread) must not end the process as
    // an unhandled rejection; the page that does come awaits it and sees its error.
    edition.catch(() => undefined);
    this.#asked.set(key, edition);
    return edition;
  }

  #send(request: EditionRequest): Promise<Edition> {
    if (this.#failed) return Promise.reject(this.#failed);
    const edition = new Promise<Edition>((resolve, reject) => this.#waiting.set(request.id, { resolve, reject }));
    this.#worker.ref(); // while an edition is awaited, the thread keeps the process alive
    this.#worker.postMessage(request);
    return edition;
  }

  // An idle thread must not keep the build's process from exiting.
  #idle(): void {
    if (this.#waiting.size === 0) this.#worker.unref();
  }

  #fail(e: Error): void {
    const error = new Error(`editions: ${e.message}. The edition thread runs ${this.#file}; check that it exists and loads with this Node, or set EDITION_THREAD=0 to compose editions in-process.`);
    this.#failed ??= error;
    for (const w of this.#waiting.values()) w.reject(this.#failed);
    this.#waiting.clear();
    this.#idle();
  }
}
