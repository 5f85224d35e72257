import { BTC_SPLICE, type SeriesId } from '../../catalog/series.ts';
import type { Observation } from '../../core/observation.ts';
import { addDays } from '../../core/dates.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { metricInputs, splicedAt } from '../derived.ts';
import { defineFamily, perPrefix, type Inputs, type Obs } from '../family.ts';
import { latestAt, latestKnown } from '../lookup.ts';
import { published } from '../publication.ts';
import { RollingCorrelation, WindowMax } from '../rolling.ts';

// Risk assets: copyrighted prices, so only drawdowns and correlations are published.

const ASSET_WINDOW_DAYS = 365;
const CORR_WEEKS = 52;
const CORR_MIN_WEEKS = 26;

export interface Asset {
  readonly key: AssetKey;
  readonly obs: Obs;
  /**
   * The series a figure dated `date` is drawn from; the first names its link and freshness. A
   * function of the date, not of the snapshot: an edition must not name a source only because
   * later data from it exists.
   */
  readonly seriesAt: (date: string) => readonly SeriesId[];
}

const ASSETS = {
  nasdaq: { name: 'Nasdaq Composite', pages: ['NASDAQCOM'], derive: (s: Inputs) => ({ obs: s('NASDAQCOM'), seriesAt: () => ['NASDAQCOM'] as const }) },
  sp500: { name: 'S&P 500', pages: ['SP500'], derive: (s: Inputs) => ({ obs: s('SP500'), seriesAt: () => ['SP500'] as const }) },
  btc: { name: 'Bitcoin', pages: [BTC_SPLICE.from, BTC_SPLICE.before], derive: bitcoin },
} as const satisfies Record<string, { name: string; pages: readonly SeriesId[]; derive: (s: Inputs) => Omit<Asset, 'key'> }>;
export type AssetKey = keyof typeof ASSETS;
const ASSET_KEYS = Object.keys(ASSETS) as AssetKey[];

/** Copyrighted prices, shown only through their asset's derived figures (their indicator pages). */
export const SERIES_ASSET: Readonly<Partial<Record<SeriesId, AssetKey>>> = Object.fromEntries(
  ASSET_KEYS.flatMap((k) => ASSETS[k].pages.map((id) => [id, k])),
);

/** Bitcoin: Binance history spliced onto FRED's Coinbase series at BTC_SPLICE (see the catalog). */
function bitcoin(s: Inputs): Omit<Asset, 'key'> {
  const coinbase = s(BTC_SPLICE.from).filter((o) => o.date >= BTC_SPLICE.date);
  const obs = splicedAt(s(BTC_SPLICE.before), coinbase, BTC_SPLICE.date);
  // The first series names the figure's link and freshness: Binance's before the splice (it
  // ends there, so it is never stale), Coinbase's from it on.
  return { obs, seriesAt: (date) => (date < BTC_SPLICE.date ? [BTC_SPLICE.before] : [BTC_SPLICE.from, BTC_SPLICE.before]) };
}

/** Each risk asset's prices as published (made once per snapshot). */
export function deriveAssets(raw: Snapshot): Asset[] {
  const snap = published(raw);
  return snap.derived('riskAssets', () => {
    const s = metricInputs(snap);
    return ASSET_KEYS.map((key) => ({ key, ...ASSETS[key].derive(s) }));
  });
}

export const risk = defineFamily({
  id: 'risk',
  doc: 'Risk assets as the market\'s reaction: index and Bitcoin levels are copyrighted and deliberately not offered.',
  bases: {},
  metrics: perPrefix(ASSET_KEYS, {
    drawdown: (a) => ({ kind: 'pct_chg', doc: `${ASSETS[a].name}: % below its 52-week high (needs the whole window in the data)` }),
    corrNetLiq: (a) => ({ kind: 'corr', doc: `${ASSETS[a].name}: 52-week correlation of weekly changes with net-liquidity changes` }),
  }),
  start: (run) => {
    const assets = deriveAssets(run.snap);
    const netLiq = run.base('netLiq').obs;
    // 52-week highs, and weekly changes paired with net-liquidity changes.
    const state = assets.map((a) => ({
      a, high: new WindowMax(), corr: new RollingCorrelation(CORR_WEEKS),
      drawdown: `${a.key}.drawdown` as const, corrNetLiq: `${a.key}.corrNetLiq` as const,
    }));
    for (const s of state) run.feed(s.a.obs, (o) => s.high.push(o));
    run.feed(netLiq, (o, i) => {
      const prev = netLiq[i - 1];
      if (!prev) return;
      for (const { a, corr } of state) {
        const p0 = latestAt(a.obs, prev.date);
        const p1 = latestAt(a.obs, o.date);
        if (p0 && p1 && p1.date > prev.date && p0.value > 0) corr.push(p1.value / p0.value - 1, o.value - prev.value);
      }
    });
    return (ed) => {
      for (const { a, high, corr, drawdown, corrNetLiq } of state) {
        const last = latestKnown(a.obs, ed.asOf);
        const from = last ? addDays(last.date, -ASSET_WINDOW_DAYS) : undefined;
        const top = from ? high.maxSince(from) : undefined;
        // A drawdown needs the whole 52-week window in the data, or the "high" is not the high.
        if (last && top && from && (a.obs[0] as Observation).date <= from) {
          ed.put(drawdown, (last.value / top.value - 1) * 100, last.date, a.seriesAt(last.date));
        }
        const net = latestKnown(netLiq, ed.asOf);
        if (net && corr.count >= CORR_MIN_WEEKS) ed.put(corrNetLiq, corr.value(), net.date, [...a.seriesAt(net.date), 'WALCL']);
      }
    };
  },
});
