import { BTC_SPLICE, type SeriesId } from '../catalog/series.ts';
import type { Observation } from '../snapshot/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { laterKnown, latestAt } from './lookup.ts';
import { published } from './publication.ts';

// Series derived from the snapshot once per build. Each derived observation on date d uses only
// observations dated <= d, and is public (`known`) only once all its inputs are, so deriving
// first never lets a figure look ahead.

/** Percentage points to basis points, rounded to 0.01 bp to drop float noise (4.22-4 = 0.2199…). */
export const toBp = (pp: number) => Math.round(pp * 10_000) / 100;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export type Obs = readonly Observation[];

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
 * before). Mixing a level, a weekly average and a daily value is the usual shortcut; the
 * methodology page says so.
 */
export function netLiquiditySeries(walcl: Obs, tgaWeekly: Obs, rrp: Obs): Observation[] {
  const out: Observation[] = [];
  for (const w of walcl) {
    const tga = latestAt(tgaWeekly, w.date);
    const r = latestAt(rrp, w.date);
    if (tga?.date !== w.date || !r) continue;
    const known = [laterKnown(w, tga), laterKnown(w, r)].sort().at(-1);
    out.push({ date: w.date, value: round6(w.value / 1000 - tga.value / 1000 - r.value), known });
  }
  return out;
}

/**
 * The Standing Repo Facility was established on 2021-07-28 (first operations 2021-07-29). Repo
 * take-up before that date was the temporary open market operations of 2019–2021, a different
 * facility: its days never count towards an SRF record.
 */
export const SRF_ERA_START = '2021-07-28';

/** Observations on or after `from` (and before `until`, when given). */
export const between = (obs: Obs, from: string, until = '9999-12-31'): Observation[] =>
  obs.filter((o) => o.date >= from && o.date < until);

/** A named series the metrics work on: observations, what they measure, where they come from. */
export interface Base {
  readonly key: string;
  readonly obs: Obs;
  /** pct series change in bp; usd_bn series change in $bn; bp series (spreads) change in bp. */
  readonly kind: 'pct' | 'bp' | 'usd_bn';
  readonly series: readonly SeriesId[];
  /** The base describes a closed era: editions dated on or after this get none of its measures. */
  readonly until?: string;
}

const get = (snap: Snapshot, id: SeriesId): Obs => snap.series.get(id) ?? [];

const cache = new WeakMap<Snapshot, Base[]>();

/** Every base series the report can talk about, derived once per snapshot (memoised). */
export function deriveBases(snap: Snapshot): Base[] {
  let bases = cache.get(snap);
  if (!bases) cache.set(snap, (bases = buildBases(published(snap))));
  return bases;
}

