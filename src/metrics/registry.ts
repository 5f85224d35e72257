import type { SeriesId } from '../catalog/series.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { metricInputs } from './derived.ts';
import { STANDARD_MEASURES, type Base, type BasesOf, type Family, type KeysOf } from './family.ts';
import type { FigureKind } from '../core/figure.ts';
import { buffers } from './families/buffers.ts';
import { channels } from './families/channels.ts';
import { context } from './families/context.ts';
import { dayType } from './families/dayType.ts';
import { dispersion } from './families/dispersion.ts';
import { facility } from './families/facility.ts';
import { fiscal } from './families/fiscal.ts';
import { netLiquidity } from './families/netLiquidity.ts';
import { rates } from './families/rates.ts';
import { risk } from './families/risk.ts';
import { signal } from './families/signal.ts';
import { spreads } from './families/spreads.ts';
import { standardKinds } from './measures.ts';
import { published } from './publication.ts';

// The metric families, joined. Each family file declares its base series and metrics; this list
// is the only place that names them. The metric names a template may use, their kinds, the
// indicator pages' bases and the template README's list are all derived from it, and the
// `MetricKey` type makes every hand-written metric name elsewhere (signal rules, episode
// table, i18n) a compile-time check.

/**
 * In computation order: a family may read the figures of those before it (and every base's
 * standard measures, which come first). `signal` is set last, from all the others.
 */
export const FAMILIES = [rates, spreads, dispersion, buffers, netLiquidity, fiscal, context, facility, risk, channels, dayType, signal] as const;

type AnyFamily = (typeof FAMILIES)[number];
/** Every metric name a template may use: `sofr.latest`, `srf.record`, `signal.overall`, … */
export type MetricKey = KeysOf<AnyFamily>;
/** Every base series name: `sofr`, `sofrTop`, `reserves`, … */
export type BaseKey = BasesOf<AnyFamily>;
/** The part of a metric name before the dot (a base, an asset, `srf`, `fiscal`, `signal`). */
export type MetricSubject = MetricKey extends `${infer S}.${string}` ? S : never;
/** The part after the dot (`latest`, `chg1m`, `drawdown`, `overall`, …). */
export type MetricMeasure = MetricKey extends `${string}.${infer M}` ? M : never;

const families = FAMILIES as readonly Family[];

/** Every metric key with the kind of figure it gives, in family order (the template vocabulary). */
export const METRIC_KINDS: ReadonlyMap<MetricKey, FigureKind> = (() => {
  const kinds = new Map<string, FigureKind>();
  for (const f of families) {
    for (const [key, def] of Object.entries(f.bases)) {
      for (const [measure, kind] of Object.entries(standardKinds(def.kind))) kinds.set(`${key}.${measure}`, kind);
    }
    for (const [key, def] of Object.entries(f.metrics)) {
      if (kinds.has(key)) throw new Error(`metrics: "${key}" is declared twice (family ${f.id})`);
      kinds.set(key, def.kind);
    }
  }
  return kinds as ReadonlyMap<MetricKey, FigureKind>;
})();

/** Metrics declared with a trait (MetricDef): sizes printed without a sign, counts sourced to dated events. */
function metricsWith(trait: 'unsigned' | 'fromEvents'): ReadonlySet<MetricKey> {
  return new Set(families.flatMap((f) => Object.entries(f.metrics).filter(([, def]) => def[trait]).map(([key]) => key as MetricKey)));
}
export const UNSIGNED_METRICS = metricsWith('unsigned');
export const EVENT_METRICS = metricsWith('fromEvents');

/** True for a known metric name (narrows a template's string to a MetricKey). */
export const isMetricKey = (key: string): key is MetricKey => METRIC_KINDS.has(key as MetricKey);

/** Base names in family order. */
export const BASE_KEYS: readonly BaseKey[] = families.flatMap((f) => Object.keys(f.bases)) as BaseKey[];

/** The base each catalog series' indicator page shows (from each base's `pages`). */
export const SERIES_BASE: Readonly<Partial<Record<SeriesId, BaseKey>>> = Object.fromEntries(
  families.flatMap((f) => Object.entries(f.bases).flatMap(([key, def]) => (def.pages ?? []).map((id) => [id, key as BaseKey]))),
) as Partial<Record<SeriesId, BaseKey>>;

/** Every base series, derived once per snapshot from catalog series in metric units. */
export function deriveBases(raw: Snapshot): Base[] {
  // Kept by the published snapshot, which the raw one and its other views share.
  const snap = published(raw);
  return snap.derived('bases', () => {
    const s = metricInputs(snap);
    return families.flatMap((f) => Object.entries(f.bases).map(([key, def]): Base => {
      const b = { key: key as BaseKey, obs: def.derive(s), kind: def.kind, series: def.series };
      return def.until ? { ...b, until: def.until } : b;
    }));
  });
}

/** One base of a snapshot by name. */
export function baseOf(snap: Snapshot, key: BaseKey): Base {
  return deriveBases(snap).find((b) => b.key === key) as Base;
}

export { STANDARD_MEASURES };
