import type { SeriesId } from '../catalog/series.ts';
import { addDays } from '../snapshot/observation.ts';
import type { Observation } from '../snapshot/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { deriveAssets, deriveBases, SRF_ERA_START, toBp, type Base, type Obs } from './derived.ts';
import { makeFigure, type Figure, type FigureKind } from './figure.ts';
import { isSeriesStale } from './freshness.ts';
import { indexKnownBy, isKnownBy, lastNKnown, latestAt, latestKnown } from './lookup.ts';
import { publicationOf } from './publication.ts';
import { RollingCorrelation, RunningMax, WindowMax, WindowRank } from './rolling.ts';
import { classify, type SignalResult, NEAR_ZERO_RRP_BN, PILLARS } from './signals.ts';

export type Figures = Readonly<Record<string, Figure | null>>;

export interface EditionMetrics {
  readonly asOf: string;
  readonly figures: Figures;
  readonly signals: readonly SignalResult[];
}

/** Calendar lookbacks for change figures, anchored on the latest observation's date. */
const CHANGES: readonly [suffix: string, back: (date: string) => string][] = [
  ['chg1w', (d) => addDays(d, -7)],
  ['chg1m', (d) => addMonths(d, -1)],
  ['chg3m', (d) => addMonths(d, -3)],
  ['chgYtd', (d) => `${Number(d.slice(0, 4)) - 1}-12-31`],
];

export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d, last));
  return t.toISOString().slice(0, 10);
}

const changeKind = (b: Base): FigureKind => (b.kind === 'usd_bn' ? 'usd_bn_delta' : 'bp');
const change = (b: Base, now: number, then: number) =>
  b.kind === 'pct' ? toBp(now - then) : Math.round((now - then) * 1e6) / 1e6;

const ASSET_WINDOW_DAYS = 365;
const NEAR_ZERO_WINDOW = 60;
const CORR_WEEKS = 52;
const CORR_MIN_WEEKS = 26;

/** Every metric key a template may name, with the kind of figure it gives (independent of dates). */
function metricKinds(bases: readonly Base[], assets: readonly { key: string }[]): Map<string, FigureKind> {
  const kinds = new Map<string, FigureKind>();
  for (const b of bases) {
    kinds.set(`${b.key}.latest`, b.kind).set(`${b.key}.max1m`, b.kind).set(`${b.key}.chg1d`, changeKind(b));
    for (const [suffix] of CHANGES) kinds.set(`${b.key}.${suffix}`, changeKind(b));
    kinds.set(`${b.key}.rank1y`, 'rank').set(`${b.key}.rank5y`, 'rank');
    if (b.kind === 'bp') kinds.set(`${b.key}.min2d`, 'bp');
  }
  kinds.set('sofr.atSpreadPeak', 'pct').set('srf.record', 'usd_bn').set('srf.isRecord', 'flag').set('srf.mbsShare', 'share')
    .set('srf.recordSince', 'count').set('omo.max', 'usd_bn').set('omo.maxSince', 'count')
    .set('rrp.peak', 'usd_bn').set('rrp.shareOfPeak', 'share').set('rrp.daysNearZero', 'count').set('fiscal.drain3m', 'share')
    .set('fiscal.netDrain3m', 'share').set('sofr.monthEnd', 'flag')
    .set('rrp.nearZero60', 'count').set('reserves.lowSince', 'usd_bn').set('tga.high3m', 'usd_bn').set('tga.low3m', 'usd_bn');
  for (const a of assets) kinds.set(`${a.key}.drawdown`, 'pct_chg').set(`${a.key}.corrNetLiq`, 'corr');
  for (const p of [...PILLARS, 'overall']) kinds.set(`signal.${p}`, 'signal');
  return kinds;
}

