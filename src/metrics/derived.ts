import { seriesDef, type SeriesId, type Unit } from '../catalog/series.ts';
import type { Observation } from '../core/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { laterKnown, latestAt } from './lookup.ts';

// Series derived from the snapshot once per build. Each derived observation on date d uses only
// observations dated <= d, and is public (`known`) only once all its inputs are, so deriving
// first never lets a figure look ahead.

/** Percentage points to basis points, rounded to 0.01 bp to drop float noise (4.22-4 = 0.2199…). */
export const toBp = (pp: number) => Math.round(pp * 10_000) / 100;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export type { Obs } from './family.ts';
type Obs = readonly Observation[];

/** `a − b` in bp on every date of `a` where `b` has a value the same day. */
export function spreadSeries(a: Obs, b: Obs): Observation[] {
  const out: Observation[] = [];
  for (const o of a) {
    const other = latestAt(b, o.date);
    if (other?.date === o.date) out.push({ date: o.date, value: toBp(o.value - other.value), known: laterKnown(o, other) });
  }
  return out;
}

/** The values scaled (e.g. $mn -> $bn with 1/1000). */
export const scaled = (obs: Obs, factor: number): Observation[] => obs.map((o) => ({ ...o, value: round6(o.value * factor) }));

/** Two series joined in time: `older` until the day before `newer` starts (IOER then IORB). */
export function spliced(older: Obs, newer: Obs): Observation[] {
  const start = newer[0]?.date ?? '9999-12-31';
  return [...older.filter((o) => o.date < start), ...newer];
}

/** Two series joined at a fixed date: `before` up to the day before it, `from` on and after it. */
export const splicedAt = (before: Obs, from: Obs, date: string): Observation[] =>
  [...before.filter((o) => o.date < date), ...from.filter((o) => o.date >= date)];

/**
 * Net liquidity in $bn on each Wednesday of the Fed balance sheet: total assets (Wednesday level)
 * minus the TGA (week average ending that Wednesday) minus ON RRP (that day, or the last day
 * before), all three in $bn. Mixing a level, a weekly average and a daily value is the usual
 * shortcut; the methodology page says so.
 */
export function netLiquiditySeries(walcl: Obs, tgaWeekly: Obs, rrp: Obs): Observation[] {
  const out: Observation[] = [];
  for (const w of walcl) {
    const tga = latestAt(tgaWeekly, w.date);
    const r = latestAt(rrp, w.date);
    if (tga?.date !== w.date || !r) continue;
    const known = [laterKnown(w, tga), laterKnown(w, r)].sort().at(-1);
    out.push({ date: w.date, value: round6(w.value - tga.value - r.value), known });
  }
  return out;
}

/** Observations on or after `from` (and before `until`, when given). */
export const between = (obs: Obs, from: string, until = '9999-12-31'): Observation[] =>
  obs.filter((o) => o.date >= from && o.date < until);

/**
 * The one place units are converted: catalog unit -> factor to the unit the metrics work in.
 * Balances are compared in $bn, so H.4.1 items published in $mn are divided by 1000; rates stay
 * in percent (spreads are made in bp by spreadSeries), prices in their own unit.
 */
export const TO_METRIC_UNIT: Readonly<Record<Unit, number>> = { percent: 1, usd_mn: 1 / 1000, usd_bn: 1, index: 1, usd: 1, usdt: 1 };

/** The kind of figure a catalog unit gives once converted (undefined: prices, never published as levels). */
export const METRIC_KIND_OF_UNIT: Readonly<Record<Unit, 'pct' | 'usd_bn' | undefined>> = {
  percent: 'pct', usd_mn: 'usd_bn', usd_bn: 'usd_bn', index: undefined, usd: undefined, usdt: undefined,
};

/** Catalog series of a snapshot in metric units, each converted once on first use. */
export function metricInputs(snap: Snapshot): (id: SeriesId) => Obs {
  const converted = new Map<SeriesId, Obs>();
  return (id) => {
    let obs = converted.get(id);
    if (!obs) {
      const raw = snap.series.get(id) ?? [];
      const factor = TO_METRIC_UNIT[seriesDef(id).unit];
      converted.set(id, (obs = factor === 1 ? raw : scaled(raw, factor)));
    }
    return obs;
  };
}
