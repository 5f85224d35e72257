import { seriesDef, type SeriesId } from '../catalog/series.ts';
import { METRIC_KIND_OF_UNIT, metricInputs } from './derived.ts';
import { addDays } from '../core/dates.ts';
import type { Observation } from '../core/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import type { Obs } from './family.ts';
import { SERIES_ASSET } from './families/risk.ts';
import { baseOf, SERIES_BASE } from './registry.ts';
import { isKnownBy } from './lookup.ts';
import { published } from './publication.ts';
import { WindowMax } from './rolling.ts';
import { addMonths } from './measures.ts';

// Which base or asset a catalog series' indicator page shows comes from the family declarations.
export { SERIES_BASE } from './registry.ts';
export { SERIES_ASSET } from './families/risk.ts';

const WINDOW_DAYS = 365;

/** Percent below the trailing 52-week high, on each date whose window the data fully cover. One pass. */
export function drawdownSeries(obs: Obs): Observation[] {
  const first = obs[0]?.date;
  if (!first) return [];
  const highs = new WindowMax();
  const out: Observation[] = [];
  for (const o of obs) {
    highs.push(o);
    const from = addDays(o.date, -WINDOW_DAYS);
    const high = highs.maxSince(from);
    if (high && first <= from) out.push({ ...o, value: Math.round((o.value / high.value - 1) * 1e6) / 1e4 });
  }
  return out;
}

/** The federal funds target range on one date (percent). */
export interface RangeRow {
  readonly date: string;
  readonly lo: number;
  readonly hi: number;
}

export interface History {
  /** level: the series in its display unit; drawdown: % below the 52-week high (copyrighted prices). */
  readonly mode: 'level' | 'drawdown';
  readonly kind: 'pct' | 'bp' | 'usd_bn' | 'pct_chg' | 'index';
  readonly rows: readonly Observation[];
  /** The target range over the same dates, for overnight rates that trade inside it. */
  readonly band?: readonly RangeRow[];
}

/** Overnight rates whose chart shows the target range behind them. */
const IN_RANGE: ReadonlySet<SeriesId> = new Set(['SOFR', 'SOFR_P1', 'SOFR_P25', 'SOFR_P75', 'SOFR_P99', 'EFFR', 'TGCR', 'BGCR']);

/** The spans an indicator chart offers, shortest first; `max` is all the data. */
export const RANGES = ['6m', '1y', '5y', 'max'] as const;
export type Range = (typeof RANGES)[number];
/** The range a page shows first, and without CSS. */
export const DEFAULT_RANGE: Range = '5y';
const RANGE_MONTHS: Readonly<Record<Range, number | undefined>> = { '6m': 6, '1y': 12, '5y': 60, max: undefined };

/** The first date a range reaches back to from asOf (undefined: all the data). */
export const rangeStart = (asOf: string, range: Range): string | undefined => {
  const months = RANGE_MONTHS[range];
  return months === undefined ? undefined : addMonths(asOf, -months);
};

/** The last `years` of a series up to asOf, as its indicator chart shows it. */
export function historyOf(snap: Snapshot, id: SeriesId, asOf: string, years: number): History | undefined {
  return cutHistory(fullHistory(snap, id, asOf), addMonths(asOf, -12 * years));
}

/** Every observation of a series public by asOf, as its indicator chart shows it (one pass; cut it per range). */
export function fullHistory(snap: Snapshot, id: SeriesId, asOf: string): History | undefined {
  const known = (obs: Obs) => obs.filter((o) => isKnownBy(o, asOf));
  if (SERIES_ASSET[id]) {
    const rows = known(drawdownSeries(published(snap).series.get(id) ?? []));
    return rows.length ? { mode: 'drawdown', kind: 'pct_chg', rows } : undefined;
  }
  const key = SERIES_BASE[id];
  const base = key ? baseOf(snap, key) : undefined;
  if (!base) return ownLevel(snap, id, asOf);
  const rows = known(base.obs);
  if (!rows.length) return undefined;
  return IN_RANGE.has(id) ? { mode: 'level', kind: base.kind, rows, band: targetBand(snap, rows, asOf) } : { mode: 'level', kind: base.kind, rows };
}

/**
 * A public series no metric family uses as a base (Fed lending, market rates, stress indexes):
 * its own observations in metric units ($mn as $bn), or index points.
 */
function ownLevel(snap: Snapshot, id: SeriesId, asOf: string): History | undefined {
  const def = seriesDef(id);
  const kind = def.unit === 'index' ? 'index' : METRIC_KIND_OF_UNIT[def.unit];
  if (def.license !== 'public' || !kind) return undefined;
  const rows = metricInputs(published(snap))(id).filter((o) => isKnownBy(o, asOf));
  return rows.length ? { mode: 'level', kind, rows } : undefined;
}

/** A history from `from` on (undefined: all of it); undefined when nothing is left. */
export function cutHistory(h: History | undefined, from: string | undefined): History | undefined {
  if (!h || from === undefined) return h;
  const rows = h.rows.filter((o) => o.date >= from);
  if (!rows.length) return undefined;
  return h.band ? { ...h, rows, band: h.band.filter((b) => b.date >= from) } : { ...h, rows };
}

/** The target range on each date of `rows` that both limits cover (the limits are calendar-daily). */
function targetBand(snap: Snapshot, rows: Obs, asOf: string): RangeRow[] {
  const lo = baseOf(snap, 'rangeBottom').obs.filter((o) => isKnownBy(o, asOf));
  const hi = baseOf(snap, 'rangeTop').obs.filter((o) => isKnownBy(o, asOf));
  const out: RangeRow[] = [];
  let i = 0;
  let j = 0;
  for (const r of rows) {
    while (i + 1 < lo.length && (lo[i + 1] as Observation).date <= r.date) i++;
    while (j + 1 < hi.length && (hi[j + 1] as Observation).date <= r.date) j++;
    const l = lo[i];
    const h = hi[j];
    if (l && h && l.date <= r.date && h.date <= r.date && l.date >= addDays(r.date, -7)) out.push({ date: r.date, lo: l.value, hi: h.value });
  }
  return out;
}
