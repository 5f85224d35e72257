import type { Locale } from '../core/locale.ts';
import type { Observation } from '../core/observation.ts';
import { addDays } from '../core/dates.ts';
import { OFFICIAL_INDEXES } from '../metrics/backtest.ts';
import { indexAtOrBefore, indexKnownBy } from '../metrics/lookup.ts';
import { published } from '../metrics/publication.ts';
import { vintageAt } from '../metrics/vintage.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

// The official stress indexes beside our verdict, as a reader saw them at an edition's cut-off.
// Rule, kept simple on purpose: an index "reads stress" when it is above zero, its own average
// (OFR FSI and STLFSI4: above-average stress; NFCI: tighter than average financial conditions).
// The three headline indexes vote; the OFR funding category is shown, not counted, because it
// reads the same markets we do. The indexes agree with us when a majority of those with a value
// reads stress exactly when our regime reads tight or stressed.

export { OFFICIAL_INDEXES };
export type OfficialIndex = (typeof OFFICIAL_INDEXES)[number];
const VOTERS: readonly OfficialIndex[] = ['OFR_FSI', 'STLFSI4', 'NFCI'];
const RANK_YEARS = 5;

export interface IndexReading {
  readonly id: OfficialIndex;
  readonly value: number;
  /** The observation's own date (weekly indexes lag the edition). */
  readonly date: string;
  /** Share of the readings public in the 5 years to the edition that were at or below this one (0…1). */
  readonly rank5y: number;
  readonly stress: boolean;
}

export type Agreement = 'agree-calm' | 'agree-stress' | 'indexes-stress' | 'ours-stress' | 'unknown';

export interface OfficialIndexes {
  readonly readings: readonly IndexReading[];
  readonly agreement: Agreement;
}

function reading(id: OfficialIndex, obs: readonly Observation[], asOf: string): IndexReading | null {
  // `known` rises with `date` (lookup.ts), so the readings public in the five years to the
  // edition are one run of the array: two binary searches, then one pass to rank the last.
  const end = indexKnownBy(obs, asOf);
  const last = obs[end];
  if (!last) return null;
  const start = indexAtOrBefore(obs, addDays(asOf, -365 * RANK_YEARS - 1)) + 1;
  let atOrBelow = 0;
  for (let i = start; i <= end; i++) if ((obs[i] as Observation).value <= last.value) atOrBelow++;
  return { id, value: last.value, date: last.date, rank5y: atOrBelow / (end - start + 1), stress: last.value > 0 };
}

/** Each official index as published by the cut-off of `asOf`, and whether they agree with our regime (0 calm, 1 tight, 2 stressed). */
export function officialIndexes(snap: Snapshot, asOf: string, regime: number | null): OfficialIndexes {
  const view = published(vintageAt(snap, asOf));
  const readings = OFFICIAL_INDEXES.flatMap((id) => reading(id, view.series.get(id) ?? [], asOf) ?? []);
  const voters = readings.filter((r) => VOTERS.includes(r.id));
  if (regime === null || voters.length === 0) return { readings, agreement: 'unknown' };
  const theirs = voters.filter((r) => r.stress).length * 2 > voters.length;
  const ours = regime >= 1;
  const agreement: Agreement = theirs === ours ? (ours ? 'agree-stress' : 'agree-calm') : theirs ? 'indexes-stress' : 'ours-stress';
  return { readings, agreement };
}

const AGREEMENT_TEXT: Record<Locale, Record<Agreement, string>> = {
  zh: {
    'agree-calm': '官方指数多数未高于各自均值，与本报告的判断一致：没有明显压力。',
    'agree-stress': '官方指数多数高于各自均值，与本报告的判断一致：压力正在显现。',
    'indexes-stress': '官方指数多数高于各自均值，而本报告未判为偏紧：这些指数衡量的是股票、信用和波动率等广义市场压力，本报告读的是美元融资的各个渠道，按本报告的规则，这些渠道目前仍然有序。',
    'ours-stress': '本报告判为偏紧或紧张，而官方指数多数未高于均值：本报告读的是美元融资的各个渠道，那里的压力可能先于广义市场出现，也可能始终只停留在融资市场。',
    unknown: '本期无法比较：缺少官方指数或本报告的判断。',
  },
  en: {
    'agree-calm': 'Most official indexes sit at or below their own average, in line with our verdict: no marked stress.',
    'agree-stress': 'Most official indexes sit above their own average, in line with our verdict: stress is showing.',
    'indexes-stress': 'Most official indexes sit above their own average while we do not read tightness: they measure broad market stress (equities, credit, volatility); ours reads the dollar\'s funding channels, which are orderly on our rules today.',
    'ours-stress': 'We read tight or stressed while most official indexes sit at or below their average: ours reads the dollar\'s funding channels, where stress can show before it reaches broad markets, or stay there.',
    unknown: 'No comparison this edition: an official index or our verdict is missing.',
  },
};

/** One line saying whether the official indexes agree with our verdict, and if not, why they can differ. */
export const agreementText = (a: Agreement, l: Locale): string => AGREEMENT_TEXT[l][a];
