import type { Figure } from './figure.ts';

// Stress signals: for each pillar a green (0) / amber (1) / red (2) state from documented
// thresholds, the rule that decided it, and an overall regime. The methodology page renders
// RULES, so the page and the code cannot disagree.

export type Pillar = 'funding' | 'facility' | 'buffers' | 'fiscal' | 'risk';
export type Level = 0 | 1 | 2;

/** ON RRP below this ($bn) counts as "near zero": under 2% of its 2022 peak. */
export const NEAR_ZERO_RRP_BN = 50;

export interface Rule {
  readonly id: string;
  readonly pillar: Pillar;
  /** The level the rule sets when it holds; rules are tried red first, then amber. */
  readonly level: Level;
  /** The figures the rule reads; a rule whose figures are missing cannot fire. */
  readonly needs: readonly string[];
  readonly test: (v: (key: string) => number) => boolean;
}

export const THRESHOLDS = {
  sofrAboveTopBp: 0,
  sofrAboveIorbBp: 0,
  p99AboveTopBp: 0,
  srfLargeBn: 25,
  srfAnyBn: 1,
  rrpLowBn: 250,
  drainRed: 0.1,
  drainAmber: 0.05,
  equityRedPct: -10,
  equityAmberPct: -5,
  btcRedPct: -25,
  btcAmberPct: -15,
} as const;
const T = THRESHOLDS;

export const RULES: readonly Rule[] = [
  { id: 'funding.sofrAboveTop', pillar: 'funding', level: 2, needs: ['sofrTop.latest'], test: (v) => v('sofrTop.latest') > T.sofrAboveTopBp },
  { id: 'funding.sofrAboveIorb', pillar: 'funding', level: 1, needs: ['sofrIorb.latest'], test: (v) => v('sofrIorb.latest') > T.sofrAboveIorbBp },
  { id: 'funding.p99AboveTop', pillar: 'funding', level: 1, needs: ['sofrP99Top.latest'], test: (v) => v('sofrP99Top.latest') > T.p99AboveTopBp },
  { id: 'facility.large', pillar: 'facility', level: 2, needs: ['srf.latest'], test: (v) => v('srf.latest') >= T.srfLargeBn },
  { id: 'facility.record', pillar: 'facility', level: 2, needs: ['srf.isRecord', 'srf.latest'], test: (v) => v('srf.isRecord') === 1 && v('srf.latest') >= T.srfAnyBn },
  { id: 'facility.any', pillar: 'facility', level: 1, needs: ['srf.latest'], test: (v) => v('srf.latest') >= T.srfAnyBn },
  // An empty ON RRP is a red flag only while reserves are also being drawn down; with reserves
  // growing (2020–21 QE) the banking system itself is the buffer.
  { id: 'buffers.rrpNearZero', pillar: 'buffers', level: 2, needs: ['rrp.latest', 'reserves.chg3m'], test: (v) => v('rrp.latest') < NEAR_ZERO_RRP_BN && v('reserves.chg3m') < 0 },
  { id: 'buffers.rrpLow', pillar: 'buffers', level: 1, needs: ['rrp.latest'], test: (v) => v('rrp.latest') < T.rrpLowBn },
  { id: 'fiscal.drainLarge', pillar: 'fiscal', level: 2, needs: ['fiscal.drain3m'], test: (v) => v('fiscal.drain3m') > T.drainRed },
  { id: 'fiscal.drain', pillar: 'fiscal', level: 1, needs: ['fiscal.drain3m'], test: (v) => v('fiscal.drain3m') > T.drainAmber },
  { id: 'risk.nasdaqDeep', pillar: 'risk', level: 2, needs: ['nasdaq.drawdown'], test: (v) => v('nasdaq.drawdown') <= T.equityRedPct },
  { id: 'risk.sp500Deep', pillar: 'risk', level: 2, needs: ['sp500.drawdown'], test: (v) => v('sp500.drawdown') <= T.equityRedPct },
  { id: 'risk.btcDeep', pillar: 'risk', level: 2, needs: ['btc.drawdown'], test: (v) => v('btc.drawdown') <= T.btcRedPct },
  { id: 'risk.nasdaq', pillar: 'risk', level: 1, needs: ['nasdaq.drawdown'], test: (v) => v('nasdaq.drawdown') <= T.equityAmberPct },
  { id: 'risk.sp500', pillar: 'risk', level: 1, needs: ['sp500.drawdown'], test: (v) => v('sp500.drawdown') <= T.equityAmberPct },
  { id: 'risk.btc', pillar: 'risk', level: 1, needs: ['btc.drawdown'], test: (v) => v('btc.drawdown') <= T.btcAmberPct },
];

export const PILLARS: readonly Pillar[] = ['funding', 'facility', 'buffers', 'fiscal', 'risk'];

export interface SignalResult {
  readonly pillar: Pillar | 'overall';
  /** null: none of the pillar's figures exist at this date. */
  readonly level: Level | null;
  /** The rule that fired, "<pillar>.calm" when none did, "<pillar>.noData" or "<pillar>.stale". */
  readonly rule: string;
}

/** Signals of one edition from its figures. The overall regime: ≥2 red → 2, 1 red or ≥2 amber → 1, else 0. */
export function classify(figures: Readonly<Record<string, Figure | null>>, _asOf: string): SignalResult[] {
  // A stale figure describes the past, not this date: rules do not fire on it.
  const fresh = (k: string) => figures[k] != null && !(figures[k] as Figure).stale;
  const v = (k: string) => (figures[k] as Figure).value;
  const results: SignalResult[] = PILLARS.map((pillar) => {
    const rules = RULES.filter((r) => r.pillar === pillar);
    const usable = rules.filter((r) => r.needs.every(fresh));
    if (usable.length === 0) {
      const staleOnly = rules.some((r) => r.needs.every((k) => figures[k] != null));
      return { pillar, level: null, rule: `${pillar}.${staleOnly ? 'stale' : 'noData'}` };
    }
    const fired = [2, 1].flatMap((level) => usable.filter((r) => r.level === level && r.test(v)))[0];
    return fired ? { pillar, level: fired.level, rule: fired.id } : { pillar, level: 0, rule: `${pillar}.calm` };
  });
  const levels = results.map((r) => r.level).filter((l): l is Level => l !== null);
  const reds = levels.filter((l) => l === 2).length;
  const ambers = levels.filter((l) => l === 1).length;
  const overall: Level = reds >= 2 ? 2 : reds === 1 || ambers >= 2 ? 1 : 0;
  results.push({ pillar: 'overall', level: levels.length ? overall : null, rule: `overall.${['calm', 'tight', 'stress'][overall]}` });
  return results;
}