function buildBases(snap: Snapshot): Base[] {
  const s = (id: SeriesId) => get(snap, id);
  const iorb = spliced(s('IOER'), s('IORB'));
  const rrp = s('RRPONTSYD');
  const base = (key: string, obs: Obs, kind: Base['kind'], series: SeriesId[], until?: string): Base =>
    (until ? { key, obs, kind, series, until } : { key, obs, kind, series });
  return [
    base('sofr', s('SOFR'), 'pct', ['SOFR']),
    base('sofrP1', s('SOFR_P1'), 'pct', ['SOFR_P1']),
    base('sofrP25', s('SOFR_P25'), 'pct', ['SOFR_P25']),
    base('sofrP75', s('SOFR_P75'), 'pct', ['SOFR_P75']),
    base('sofrP99', s('SOFR_P99'), 'pct', ['SOFR_P99']),
    base('sofrVolume', s('SOFR_VOLUME'), 'usd_bn', ['SOFR_VOLUME']),
    base('effr', s('EFFR'), 'pct', ['EFFR']),
    base('iorb', iorb, 'pct', ['IORB']),
    base('rangeTop', s('DFEDTARU'), 'pct', ['DFEDTARU']),
    base('rangeBottom', s('DFEDTARL'), 'pct', ['DFEDTARL']),
    base('bgcr', s('BGCR'), 'pct', ['BGCR']),
    base('tgcr', s('TGCR'), 'pct', ['TGCR']),
    base('rrpRate', s('RRPONTSYAWARD'), 'pct', ['RRPONTSYAWARD']),
    base('sofrTop', spreadSeries(s('SOFR'), s('DFEDTARU')), 'bp', ['SOFR', 'DFEDTARU']),
    base('sofrIorb', spreadSeries(s('SOFR'), iorb), 'bp', ['SOFR', 'IORB']),
    base('sofrP99Top', spreadSeries(s('SOFR_P99'), s('DFEDTARU')), 'bp', ['SOFR_P99', 'DFEDTARU']),
    base('tgcrRrp', spreadSeries(s('TGCR'), s('RRPONTSYAWARD')), 'bp', ['TGCR', 'RRPONTSYAWARD']),
    base('effrIorb', spreadSeries(s('EFFR'), iorb), 'bp', ['EFFR', 'IORB']),
    base('bgcrSofr', spreadSeries(s('BGCR'), s('SOFR')), 'bp', ['BGCR', 'SOFR']),
    base('sofrIqr', spreadSeries(s('SOFR_P75'), s('SOFR_P25')), 'bp', ['SOFR_P75', 'SOFR_P25']),
    base('rrp', rrp, 'usd_bn', ['RRPONTSYD']),
    base('reserves', scaled(s('WRESBAL'), 1 / 1000), 'usd_bn', ['WRESBAL']),
    base('fedAssets', scaled(s('WALCL'), 1 / 1000), 'usd_bn', ['WALCL']),
    base('tga', s('TGA_CLOSE'), 'usd_bn', ['TGA_CLOSE']),
    base('tgaWeekly', scaled(s('WTREGEN'), 1 / 1000), 'usd_bn', ['WTREGEN']),
    base('netLiq', netLiquiditySeries(s('WALCL'), s('WTREGEN'), rrp), 'usd_bn', ['WALCL', 'WTREGEN', 'RRPONTSYD']),
    // Repo take-up is split by facility: the Standing Repo Facility, and the temporary OMOs before it.
    base('srf', between(s('SRF_TOTAL'), SRF_ERA_START), 'usd_bn', ['SRF_TOTAL']),
    base('srfMbs', between(s('SRF_MBS'), SRF_ERA_START), 'usd_bn', ['SRF_MBS']),
    base('omo', between(s('SRF_TOTAL'), '0000-01-01', SRF_ERA_START), 'usd_bn', ['SRF_TOTAL'], SRF_ERA_START),
  ];
}

/** Risk assets (copyrighted prices: only drawdowns and correlations are published). */
export function deriveAssets(raw: Snapshot): { key: string; obs: Obs; series: SeriesId[] }[] {
  const snap = published(raw);
  return [
    { key: 'nasdaq', obs: get(snap, 'NASDAQCOM'), series: ['NASDAQCOM'] },
    { key: 'sp500', obs: get(snap, 'SP500'), series: ['SP500'] },
    { key: 'btc', ...bitcoin(snap) },
  ];
}

/** Bitcoin: Binance history spliced onto FRED's Coinbase series at BTC_SPLICE (see the catalog). */
function bitcoin(snap: Snapshot): { obs: Obs; series: SeriesId[] } {
  const coinbase = get(snap, BTC_SPLICE.from).filter((o) => o.date >= BTC_SPLICE.date);
  const obs = splicedAt(get(snap, BTC_SPLICE.before), coinbase, BTC_SPLICE.date);
  // The first series names the figure's link and freshness: the live one once it has data.
  return { obs, series: coinbase.length ? [BTC_SPLICE.from, BTC_SPLICE.before] : [BTC_SPLICE.before] };
}
