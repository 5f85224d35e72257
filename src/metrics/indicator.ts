import type { SeriesId } from '../catalog/series.ts';
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

export interface History {
  /** level: the series in its display unit; drawdown: % below the 52-week high (copyrighted prices). */
  readonly mode: 'level' | 'drawdown';
  readonly kind: 'pct' | 'bp' | 'usd_bn' | 'pct_chg';
  readonly rows: readonly Observation[];
}

/** The last `years` of a series up to asOf, as its indicator chart shows it. */
export function historyOf(snap: Snapshot, id: SeriesId, asOf: string, years: number): History | undefined {
  const from = addMonths(asOf, -12 * years);
  const cut = (obs: Obs) => obs.filter((o) => o.date >= from && isKnownBy(o, asOf));
  if (SERIES_ASSET[id]) {
    const rows = cut(drawdownSeries(published(snap).series.get(id) ?? []));
    return rows.length ? { mode: 'drawdown', kind: 'pct_chg', rows } : undefined;
  }
  const key = SERIES_BASE[id];
  const base = key ? baseOf(snap, key) : undefined;
  if (!base) return undefined;
  const rows = cut(base.obs);
  return rows.length ? { mode: 'level', kind: base.kind, rows } : undefined;
}
