// The chart thread's look-ahead: a date's charts, and those of the next LOOKAHEAD dates, are sent
// to the chart thread (charts/chartDrawer.ts) before its pages are composed. Astro renders edition
// pages in date order, so the thread draws while the main thread renders the pages before. One
// per build (site/build.ts); CHART_THREAD=0 builds none and everything is drawn in-process.
import { ChartDrawer } from '../charts/chartDrawer.ts';
import { episodeLayerJobs } from '../charts/episodes.ts';
import { LANG_PARAMS, ui } from '../i18n/ui.ts';
import { EPISODE_SPAN_DAYS, LOOKAHEAD, ratesJob, type EditionCharts } from './edition-charts.ts';

export class LookAhead {
  readonly #dates: readonly string[];
  readonly #index: ReadonlyMap<string, number>;
  readonly #charts: EditionCharts;
  readonly #newDrawer: () => ChartDrawer;
  #drawer: ChartDrawer | undefined;
  // A date's pages all wait for all of its charts (the rates chart may come before the layers);
  // settled entries are kept (a few bytes each), so a page that comes late finds them done.
  readonly #queued = new Map<string, Promise<void>>();

  constructor(dates: readonly string[], charts: EditionCharts, newDrawer: () => ChartDrawer = () => new ChartDrawer()) {
    this.#dates = dates;
    this.#index = new Map(dates.map((d, i) => [d, i]));
    this.#charts = charts;
    this.#newDrawer = newDrawer;
  }

  /** Resolves when the charts of `asOf` are drawn, with the next dates' queued behind them. */
  draw(asOf: string): Promise<void> {
    const pending = this.#queued.get(asOf);
    if (pending) return pending;
    const at = this.#index.get(asOf) ?? -1;
    const dates = at < 0 ? [asOf] : this.#dates.slice(at, at + 1 + LOOKAHEAD);
    const thread = (this.#drawer ??= this.#newDrawer());
    for (const d of dates) {
      if (this.#queued.has(d)) continue;
      const sent = this.#send(d, thread);
      // A date drawn ahead whose pages never come (the build's last dates, a closed thread) must not
      // end the process as an unhandled rejection; the pages that do come await `sent` and see its error.
      sent.catch(() => undefined);
      this.#queued.set(d, sent);
    }
    return this.#queued.get(asOf) as Promise<void>;
  }

  /** Stops the thread (tests; a build ends with its process). */
  close(): Promise<void> { return this.#drawer?.close() ?? Promise.resolve(); }

  /**
   * Sends a date's charts to the thread: its rates chart and its episode layers in each language.
   * The pillar charts are drawn on the main thread (EditionCharts.pillars): written as SVG text
   * they take ~0.5 ms, less than copying their five-year inputs to the thread did (4.2 s of the
   * main thread's postMessage in a full build).
   */
  #send(asOf: string, thread: ChartDrawer): Promise<void> {
    const got = this.#charts.inputs(asOf);
    const what = `the charts of the edition of ${asOf}`;
    const rates = thread.rates(ratesJob(got), what).then((drawing) => this.#charts.keepRates(asOf, drawing));
    const jobs = LANG_PARAMS.map((p) => p.locale).flatMap((l) => episodeLayerJobs(got.points, got.panels, EPISODE_SPAN_DAYS, ui(l).chartEpisodesY, l));
    const layers = jobs.map((job) => thread.layer(job, what).then((svg) => this.#charts.episodes.keep(job, svg)));
    return Promise.all([rates, ...layers]).then(() => undefined);
  }
}
