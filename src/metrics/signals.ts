import type { Figure } from './figure.ts';
import type { MetricKey } from './registry.ts';
import { SRF_START } from '../catalog/events.ts';

// Stress signals: for each pillar a green (0) / amber (1) / red (2) state from documented
// thresholds, the rule that decided it, and an overall regime. The methodology page renders
// RULES and the regime rules, so the page and the code cannot disagree; the backtest
// (metrics/backtest.ts, `npm run backtest`) measures them against past episodes and calm years.

export type Pillar = 'funding' | 'facility' | 'buffers' | 'fiscal' | 'risk' | 'lender' | 'cash';
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
  /**
   * Normal for this day: a print is routine when at least `dayHistoryMin` earlier prints of its
   * kind of day exist and it sits below `dayRankRed` (red rules) or `dayRankAmber` (amber rules)
   * percent of them; with less history it is judged by the thresholds alone.
   */
  dayHistoryMin: 8,
  dayRankRed: 90,
  dayRankAmber: 75,
  /** One print this far above the ceiling is a spike, unless it is routine for its kind of day. */
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
  /**
   * The temporary repo operations before the SRF: routine reserve supply ran $25–100bn a day in
   * January–February 2020; above $100bn the Fed was meeting a run for cash.
   */
  omoLargeBn: 150,
  omoAnyBn: 100,
  /** Fed lending (H.4.1 loans plus liquidity swaps) up this much in a week ($bn); QE's purchases do not count. */
  lendingSurgeBn: 100,
  lendingGrowthBn: 50,
  /** Discount window primary credit outstanding ($bn): before 2020 it rarely passed $1bn. */
  primaryHeavyBn: 100,
  primaryBn: 50,
  /** An emergency action is news for this many business days after its first edition: red for the first week, amber for the second. */
  emergencyRedDays: 5,
  emergencyAmberDays: 10,
  /** The 2-year yield's daily move as a multiple of its usual size (dgs2.usualMove). */
  moveRedX: 6,
  moveAmberX: 4,
  /** 90-day AA financial CP over the 3-month bill, bp: since 2010 it reached 75 bp on two single days outside March 2020; in 2007–08 it stayed over 100 bp for months. */
  cpBillRedBp: 150,
  cpBillAmberBp: 75,
  rrpLowBn: 250,
  /** Reserves in the lowest fifth of their readings over five years. */
  reservesLowRank: 20,
  /** Reserves in the lower half of their readings over five years: no longer abundant. */
  reservesMidRank: 50,
  drainRed: 0.1,
  drainAmber: 0.05,
  equityRedPct: -10,
  equityAmberPct: -5,
  btcRedPct: -25,
  btcAmberPct: -15,
} as const;
const T = THRESHOLDS;

type DayJudged = 'sofrTop' | 'sofrP99Top' | 'srf';
const DAY = (base: DayJudged) => [`${base}.dayRank`, `${base}.dayCount`] as const satisfies readonly MetricKey[];
/** Unusual for its kind of day: too little history of that kind to call it routine, or high in it. */
const unusual = (v: (key: MetricKey) => number, base: DayJudged, rank: number) =>
  v(`${base}.dayCount`) < T.dayHistoryMin || v(`${base}.dayRank`) >= rank;

