// One build of the site from one snapshot: what the pages share while Astro renders ~4,300 of
// them (the snapshot, its edition dates, the one-pass timeline, the report templates, the chart
// inputs and drawings, the chart thread and its look-ahead, the download documents made once).
// Pages ask `await currentBuild()`; everything else in src/ is pure or holds only constants.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale } from '../core/locale.ts';
import { Memo } from '../core/memo.ts';
import { computeTimeline, type EditionMetrics } from '../metrics/timeline.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { readSnapshot } from '../snapshot/store.ts';
import { EditionCharts } from './edition-charts.ts';
import { composeEdition, editionDates, editionPageDates, type Edition } from './edition.ts';
import { LookAhead } from './look-ahead.ts';

export interface BuildOptions {
  /** Where the report templates are (`<dir>/<locale>.md`). */
  readonly reportsDir: string;
  /** Draw edition charts on the chart thread, ahead of their pages (CHART_THREAD=0: in-process). */
  readonly chartThread: boolean;
  /** EDITIONS_FROM: only editions from this date get pages (a quick local preview). */
  readonly editionsFrom?: string | undefined;
}

export class Build {
  readonly snap: Snapshot;
  /** Every edition date, oldest first. */
  readonly dates: readonly string[];
  /** Dates that get an edition page. */
  readonly pageDates: readonly string[];
  readonly latest: string;
  readonly charts: EditionCharts;
  readonly lookAhead: LookAhead | undefined;
  readonly #reportsDir: string;
  #timeline: Map<string, EditionMetrics> | undefined;
  readonly #templates = new Map<Locale, Promise<string>>();
  readonly #memo = new Memo();

  constructor(snap: Snapshot, { reportsDir, chartThread, editionsFrom }: BuildOptions) {
    this.snap = snap;
    this.dates = editionDates(snap);
    this.pageDates = editionPageDates(this.dates, editionsFrom);
    this.latest = this.dates.at(-1) as string;
    this.#reportsDir = reportsDir;
    this.charts = new EditionCharts(snap);
    this.lookAhead = chartThread ? new LookAhead(this.dates, this.charts) : undefined;
  }

  /** Metrics of every edition date, computed in one pass the first time they are asked for. */
  get timeline(): ReadonlyMap<string, EditionMetrics> {
    return (this.#timeline ??= computeTimeline(this.snap, this.dates));
  }

  metricsAt(asOf: string): EditionMetrics {
    const m = this.timeline.get(asOf);
    if (!m) throw new Error(`edition: ${asOf} is not an edition date (no SOFR print that day)`);
    return m;
  }

  templateFile(locale: Locale): string { return `${this.#reportsDir}/${locale}.md`; }

  /** A language's report template, read once. */
  template(locale: Locale): Promise<string> {
    let t = this.#templates.get(locale);
    if (!t) this.#templates.set(locale, (t = readFile(resolve(this.templateFile(locale)), 'utf8')));
    return t;
  }

  /** Something made once per build from its data (download documents); `name` says what. */
  once<T>(name: string, make: () => T): T {
    return this.#memo.once(name, make);
  }

  /** One edition (one locale, one as-of date; default the latest), its charts drawn ahead on the thread. */
  async edition(locale: Locale, asOf: string = this.latest): Promise<Edition> {
    await this.lookAhead?.draw(asOf);
    const file = this.templateFile(locale);
    return composeEdition({
      snap: this.snap, locale, metrics: this.metricsAt(asOf), template: await this.template(locale), file,
      charts: this.charts.of(asOf), latest: asOf === this.latest, dates: this.dates, memo: this.#memo,
    });
  }
}

/** The build of the committed snapshot (SNAPSHOT_DIR, REPORTS_DIR, CHART_THREAD and EDITIONS_FROM from the environment). */
export async function openBuild(env: NodeJS.ProcessEnv = process.env): Promise<Build> {
  const snap = await readSnapshot(resolve(env.SNAPSHOT_DIR ?? 'content/data'));
  return new Build(snap, {
    reportsDir: env.REPORTS_DIR ?? 'content/reports',
    chartThread: env.CHART_THREAD !== '0',
    editionsFrom: env.EDITIONS_FROM,
  });
}

// The one module-level holder in src/: Astro renders each page from its own module with no
// shared argument, so the pages of one build can only meet here. It holds one Build, made the
// first time a page asks, for the one snapshot a build reads; nothing else keeps state.
let current: Promise<Build> | undefined;
/** The Build of this process's site build, made once. */
export function currentBuild(): Promise<Build> {
  current ??= openBuild();
  return current;
}
