// Edition rates charts drawn on a worker thread, ahead of the pages that need them.
//
// Drawing the rates chart was the largest single cost of an edition page on the main thread,
// which renders every page; the second core had room to spare beside the search indexer.
// Jobs and drawings cross as structured clones (rows with Dates, strings), so the worker holds
// no snapshot: it draws exactly what drawRates draws in-process.
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RatesDrawing, RatesJob } from './ratesDrawing.ts';

/** The worker's module. Node runs it from source (type stripping), so the build bundles nothing for it. */
export const RATES_THREAD = resolve('src/charts/ratesThread.ts');

interface Waiting {
  readonly resolve: (d: RatesDrawing) => void;
  readonly reject: (e: Error) => void;
  readonly what: string;
}

export class RatesDrawer {
  readonly #worker: Worker;
  readonly #file: string;
  readonly #waiting = new Map<number, Waiting>();
  #next = 0;
  #failed: Error | undefined;

  constructor(file = RATES_THREAD) {
    this.#file = file;
    // A drawing's live memory is small; the cap keeps the thread from growing its heap far.
    this.#worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 128 } });
    this.#worker.on('message', ({ id, drawing, error }: { id: number; drawing?: RatesDrawing; error?: string }) => {
      const w = this.#waiting.get(id);
      if (!w) return;
      this.#waiting.delete(id);
      if (drawing) w.resolve(drawing);
      else w.reject(new Error(`rates chart of ${w.what}: drawing failed on the chart thread: ${error}`));
      this.#idle();
    });
    this.#worker.on('error', (e: unknown) => this.#fail(e instanceof Error ? e : new Error(String(e))));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the chart thread stopped (exit code ${code})`)));
    this.#idle();
  }

  /** Draws `job` on the thread; `what` names the chart in errors (e.g. the edition date). */
  draw(job: RatesJob, what: string): Promise<RatesDrawing> {
    if (this.#failed) return Promise.reject(this.#failed);
    const id = this.#next++;
    const drawing = new Promise<RatesDrawing>((resolve, reject) => this.#waiting.set(id, { resolve, reject, what }));
    this.#worker.ref(); // while a drawing is awaited, the thread keeps the process alive
    this.#worker.postMessage({ id, job });
    return drawing;
  }

  /** Stops the thread; drawings not yet delivered fail. */
  async close(): Promise<void> {
    this.#failed ??= new Error('the chart thread was closed');
    await this.#worker.terminate();
  }

  // An idle thread must not keep the build's process from exiting.
  #idle(): void {
    if (this.#waiting.size === 0) this.#worker.unref();
  }

  #fail(e: Error): void {
    const error = new Error(`rates charts: ${e.message}. The chart thread runs ${this.#file}; check that it exists and loads with this Node (node ${this.#file} should say it runs as a worker), or set CHART_THREAD=0 to draw in-process.`);
    this.#failed ??= error;
    for (const w of this.#waiting.values()) w.reject(this.#failed);
    this.#waiting.clear();
    this.#idle();
  }
}
