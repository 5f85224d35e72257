import type { Figure } from './figure.ts';
import type { MetricKey } from './registry.ts';
import { SRF_START } from '../catalog/events.ts';

// Stress signals: for each pillar a green (0) / amber (1) / red (2) state from documented
// thresholds, the rule that decided it, and an overall regime. The methodology page renders
// RULES and the regime rules, so the page and the code cannot disagree; the backtest
// (metrics/backtest.ts, `npm run backtest`) measures them against past episodes and calm years.

export type Pillar = 'funding' | 'facility' | 'buffers' | 'fiscal' | 'risk';
export type Level = 0 | 1 | 2;

/** ON RRP below this ($bn) counts as "near zero": under 2% of its 2022 peak. */
export const NEAR_ZERO_RRP_BN = 50;

/** The Standing Repo Facility was established on this day; earlier take-up was temporary OMOs. */

export interface Rule {
  readonly id: string;
  readonly pillar: Pillar;
  /** The level the rule sets when it holds; rules are tried red first, then amber. */
  readonly level: Level;
  /** The figures the rule reads; a rule whose figures are missing or stale cannot fire. */
  readonly needs: readonly MetricKey[];
  /** `v` gives a figure's value, `date` the date it describes; `asOf` is the edition date. */
  readonly test: (v: (key: MetricKey) => number, date: (key: MetricKey) => string, asOf: string) => boolean;
}

export const THRESHOLDS = {
  /** One print this far above the ceiling is a spike, unless it is a month-end print. */
  sofrSpikeBp: 20,
  p99SpikeBp: 150,
  /** Two prints in a row this far above the ceiling: the pressure has lasted. */
  sofrHeldBp: 10,
  p99HeldBp: 75,
  /** Amber: above the ceiling at all, the tail above it, or SOFR over IORB for two prints. */
  sofrAboveTopBp: 5,
  p99AboveTopBp: 25,
  sofrAboveIorbBp: 5,
  srfLargeBn: 25,
  srfAnyBn: 5,
  /** A weekly rise in Fed total assets this large is emergency lending: QE's biggest settlement weeks added up to $120bn. */
  fedSurgeBn: 150,
  rrpLowBn: 250,
  /** Reserves in the lowest fifth of their five-year range. */
  reservesLowRank: 20,
  /** Reserves in the lower half of their five-year range: no longer abundant. */
  reservesMidRank: 50,
  drainRed: 0.1,
  drainAmber: 0.05,
  equityRedPct: -10,
  equityAmberPct: -5,
  btcRedPct: -25,
  btcAmberPct: -15,
} as const;
const T = THRESHOLDS;