export const RULES = [
  // Funding: SOFR against the ceiling of the target range and against IORB, with a noise margin,
  // persistence (two prints) and the distribution (99th percentile). A one-day print counts only
  // when it is unusual for its kind of day (a routine month-end premium is not news; a record one is).
  { id: 'funding.spike', pillar: 'funding', level: 2, needs: ['sofrTop.latest', ...DAY('sofrTop')],
    test: (v) => v('sofrTop.latest') >= T.sofrSpikeBp && unusual(v, 'sofrTop', T.dayRankRed) },
  { id: 'funding.tailSpike', pillar: 'funding', level: 2, needs: ['sofrP99Top.latest', ...DAY('sofrP99Top')],
    test: (v) => v('sofrP99Top.latest') >= T.p99SpikeBp && unusual(v, 'sofrP99Top', T.dayRankRed) },
  { id: 'funding.heldAboveTop', pillar: 'funding', level: 2, needs: ['sofrTop.min2d'], test: (v) => v('sofrTop.min2d') >= T.sofrHeldBp },
  { id: 'funding.tailHeldAboveTop', pillar: 'funding', level: 2, needs: ['sofrP99Top.min2d'], test: (v) => v('sofrP99Top.min2d') >= T.p99HeldBp },
  { id: 'funding.sofrAboveTop', pillar: 'funding', level: 1, needs: ['sofrTop.latest', ...DAY('sofrTop')],
    test: (v) => v('sofrTop.latest') >= T.sofrAboveTopBp && unusual(v, 'sofrTop', T.dayRankAmber) },
  { id: 'funding.p99AboveTop', pillar: 'funding', level: 1, needs: ['sofrP99Top.latest', ...DAY('sofrP99Top')],
    test: (v) => v('sofrP99Top.latest') >= T.p99AboveTopBp && unusual(v, 'sofrP99Top', T.dayRankAmber) },
  { id: 'funding.sofrAboveIorb', pillar: 'funding', level: 1, needs: ['sofrIorb.min2d'], test: (v) => v('sofrIorb.min2d') >= T.sofrAboveIorbBp },
  // Facility: the Fed's repo lending on the edition's own day (results are out by the afternoon),
  // wherever it happens: Standing Repo Facility take-up, judged against its kind of day, and
  // before the SRF the temporary operations when take-up ran past their routine size.
  { id: 'facility.large', pillar: 'facility', level: 2, needs: ['srf.latest', 'srf.dayRank', 'srf.dayCount'],
    test: (v, d, asOf) => d('srf.latest') === asOf && asOf >= SRF_START && v('srf.latest') >= T.srfLargeBn && unusual(v, 'srf', T.dayRankRed) },
  { id: 'facility.omoLarge', pillar: 'facility', level: 2, needs: ['omo.today'], test: (v) => v('omo.today') >= T.omoLargeBn },
  { id: 'facility.any', pillar: 'facility', level: 1, needs: ['srf.latest', 'srf.dayRank', 'srf.dayCount'],
    test: (v, d, asOf) => d('srf.latest') === asOf && asOf >= SRF_START && v('srf.latest') >= T.srfAnyBn && unusual(v, 'srf', T.dayRankAmber) },
  { id: 'facility.omo', pillar: 'facility', level: 1, needs: ['omo.today'], test: (v) => v('omo.today') >= T.omoAnyBn },
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
  // Lender of last resort: the Fed's emergency actions while they are news, and its lending as
  // the weekly H.4.1 shows it (Thursday 4:30 p.m. ET). Growth in securities (QE) is not lending.
  { id: 'lender.emergency', pillar: 'lender', level: 2, needs: ['emergency.sinceRed'], test: (v) => v('emergency.sinceRed') < T.emergencyRedDays },
  { id: 'lender.surge', pillar: 'lender', level: 2, needs: ['lending.chg1w'], test: (v) => v('lending.chg1w') >= T.lendingSurgeBn },
  { id: 'lender.primaryHeavy', pillar: 'lender', level: 2, needs: ['primaryCredit.latest'], test: (v) => v('primaryCredit.latest') >= T.primaryHeavyBn },
  { id: 'lender.recentAction', pillar: 'lender', level: 1, needs: ['emergency.sinceAny'], test: (v) => v('emergency.sinceAny') < T.emergencyAmberDays },
  { id: 'lender.growth', pillar: 'lender', level: 1, needs: ['lending.chg1w'], test: (v) => v('lending.chg1w') >= T.lendingGrowthBn },
  { id: 'lender.primary', pillar: 'lender', level: 1, needs: ['primaryCredit.latest'], test: (v) => v('primaryCredit.latest') >= T.primaryBn },
  // Dash for cash: a 2-year yield move far beyond its recent size (held for a week of prints), and
  // bank commercial paper against bills. Commercial paper goes unpublished on some stress days,
  // so the channel never rests on it alone.
  { id: 'cash.flight', pillar: 'cash', level: 2, needs: ['dgs2.bigMove', 'dgs2.usualMove'],
    test: (v) => v('dgs2.bigMove') >= T.moveRedX * v('dgs2.usualMove') },
  { id: 'cash.cpStress', pillar: 'cash', level: 2, needs: ['cpBill.high1w'], test: (v) => v('cpBill.high1w') >= T.cpBillRedBp },
  { id: 'cash.move', pillar: 'cash', level: 1, needs: ['dgs2.bigMove', 'dgs2.usualMove'],
    test: (v) => v('dgs2.bigMove') >= T.moveAmberX * v('dgs2.usualMove') },
  { id: 'cash.cp', pillar: 'cash', level: 1, needs: ['cpBill.high1w'], test: (v) => v('cpBill.high1w') >= T.cpBillAmberBp },
] as const satisfies readonly Rule[];

/**
 * The figures a pillar's rules read that are stale on a day: the rules reading them could not
 * fire, so the pillar's reading is partly blind (the verdict head and the signals table say so).
 */
export function staleRuleInputs(figures: Readonly<Partial<Record<MetricKey, Figure | null>>>, pillar: string): MetricKey[] {
  const keys = RULES.filter((r) => r.pillar === pillar).flatMap((r) => r.needs).filter((k) => figures[k]?.stale === true);
  return [...new Set(keys)];
}

