import type { SeriesId } from '../catalog/series.ts';
import { addDays } from '../snapshot/observation.ts';
import type { Observation } from '../snapshot/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { deriveBases, type Obs } from './derived.ts';
import { isKnownBy } from './lookup.ts';
import { published } from './publication.ts';
import { WindowMax } from './rolling.ts';
import { addMonths } from './timeline.ts';

/** The metric base each catalog series feeds (for its indicator page). */
export const SERIES_BASE: Readonly<Partial<Record<SeriesId, string>>> = {
  SOFR: 'sofr', SOFR_P1: 'sofrP1', SOFR_P25: 'sofrP25', SOFR_P75: 'sofrP75', SOFR_P99: 'sofrP99', SOFR_VOLUME: 'sofrVolume',
  EFFR: 'effr', IORB: 'iorb', IOER: 'iorb', DFEDTARU: 'rangeTop', DFEDTARL: 'rangeBottom', BGCR: 'bgcr', TGCR: 'tgcr',
  RRPONTSYAWARD: 'rrpRate', RRPONTSYD: 'rrp', WRESBAL: 'reserves', WALCL: 'fedAssets', TGA_CLOSE: 'tga', WTREGEN: 'tgaWeekly',
  SRF_TOTAL: 'srf', SRF_MBS: 'srfMbs',
};

/** Copyrighted prices, shown only through their asset's derived figures. */
export const SERIES_ASSET: Readonly<Partial<Record<SeriesId, string>>> = {
  SP500: 'sp500', NASDAQCOM: 'nasdaq', CBBTCUSD: 'btc', BTCUSDT: 'btc',
};

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
  const base = key ? deriveBases(snap).find((b) => b.key === key) : undefined;
  if (!base) return undefined;
  const rows = cut(base.obs);
  return rows.length ? { mode: 'level', kind: base.kind, rows } : undefined;
}
