import { seriesDef, type SeriesId } from '../catalog/series.ts';
import type { Observation } from '../core/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import type { Figure } from './figure.ts';
import type { FigureKind } from '../core/figure.ts';
import { METRIC_KIND_OF_UNIT } from './derived.ts';
import type { BusinessCalendar } from './publication.ts';
import type { BaseKey, MetricKey } from './registry.ts';

// What a metric family declares. A family owns some base series (each gets the standard
// measures below) and some metrics of its own, with their kinds, words for the template README
// and the computation. The registry (registry.ts) joins the families; every list of metric
// names elsewhere (vocabulary, indicator maps, signal rules, i18n) is typed by it.

export type Obs = readonly Observation[];

/** pct series change in bp; usd_bn series change in $bn; bp series (spreads) change in bp. */
export type BaseKind = 'pct' | 'bp' | 'usd_bn';

/** Catalog series in the metrics' units (converted once, by catalog unit: derived.ts). */
export type Inputs = (id: SeriesId) => Obs;

export interface BaseDef {
  readonly kind: BaseKind;
  /** The catalog series it is made of: a figure's source, link and freshness. */
  readonly series: readonly SeriesId[];
  /** Its observations, from catalog series already in metric units. Pure; dated <= each input. */
  readonly derive: (s: Inputs) => Obs;
  /** The base describes a closed era: editions dated on or after this get none of its measures. */
  readonly until?: string;
  /** Catalog series whose indicator page shows this base's figures. */
  readonly pages?: readonly SeriesId[];
  /** What it is, for the template README (English). */
  readonly doc: string;
}

/**
 * A catalog series as a base of its own, its kind from its catalog unit (percent -> pct,
 * $mn or $bn -> usd_bn), shown on its own indicator page.
 */
export function level(id: SeriesId, doc: string, over: Partial<BaseDef> = {}): BaseDef {
  const { unit } = seriesDef(id);
  const kind = METRIC_KIND_OF_UNIT[unit];
  if (!kind) throw new Error(`metrics: ${id} is a price (unit ${unit}); it is published only through derived figures, not as a level`);
  return { kind, series: [id], derive: (s) => s(id), pages: [id], doc, ...over };
}

export interface MetricDef {
  readonly kind: FigureKind;
  /** What it is, for the template README (English). */
  readonly doc: string;
  /** A size, never negative (a fall of 57 bp): tables print it without a sign, not as +57 bp. */
  readonly unsigned?: true;
  /** Counted from the dated policy events (catalog/events.ts), not from a series: sourced to the Fed's announcements. */
  readonly fromEvents?: true;
}

/** Measures every base gets, computed by measures.ts. */
export const STANDARD_MEASURES = ['latest', 'max1m', 'chg1d', 'chg1w', 'chg1m', 'chg3m', 'chgYtd', 'rank1y', 'rank5y'] as const;
export type StandardMeasure = (typeof STANDARD_MEASURES)[number];
/** Spreads (bp bases) also get `min2d`, the lower of the last two prints. */
export type SpreadMeasure = 'min2d';

/** A base series as the metrics use it (a family's BaseDef, derived for one snapshot). */
export interface Base {
  readonly key: BaseKey;
  readonly obs: Obs;
  readonly kind: BaseKind;
  readonly series: readonly SeriesId[];
  readonly until?: string;
}

/** What a family's computation gets once per timeline. */
export interface Run {
  /** The snapshot with publication dates (`known`) on every observation. */
  readonly snap: Snapshot;
  readonly calendar: BusinessCalendar;
  base(key: BaseKey): Base;
  /**
   * Feeds `obs` to `sink` in date order, each observation once, as soon as it is public by the
   * edition being computed (nothing published later is fed before an edition is done).
   */
  feed(obs: Obs, sink: (o: Observation, index: number) => void): void;
}

/** What a family's computation gets for one edition date. */
export interface Edition<Own extends string> {
  readonly asOf: string;
  /**
   * Sets one of the family's own metrics (its kind comes from the declaration). Nothing is set
   * for an undefined or non-finite value. `stale` defaults to "one of `series` is behind".
   */
  put(key: Own, value: number | undefined, date: string, series: readonly SeriesId[], stale?: boolean): void;
  /** A figure already computed for this edition: base measures, and families listed earlier. */
  figure(key: MetricKey): Figure | null;
}

/** A family's computation: set up incremental state once, then one step per edition date, in date order. */
export type Start<Own extends string> = (run: Run) => (ed: Edition<Own>) => void;

export type Bases = { readonly [key: string]: BaseDef };

export interface Family<B extends Bases = Bases, M extends string = string> {
  readonly id: string;
  /** One line for the template README. */
  readonly doc: string;
  readonly bases: B;
  readonly metrics: { readonly [K in M]: MetricDef };
  readonly start?: Start<M>;
}

/** Declares a family; its base and metric names (and base kinds) become literal types the registry joins. */
export const defineFamily = <const B extends Bases, const M extends string = never>(f: Family<B, M>): Family<B, M> => f;

/** `${prefix}.${measure}` for every prefix and measure (e.g. the same metrics for each asset). */
export function perPrefix<const P extends string, const M extends string>(
  prefixes: readonly P[], defs: { readonly [K in M]: (prefix: P) => MetricDef },
): { readonly [K in `${P}.${M}`]: MetricDef } {
  const out: Record<string, MetricDef> = {};
  for (const p of prefixes) for (const [m, def] of Object.entries(defs) as [M, (prefix: P) => MetricDef][]) out[`${p}.${m}`] = def(p);
  return out as { readonly [K in `${P}.${M}`]: MetricDef };
}

/** Base names of a family. */
export type BasesOf<F> = F extends Family<infer B, string> ? keyof B & string : never;

/** Metric names a family gives: standard measures of its bases, `min2d` of its spreads, its own metrics. */
export type KeysOf<F> = F extends Family<infer B, infer M>
  ? | `${keyof B & string}.${StandardMeasure}`
    | { [K in keyof B & string]: B[K]['kind'] extends 'bp' ? `${K}.${SpreadMeasure}` : never }[keyof B & string]
    | M
  : never;
