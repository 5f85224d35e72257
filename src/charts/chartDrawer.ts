// Edition charts drawn on a worker thread, ahead of the pages that need them: the rates chart and
// this edition's layer of the episode panels.
//
// Drawing them was the largest cost of an edition page on the main thread, which renders every
// page; the second core had room to spare beside the search indexer. Jobs cross as copies (the
// rates rows as columns of numbers, layer jobs as plain objects), so the thread holds no
// snapshot: it draws exactly what drawRates and drawLayer draw in-process.
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isChartError, isChartReply, type ChartRequest } from './chartMessages.ts';
import type { LayerJob } from './episodes.ts';
import { packRatesJob, type RatesDrawing, type RatesJob } from './ratesDrawing.ts';

/** The worker's module. Node runs it from source (type stripping), so the build bundles nothing for it. */
export const CHART_THREAD = resolve('src/charts/chartThread.ts');

interface Waiting {
  readonly resolve: (d: never) => void;
  readonly reject: (e: Error) => void;
  readonly what: string;
}

export class ChartDrawer {
  readonly #worker: Worker;
  readonly #file: string;
  readonly #waiting = new Map<number, Waiting>();
  #next = 0;
  #failed: Error | undefined;

  constructor(file = CHART_THREAD) {
    this.#file = file;
    // A drawing's live memory is small; the caps keep the thread's heap from growing far. The
    // young generation's cap took ~110 MiB off the build's peak (743/735 against 857/846 MiB),
    // and the thread has time to spare for the extra collections.
    this.#worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 } });
    this.#worker.on('message', (reply: unknown) => {
      if (!isChartReply(reply)) return this.#fail(new Error(`the chart thread answered with a message chartMessages.ts does not know: ${JSON.stringify(reply)?.slice(0, 200)}`));
      const w = this.#waiting.get(reply.id);
      if (!w) return;
      this.#waiting.delete(reply.id);
      if (isChartError(reply)) w.reject(new Error(`${w.what}: drawing failed on the chart thread: ${reply.error}`));
      else w.resolve(reply.drawing as never);
      this.#idle();
    });
    this.#worker.on('error', (e: unknown) => this.#fail(e instanceof Error ? e : new Error(String(e))));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the chart thread stopped (exit code ${code})`)));
    this.#idle();
  }

  /** Draws an edition's rates chart on the thread; `what` names it in errors. */
  rates(job: RatesJob, what: string): Promise<RatesDrawing> {
    return this.#send<RatesDrawing>((id) => ({ id, kind: 'rates', job: packRatesJob(job) }), what);
  }

  /** Draws an episode panels' layer (episodes.ts drawLayer) on the thread. */
  layer(job: LayerJob, what: string): Promise<string> {
    return this.#send<string>((id) => ({ id, kind: 'layer', job }), what);
  }

  #send<T>(request: (id: number) => ChartRequest, what: string): Promise<T> {
    if (this.#failed) return Promise.reject(this.#failed);
    const id = this.#next++;
    const drawing = new Promise<T>((resolve, reject) => this.#waiting.set(id, { resolve: resolve as (d: never) => void, reject, what }));
    this.#worker.ref(); // while a drawing is awaited, the thread keeps the process alive
    this.#worker.postMessage(request(id));
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
    const error = new Error(`edition charts: ${e.message}. The chart thread runs ${this.#file}; check that it exists and loads with this Node (node ${this.#file} should say it runs as a worker), or set CHART_THREAD=0 to draw in-process.`);
    this.#failed ??= error;
    for (const w of this.#waiting.values()) w.reject(this.#failed);
    this.#waiting.clear();
    this.#idle();
  }
}