const catalogs = new WeakMap<Snapshot, ReadonlyMap<string, FigureKind>>();
/** The metric vocabulary of a snapshot: key -> kind (memoised; every edition is checked against it). */
export function metricCatalog(snap: Snapshot): ReadonlyMap<string, FigureKind> {
  let kinds = catalogs.get(snap);
  if (!kinds) catalogs.set(snap, (kinds = metricKinds(deriveBases(snap), deriveAssets(snap))));
  return kinds;
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
 * date is fed before that edition is computed.
 */
export function computeTimeline(raw: Snapshot, dates: readonly string[]): Map<string, EditionMetrics> {
  const { snapshot: snap, calendar } = publicationOf(raw);
  const sorted = [...new Set(dates)].sort();
  const bases = deriveBases(snap);
  const assets = deriveAssets(snap);
  const keys = [...metricKinds(bases, assets).keys()];
  const byKey = new Map(bases.map((b) => [b.key, b]));
  const baseOf = (k: string) => byKey.get(k) as Base;

  // Percentile windows: a 1-year and a 5-year window per base.
  const ranks = new Map(bases.map((b) => [b.key, { y1: new WindowRank(), y5: new WindowRank() }]));
  const feeders: Feeder[] = bases.map((b) => new Feeder(b.obs, (o) => {
    const r = ranks.get(b.key)!;
    r.y1.push(o);
    r.y5.push(o);
  }));

  // Highest value of the past month, per base (with its own date).
  const monthMax = new Map(bases.map((b) => [b.key, new WindowMax()]));
  for (const b of bases) feeders.push(new Feeder(b.obs, (o) => monthMax.get(b.key)!.push(o)));

  // Repo take-up records, one per facility: the SRF's over SRF-era days only (the base holds no
  // others), the temporary OMOs' over theirs. Each remembers the first day of its data, because
  // "highest" only holds over the span the snapshot covers.
  const srfRecord = new RunningMax();
  const omoMax = new RunningMax();
  feeders.push(new Feeder(baseOf('srf').obs, (o) => srfRecord.push(o)));
  feeders.push(new Feeder(baseOf('omo').obs, (o) => omoMax.push(o)));

  // ON RRP: all-time peak and the current streak of days below the near-zero threshold.
  let rrpPeak: Observation | undefined;
  let rrpStreak = 0;
  feeders.push(new Feeder(baseOf('rrp').obs, (o) => {
    if (!rrpPeak || o.value > rrpPeak.value) rrpPeak = o;
    rrpStreak = o.value < NEAR_ZERO_RRP_BN ? rrpStreak + 1 : 0;
  }));

  // Risk assets: 52-week highs, and weekly changes paired with net-liquidity changes.
  const netLiq = baseOf('netLiq').obs;
  const highs = new Map(assets.map((a) => [a.key, new WindowMax()]));
  const corrs = new Map(assets.map((a) => [a.key, new RollingCorrelation(CORR_WEEKS)]));
  for (const a of assets) feeders.push(new Feeder(a.obs, (o) => highs.get(a.key)!.push(o)));
  feeders.push(new Feeder(netLiq, (o, i) => {
    const prev = netLiq[i - 1];
    if (!prev) return;
    for (const a of assets) {
      const p0 = latestAt(a.obs, prev.date);
      const p1 = latestAt(a.obs, o.date);
      if (p0 && p1 && p1.date > prev.date && p0.value > 0) corrs.get(a.key)!.push(p1.value / p0.value - 1, o.value - prev.value);
    }
  }));

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
    const put = (key: string, value: number | undefined, kind: FigureKind, date: string, series: readonly SeriesId[], stale?: boolean) => {
      if (value !== undefined && Number.isFinite(value)) fig[key] = makeFigure(value, kind, date, series, stale ?? series.some(isStale));
    };

    for (const b of bases) {
      if (b.until && asOf >= b.until) continue;
      const i = indexKnownBy(b.obs, asOf);
      const last = b.obs[i];
      if (!last) continue;
      put(`${b.key}.latest`, last.value, b.kind, last.date, b.series);
      const top = monthMax.get(b.key)!.maxSince(addMonths(last.date, -1));
      if (top) put(`${b.key}.max1m`, top.value, b.kind, top.date, b.series);
      const prev = b.obs[i - 1];
      if (prev) put(`${b.key}.chg1d`, change(b, last.value, prev.value), changeKind(b), last.date, b.series);
      // The smaller of the last two prints: a spread that held, not a one-day blip.
      if (prev && b.kind === 'bp') put(`${b.key}.min2d`, Math.min(last.value, prev.value), 'bp', last.date, b.series);
      for (const [suffix, back] of CHANGES) {
        const then = latestAt(b.obs, back(last.date));
        if (then) put(`${b.key}.${suffix}`, change(b, last.value, then.value), changeKind(b), last.date, b.series);
      }
      const r = ranks.get(b.key);
      const first = b.obs[0] as Observation;
      if (r) {
        const y1 = addMonths(last.date, -12);
        const y5 = addMonths(last.date, -60);
        if (first.date <= y1) put(`${b.key}.rank1y`, r.y1.rank(last.value, y1, 2), 'rank', last.date, b.series);
        if (first.date <= y5) put(`${b.key}.rank5y`, r.y5.rank(last.value, y5, 2), 'rank', last.date, b.series);
      }
    }

    // Whether the latest SOFR print is a month-end one (the next business day is in another month).
    const sofrLast = latestKnown(baseOf('sofr').obs, asOf);
    if (sofrLast) put('sofr.monthEnd', calendar.next(sofrLast.date).slice(0, 7) !== sofrLast.date.slice(0, 7) ? 1 : 0, 'flag', sofrLast.date, ['SOFR']);

    // SOFR on the day its spread to the range top peaked in the past month.
    const peak = fig['sofrTop.max1m'];
    const sofrAtPeak = peak ? latestAt(baseOf('sofr').obs, peak.date) : undefined;
    if (peak && sofrAtPeak?.date === peak.date) put('sofr.atSpreadPeak', sofrAtPeak.value, 'pct', peak.date, ['SOFR']);

    const srf = latestKnown(baseOf('srf').obs, asOf);
    if (srf) {
      const top = srfRecord.top;
      if (top) put('srf.record', top.value, 'usd_bn', top.date, ['SRF_TOTAL']);
      // Dated by the first SRF-era day in the data, valued by how many days the record compares.
      put('srf.recordSince', srfRecord.count, 'count', srfRecord.first!.date, ['SRF_TOTAL']);
      put('srf.isRecord', srf.date === top?.date ? 1 : 0, 'flag', srf.date, ['SRF_TOTAL']);
      const mbs = latestAt(baseOf('srfMbs').obs, srf.date);
      if (mbs?.date === srf.date && srf.value > 0) put('srf.mbsShare', mbs.value / srf.value, 'share', srf.date, ['SRF_TOTAL', 'SRF_MBS']);
    }
    const omoTop = omoMax.top;
    if (omoTop) {
      // Once the SRF era has begun the temporary operations are closed history, not a stale series.
      const closed = asOf >= SRF_ERA_START ? false : undefined;
      put('omo.max', omoTop.value, 'usd_bn', omoTop.date, ['SRF_TOTAL'], closed);
      put('omo.maxSince', omoMax.count, 'count', omoMax.first!.date, ['SRF_TOTAL'], closed);
    }

    const rrp = latestKnown(baseOf('rrp').obs, asOf);
    if (rrp && rrpPeak) {
      put('rrp.peak', rrpPeak.value, 'usd_bn', rrpPeak.date, ['RRPONTSYD']);
      put('rrp.shareOfPeak', rrp.value / rrpPeak.value, 'share', rrp.date, ['RRPONTSYD']);
      put('rrp.daysNearZero', rrpStreak, 'count', rrp.date, ['RRPONTSYD']);
      // A streak resets on one day above the line (a month-end); the count over 60 days does not.
      const recent = lastNKnown(baseOf('rrp').obs, asOf, NEAR_ZERO_WINDOW);
      if (recent.length === NEAR_ZERO_WINDOW) {
        put('rrp.nearZero60', recent.filter((o) => o.value < NEAR_ZERO_RRP_BN).length, 'count', rrp.date, ['RRPONTSYD']);
      }
    }

    // Reserves: the last earlier date they stood at or below today's level ("lowest since …"),
    // as that date with the level of that day.
    const resObs = baseOf('reserves').obs;
    const ri = indexKnownBy(resObs, asOf);
    const resNow = resObs[ri];
    if (resNow) {
      let j = ri - 1;
      while (j >= 0 && (resObs[j] as Observation).value > resNow.value) j--;
      const since = resObs[j];
      // "Lowest since" a week or a month ago says nothing: only when it reaches back half a year.
      if (since && since.date < addMonths(resNow.date, -6)) put('reserves.lowSince', since.value, 'usd_bn', since.date, ['WRESBAL']);
    }

    // The daily TGA's highest and lowest close of the past three months, each with its date.
    const tgaD = baseOf('tga').obs;
    const tgaLast = latestKnown(tgaD, asOf);
    if (tgaLast) {
      const from = addMonths(tgaLast.date, -3);
      const window = lastNKnown(tgaD, asOf, 80).filter((o) => o.date >= from);
      const hi = window.reduce((a, b) => (b.value > a.value ? b : a), tgaLast);
      const lo = window.reduce((a, b) => (b.value < a.value ? b : a), tgaLast);
      put('tga.high3m', hi.value, 'usd_bn', hi.date, ['TGA_CLOSE']);
      put('tga.low3m', lo.value, 'usd_bn', lo.date, ['TGA_CLOSE']);
    }

    const tgaW = baseOf('tgaWeekly').obs;
    const tNow = latestKnown(tgaW, asOf);
    if (tNow) {
      const start = addMonths(tNow.date, -3);
      const tThen = latestAt(tgaW, start);
      const res = latestAt(baseOf('reserves').obs, start);
      const rr = latestAt(baseOf('rrp').obs, start);
      if (tThen && res && rr) {
        const buffers = res.value + rr.value;
        put('fiscal.drain3m', (tNow.value - tThen.value) / buffers, 'share', tNow.date, ['WTREGEN', 'WRESBAL', 'RRPONTSYD']);
        // Net of the Fed's own balance-sheet change over the same weeks: QE adds reserves, QT drains them.
        const fed = baseOf('fedAssets').obs;
        const fNow = latestAt(fed, tNow.date);
        const fThen = latestAt(fed, start);
        if (fNow?.date === tNow.date && fThen) {
          put('fiscal.netDrain3m', (tNow.value - tThen.value - (fNow.value - fThen.value)) / buffers, 'share', tNow.date,
            ['WTREGEN', 'WALCL', 'WRESBAL', 'RRPONTSYD']);
        }
      }
    }

    for (const a of assets) {
      const last = latestKnown(a.obs, asOf);
      const from = last ? addDays(last.date, -ASSET_WINDOW_DAYS) : undefined;
      const high = from ? highs.get(a.key)!.maxSince(from) : undefined;
      // A drawdown needs the whole 52-week window in the data, or the "high" is not the high.
      if (last && high && from && (a.obs[0] as Observation).date <= from) {
        put(`${a.key}.drawdown`, (last.value / high.value - 1) * 100, 'pct_chg', last.date, a.series);
      }
      const c = corrs.get(a.key)!;
      const net = latestKnown(netLiq, asOf);
      if (net && c.count >= CORR_MIN_WEEKS) put(`${a.key}.corrNetLiq`, c.value(), 'corr', net.date, [...a.series, 'WALCL']);
    }

    const signals = classify(fig, asOf);
    for (const s of signals) {
      if (s.level !== null) fig[`signal.${s.pillar}`] = makeFigure(s.level, 'signal', asOf, [], false);
    }
    out.set(asOf, { asOf, figures: fig, signals });
  }
  return out;
}

/** The metrics of one as-of date (same engine, one date). */
export function computeEdition(snap: Snapshot, asOf: string): EditionMetrics {
  return computeTimeline(snap, [asOf]).get(asOf) as EditionMetrics;
}