export const RULES = [
  // Funding: SOFR against the ceiling of the target range and against IORB, with a noise margin,
  // persistence (two prints) and the distribution (99th percentile). Month-end prints carry a
  // known calendar premium, so a one-day spike on one is only amber.
  { id: 'funding.spike', pillar: 'funding', level: 2, needs: ['sofrTop.latest', 'sofr.monthEnd'],
    test: (v) => v('sofr.monthEnd') === 0 && v('sofrTop.latest') >= T.sofrSpikeBp },
  { id: 'funding.tailSpike', pillar: 'funding', level: 2, needs: ['sofrP99Top.latest', 'sofr.monthEnd'],
    test: (v) => v('sofr.monthEnd') === 0 && v('sofrP99Top.latest') >= T.p99SpikeBp },
  { id: 'funding.heldAboveTop', pillar: 'funding', level: 2, needs: ['sofrTop.min2d'], test: (v) => v('sofrTop.min2d') >= T.sofrHeldBp },
  { id: 'funding.tailHeldAboveTop', pillar: 'funding', level: 2, needs: ['sofrP99Top.min2d'], test: (v) => v('sofrP99Top.min2d') >= T.p99HeldBp },
  { id: 'funding.sofrAboveTop', pillar: 'funding', level: 1, needs: ['sofrTop.latest'], test: (v) => v('sofrTop.latest') >= T.sofrAboveTopBp },
  { id: 'funding.p99AboveTop', pillar: 'funding', level: 1, needs: ['sofrP99Top.latest'], test: (v) => v('sofrP99Top.latest') >= T.p99AboveTopBp },
  { id: 'funding.sofrAboveIorb', pillar: 'funding', level: 1, needs: ['sofrIorb.min2d'], test: (v) => v('sofrIorb.min2d') >= T.sofrAboveIorbBp },
  // Facility: Standing Repo Facility take-up on the edition's own day (results are out by the
  // afternoon; the 2019–21 temporary operations were the Fed's routine reserve supply, not a
  // backstop drawn under stress), and emergency lending as a jump in the Fed's balance sheet.
  { id: 'facility.large', pillar: 'facility', level: 2, needs: ['srf.latest'],
    test: (v, d, asOf) => d('srf.latest') === asOf && asOf >= SRF_START && v('srf.latest') >= T.srfLargeBn },
  { id: 'facility.any', pillar: 'facility', level: 1, needs: ['srf.latest'],
    test: (v, d, asOf) => d('srf.latest') === asOf && asOf >= SRF_START && v('srf.latest') >= T.srfAnyBn },
  { id: 'facility.fedSurge', pillar: 'facility', level: 1, needs: ['fedAssets.chg1w'], test: (v) => v('fedAssets.chg1w') >= T.fedSurgeBn },
  // Buffers: an empty ON RRP matters only while reserves are being drawn down and are not
  // abundant (in mid-2020 it sat empty beside record reserves); with reserves also near their
  // five-year low there is nothing left to absorb a shock.
  { id: 'buffers.thin', pillar: 'buffers', level: 2, needs: ['rrp.latest', 'reserves.chg3m', 'reserves.rank5y'],
    test: (v) => v('rrp.latest') < NEAR_ZERO_RRP_BN && v('reserves.chg3m') < 0 && v('reserves.rank5y') <= T.reservesLowRank },
  { id: 'buffers.rrpNearZero', pillar: 'buffers', level: 1, needs: ['rrp.latest', 'reserves.chg3m', 'reserves.rank5y'],
    test: (v) => v('rrp.latest') < NEAR_ZERO_RRP_BN && v('reserves.chg3m') < 0 && v('reserves.rank5y') <= T.reservesMidRank },
  { id: 'buffers.rrpLow', pillar: 'buffers', level: 1, needs: ['rrp.latest', 'reserves.chg3m', 'reserves.rank5y'],
    test: (v) => v('rrp.latest') < T.rrpLowBn && v('reserves.chg3m') < 0 && v('reserves.rank5y') <= T.reservesMidRank },
  // Fiscal: the Treasury's cash build-up net of what the Fed adds (QE) or removes (QT).
  { id: 'fiscal.drainLarge', pillar: 'fiscal', level: 2, needs: ['fiscal.netDrain3m'], test: (v) => v('fiscal.netDrain3m') > T.drainRed },
  { id: 'fiscal.drain', pillar: 'fiscal', level: 1, needs: ['fiscal.netDrain3m'], test: (v) => v('fiscal.netDrain3m') > T.drainAmber },
  // Risk assets: the market's reaction. They corroborate funding stress but never set the regime alone.
  { id: 'risk.nasdaqDeep', pillar: 'risk', level: 2, needs: ['nasdaq.drawdown'], test: (v) => v('nasdaq.drawdown') <= T.equityRedPct },
  { id: 'risk.sp500Deep', pillar: 'risk', level: 2, needs: ['sp500.drawdown'], test: (v) => v('sp500.drawdown') <= T.equityRedPct },
  { id: 'risk.btcDeep', pillar: 'risk', level: 2, needs: ['btc.drawdown'], test: (v) => v('btc.drawdown') <= T.btcRedPct },
  { id: 'risk.nasdaq', pillar: 'risk', level: 1, needs: ['nasdaq.drawdown'], test: (v) => v('nasdaq.drawdown') <= T.equityAmberPct },
  { id: 'risk.sp500', pillar: 'risk', level: 1, needs: ['sp500.drawdown'], test: (v) => v('sp500.drawdown') <= T.equityAmberPct },
  { id: 'risk.btc', pillar: 'risk', level: 1, needs: ['btc.drawdown'], test: (v) => v('btc.drawdown') <= T.btcAmberPct },
] as const satisfies readonly Rule[];

