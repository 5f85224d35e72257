import type { SeriesId } from '../catalog/series.ts';
import type { Observation } from '../core/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import type { Edition, Family, Obs, Run } from './family.ts';
import { makeFigure, type Figure } from './figure.ts';
import type { FigureKind } from '../core/figure.ts';
import { isSeriesStale } from './freshness.ts';
import { isKnownBy } from './lookup.ts';
import { startStandard } from './measures.ts';
import { publicationOf } from './publication.ts';
import { deriveBases, FAMILIES, METRIC_KINDS, type BaseKey, type MetricKey } from './registry.ts';
import { CHANNELS, channelLevels, classify, holdOverall, type Level, type Pillar, type SignalResult } from './signals.ts';
import { addDays } from '../core/dates.ts';
import { eraOf, servesDate, vintageAt, type PublishedView } from './vintage.ts';

export { addMonths } from './measures.ts';

/** An edition's figures: one entry per registry metric, null where it has no value at that date. */
export type Figures = Readonly<Record<MetricKey, Figure | null>>;

export interface EditionMetrics {
  readonly asOf: string;
  readonly figures: Figures;
  readonly signals: readonly SignalResult[];
}

/** The metric vocabulary: key -> kind. The same for every snapshot (registry.ts); kept for callers. */
export function metricCatalog(_snap?: Snapshot): ReadonlyMap<MetricKey, FigureKind> {
  return METRIC_KINDS;
}

/** Feeds a series' observations public by the edition of `asOf` into `sink`, remembering where it stopped. */
class Feeder {
  private i = 0;
  private readonly obs: Obs;
  private readonly sink: (o: Observation, index: number) => void;

  constructor(obs: Obs, sink: (o: Observation, index: number) => void) {
    this.obs = obs;
    this.sink = sink;
  }

  feedTo(asOf: string): void {
    while (this.i < this.obs.length && isKnownBy(this.obs[this.i] as Observation, asOf)) {
      this.sink(this.obs[this.i] as Observation, this.i);
      this.i++;
    }
  }
}

/**
 * Computes the metrics of every edition date in one pass over the data: dates are visited in
 * ascending order and each incremental structure (records, 52-week highs, percentile windows,
 * streaks, rolling correlations) sees each observation once. Nothing dated after an edition's
 * date is fed before that edition is computed. Per edition: every base's standard measures,
 * then each family in registry order, then the signals.
 */
export function computeTimeline(raw: Snapshot, dates: readonly string[]): Map<string, EditionMetrics> {
  // Editions between two revision dates share a vintage: one pass per era, each over its own view.
  const eras = new Map<string, string[]>();
  for (const d of [...new Set(dates)].sort()) {
    const key = eraOf(raw, d).from;
    const list = eras.get(key);
    if (list) list.push(d);
    else eras.set(key, [d]);
  }
  const out = new Map<string, EditionMetrics>();
  for (const list of eras.values()) {
    for (const [d, m] of computeView(vintageAt(raw, list[0] as string), list)) out.set(d, m);
  }
  return out;
}

/**
 * The one-pass engine over a view resolved to one vintage. It takes only a `PublishedView`
 * (metrics/vintage.ts) and refuses a date outside the view's era, so an edition cannot be
 * computed from values revised after it.
 */
export function computeView(view: PublishedView, dates: readonly string[]): Map<string, EditionMetrics> {
  const { snapshot: snap, calendar } = publicationOf(view);
  const wanted = new Set(dates);
  const outside = [...wanted].sort().find((d) => !servesDate(view, d));
  if (outside !== undefined) throw new Error(`timeline: the edition of ${outside} is outside the vintage this view holds`);
  // The overall reading of an edition depends on the previous edition's (holdOverall), so each
  // date's previous business day is computed too, from the same view (what the edition's own
  // cut-off knew), and left out of the result unless asked for.
  const previous = (d: string) => {
    let p = addDays(d, -1);
    while (!calendar.isBusinessDay(p)) p = addDays(p, -1);
    return p;
  };
  const sorted = [...new Set([...wanted].flatMap((d) => [previous(d), d]))].sort();
  let yesterday: { date: string; overall: SignalResult | undefined } | undefined;
  const bases = deriveBases(snap);
  const byKey = new Map(bases.map((b) => [b.key, b]));
  const keys = [...METRIC_KINDS.keys()];
  const feeders: Feeder[] = [];
  const run: Run = {
    snap, calendar,
    base: (key: BaseKey) => byKey.get(key)!,
    feed: (obs: Obs, sink: (o: Observation, index: number) => void) => void feeders.push(new Feeder(obs, sink)),
  };
  const standard = startStandard(run, bases);
  const steps = (FAMILIES as readonly Family[]).flatMap((f) => (f.start ? [f.start(run)] : []));

  const out = new Map<string, EditionMetrics>();
  for (const asOf of sorted) {
    for (const f of feeders) f.feedTo(asOf);
    const fig: Record<string, Figure | null> = Object.fromEntries(keys.map((k) => [k, null]));
    // Each series is judged by its own schedule, once per edition.
    const staleSeries = new Map<SeriesId, boolean>();
    const isStale = (id: SeriesId) => {
      let s = staleSeries.get(id);
      if (s === undefined) staleSeries.set(id, (s = isSeriesStale(snap, id, asOf)));
      return s;
    };
    const set = (key: string, value: number | undefined, kind: FigureKind, date: string, series: readonly SeriesId[], stale?: boolean) => {
      if (value !== undefined && Number.isFinite(value)) fig[key] = makeFigure(value, kind, date, series, stale ?? series.some(isStale));
    };
    standard(asOf, set);
    const ed: Edition<string> = {
      asOf,
      put: (key, value, date, series, stale) => set(key, value, METRIC_KINDS.get(key as MetricKey)!, date, series, stale),
      figure: (key) => fig[key] ?? null,
    };
    for (const step of steps) step(ed);

    const raw = classify(fig, asOf);
    const rawOverall = raw.find((s) => s.pillar === 'overall');
    const before = yesterday?.date === previous(asOf) ? yesterday.overall : undefined;
    const signals = raw.map((s) => (s.pillar === 'overall' ? holdOverall(s, before) : s));
    yesterday = { date: asOf, overall: rawOverall };
    fig['signal.held'] = rawOverall?.level != null ? makeFigure(signals.find((s) => s.pillar === 'overall')?.rule === 'overall.held' ? 1 : 0, 'flag', asOf, [], false) : null;
    if (!wanted.has(asOf)) continue;
    for (const s of signals) {
      if (s.level !== null) fig[`signal.${s.pillar}`] = makeFigure(s.level, 'signal', asOf, [], false);
    }
    const levels = channelLevels(Object.fromEntries(signals.map((s) => [s.pillar, s.level])) as Record<Pillar, Level | null>);
    for (const c of CHANNELS) if (levels[c] !== null) fig[`channel.${c}`] = makeFigure(levels[c], 'signal', asOf, [], false);
    const read = signals.find((s) => s.pillar === 'overall');
    if (read?.level != null) fig['channel.worst'] = makeFigure(read.channel ? CHANNELS.indexOf(read.channel) + 1 : 0, 'count', asOf, [], false);
    // fig holds every registry key (set to null above); the families write registry keys only.
    out.set(asOf, { asOf, figures: fig as Figures, signals });
  }
  return out;
}

/** The metrics of one as-of date (same engine, one date). */
export function computeEdition(snap: Snapshot, asOf: string): EditionMetrics {
  return computeTimeline(snap, [asOf]).get(asOf) as EditionMetrics;
}