/** The id of a pillar rule: `funding.spike`, `buffers.thin`, … (i18n words are typed by it). */
export type RuleId = (typeof RULES)[number]['id'];

export const PILLARS: readonly Pillar[] = ['funding', 'facility', 'buffers', 'fiscal', 'risk', 'lender', 'cash'];

/**
 * Channels through which dollar stress runs, each read from its own pillars: repo and reserves
 * (the regime of the funding, facility, buffer, fiscal and risk pillars below), bank funding and
 * the lender of last resort, and the dash for cash. The overall verdict is the worst channel.
 */
export type Channel = 'repo' | 'bank' | 'dash';
export const CHANNELS: readonly Channel[] = ['repo', 'bank', 'dash'];

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
  /** Overall only: the channel that set the verdict (the first in CHANNELS order at the worst level), when not calm. */
  readonly channel?: Channel;
}

/** What decided a pillar's or the regime's level: a rule, `<pillar>.calm`, `.noData` or `.stale`, a regime rule, or the hold. */
export type SignalRule =
  | RuleId
  | `${Pillar}.${'calm' | 'noData' | 'stale'}`
  | (typeof REGIME_RULES)[number]['id']
  | 'overall.held';

/** The channel a pillar reads into: lender and cash are channels of their own, the rest make up repo and reserves (channelLevels). */
export const channelOf = (p: Pillar): Channel => (p === 'lender' ? 'bank' : p === 'cash' ? 'dash' : 'repo');

/** Each channel's level from the pillar levels (null = no reading). */
export function channelLevels(p: Readonly<Record<Pillar, Level | null>>): Record<Channel, Level | null> {
  return { repo: regime(p), bank: p.lender, dash: p.cash };
}

/** The overall verdict: the worst channel, and which one it is when not calm. */
export function overallOf(c: Readonly<Record<Channel, Level | null>>): { level: Level | null; channel?: Channel } {
  const read = CHANNELS.filter((ch) => c[ch] !== null);
  if (read.length === 0) return { level: null };
  const level = Math.max(...read.map((ch) => c[ch] as Level)) as Level;
  const channel = read.find((ch) => c[ch] === level);
  return level > 0 && channel ? { level, channel } : { level };
}

/** The pillars of the repo-and-reserves channel. */
export type RepoPillar = Exclude<Pillar, 'lender' | 'cash'>;

/** The repo-and-reserves channel's level from its pillar levels (null = no reading). */
export function regime(p: Readonly<Record<RepoPillar, Level | null>>): Level | null {
  const core = [p.funding, p.facility, p.buffers];
  if (core.every((l) => l === null)) return null;
  const at = (l: Level | null, min: Level) => l !== null && l >= min;
  if (at(p.funding, 2) && (at(p.facility, 1) || at(p.buffers, 2) || at(p.risk, 2))) return 2;
  if (at(p.facility, 2) && at(p.funding, 1)) return 2;
  if (at(p.funding, 1) || at(p.facility, 1) || (at(p.fiscal, 2) && at(p.buffers, 1))) return 1;
  return 0;
}

/**
 * Whether a pillar can move its channel, as `regime` reads it: in repo and reserves SOFR and the
 * facility do, the fiscal drain only on buffers already amber or worse; thin buffers and risk
 * assets only corroborate, so an edition never names them as what drives its verdict.
 */
export function canDrive(pillar: Pillar, level: (p: Pillar) => Level | null): boolean {
  if (pillar === 'buffers' || pillar === 'risk') return false;
  if (pillar === 'fiscal') return (level('fiscal') ?? 0) >= 2 && (level('buffers') ?? 0) >= 1;
  return true;
}

/**
 * A reading eases only when a second edition confirms it: when the previous edition's own reading
 * (before any hold) was worse, this edition keeps it for one day, as "overall.held", so one quiet
 * print inside a squeeze, or one noisy print on a quiet week, does not flip the verdict for a day.
 * A rise is never delayed.
 */
export function holdOverall(today: SignalResult, yesterday: SignalResult | undefined): SignalResult {
  if (!yesterday || yesterday.level === null || today.level === null || yesterday.level <= today.level) return today;
  return { pillar: 'overall', level: yesterday.level, rule: 'overall.held', ...(yesterday.channel ? { channel: yesterday.channel } : {}) };
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
  const { level: overall, channel } = overallOf(channelLevels(by));
  results.push({ pillar: 'overall', level: overall, rule: `overall.${(['calm', 'tight', 'stress'] as const)[overall ?? 0]}` as const, ...(channel ? { channel } : {}) });
  return results;
}