/** The id of a pillar rule: `funding.spike`, `buffers.thin`, … (i18n words are typed by it). */
export type RuleId = (typeof RULES)[number]['id'];

export const PILLARS: readonly Pillar[] = ['funding', 'facility', 'buffers', 'fiscal', 'risk'];

/**
 * The overall regime, in the order tried. Only funding conditions decide it: a rate spike needs
 * corroboration (a backstop in use, exhausted buffers or a market sell-off) to read as stress;
 * the fiscal drain counts only when the buffers are already thin; risk assets alone never move it.
 */
export const REGIME_RULES = [
  { id: 'overall.stress', level: 2 },
  { id: 'overall.tight', level: 1 },
  { id: 'overall.calm', level: 0 },
] as const;

export interface SignalResult {
  readonly pillar: Pillar | 'overall';
  /** null: none of the pillar's figures exist at this date. */
  readonly level: Level | null;
  /** The rule that fired, "<pillar>.calm" when none did, "<pillar>.noData" or "<pillar>.stale". */
  readonly rule: SignalRule;
}

/** What decided a pillar's or the regime's level: a rule, `<pillar>.calm`, `.noData` or `.stale`, or a regime rule. */
export type SignalRule =
  | RuleId
  | `${Pillar}.${'calm' | 'noData' | 'stale'}`
  | (typeof REGIME_RULES)[number]['id'];

/** The overall level from the pillar levels (null = no reading). */
export function regime(p: Readonly<Record<Pillar, Level | null>>): Level | null {
  const core = [p.funding, p.facility, p.buffers];
  if (core.every((l) => l === null)) return null;
  const at = (l: Level | null, min: Level) => l !== null && l >= min;
  if (at(p.funding, 2) && (at(p.facility, 1) || at(p.buffers, 2) || at(p.risk, 2))) return 2;
  if (at(p.facility, 2) && at(p.funding, 1)) return 2;
  if (at(p.funding, 1) || at(p.facility, 1) || (at(p.fiscal, 2) && at(p.buffers, 1))) return 1;
  return 0;
}

/** Signals of one edition from its figures. */
export function classify(figures: Readonly<Record<string, Figure | null>>, asOf: string): SignalResult[] {
  // A stale figure describes the past, not this date: rules do not fire on it.
  const fresh = (k: MetricKey) => figures[k] != null && !(figures[k] as Figure).stale;
  const v = (k: MetricKey) => (figures[k] as Figure).value;
  const d = (k: MetricKey) => (figures[k] as Figure).date;
  const results: SignalResult[] = PILLARS.map((pillar) => {
    const rules = RULES.filter((r) => r.pillar === pillar);
    const usable = rules.filter((r) => r.needs.every(fresh));
    if (usable.length === 0) {
      const staleOnly = rules.some((r) => r.needs.every((k) => figures[k] != null));
      return { pillar, level: null, rule: `${pillar}.${staleOnly ? 'stale' : 'noData'}` as const };
    }
    const fired = [2, 1].flatMap((level) => usable.filter((r) => r.level === level && r.test(v, d, asOf)))[0];
    return fired ? { pillar, level: fired.level, rule: fired.id } : { pillar, level: 0, rule: `${pillar}.calm` as const };
  });
  const by = Object.fromEntries(results.map((r) => [r.pillar, r.level])) as Record<Pillar, Level | null>;
  const overall = regime(by);
  results.push({ pillar: 'overall', level: overall, rule: `overall.${(['calm', 'tight', 'stress'] as const)[overall ?? 0]}` as const });
  return results;
}
