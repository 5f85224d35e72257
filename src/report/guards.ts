// Named claims: each qualitative phrase of a report template sits inside `:::when{claim="name"}`,
// and the claim is a predicate over the figures the phrase speaks about. One table, read by the
// fill (when.ts), the template check (check.ts, which knows the keys) and the claim test, which
// evaluates the same predicates on each edition's figures.json.

import { eventById, firstKnown, type PolicyEvent } from '../catalog/events.ts';
import { addDays } from '../core/dates.ts';

/** A figure as a claim reads it: the value, the date it describes and whether its series is behind. */
export interface ClaimFigure { readonly value: number; readonly stale: boolean; readonly date: string }
export type ClaimLookup = (key: string) => ClaimFigure | null;

export interface Claim {
  /** Figure keys the predicate reads (figures.json carries them). */
  readonly reads: readonly string[];
  /** One line for the README and the methodology. */
  readonly meaning: string;
  readonly holds: (f: ClaimLookup) => boolean;
}

const fresh = (f: ClaimLookup, key: string): number | null => {
  const x = f(key);
  return x && !x.stale ? x.value : null;
};
const below = (v: number | null, limit: number) => v !== null && v < limit;

// Thresholds an analyst would defend (stated in content/methodology): under $1bn of SRF or
// temporary-operation take-up is a test trade; loans plus swaps under $25bn is the routine
// discount-window and swap use outside crises; a 3-month reserve fall of $150bn or more (about
// 5% of a $3tn stock) is a drain that matters; a 99th percentile 10 bp or more over the top is
// "well beyond" the range; under 5 bp over the top is noise only while the funding pillar is green.
// What explains a change of the Fed's balance sheet depends on the date of the balance sheet, not
// of the edition: the H.4.1 lags a week, so an edition days after QE began still prints a
// balance sheet from before it. The windows come from the events catalog.
const event = (id: string) => eventById(id) as PolicyEvent;
const RUNOFF_ENDED = event('qt1End').effective as string;
const REPO_OPS = event('repoOps2019').date;
const BILLS = event('billPurchases2019').effective as string;
const QE = event('qe2020');
const QE_FROM = firstKnown(QE);
const dataIn = (f: ClaimLookup, key: string, from: string, before?: string) => {
  const d = f(key)?.date;
  return d !== undefined && d >= from && (before === undefined || d < before);
};
const fedGrew = (f: ClaimLookup) => (f('fedAssets.chg3m')?.value ?? 0) > 0;
const value = (f: ClaimLookup, key: string) => f(key)?.value;
const atLeast = (f: ClaimLookup, key: string, limit: number) => (value(f, key) ?? -Infinity) >= limit;

const facilityIdle = (f: ClaimLookup) =>
  below(fresh(f, 'srf.latest'), 1) && (f('omo.today')?.value ?? 0) < 1 && below(fresh(f, 'lending.latest'), 25);
const facilityKnown = (f: ClaimLookup) => fresh(f, 'srf.latest') !== null && fresh(f, 'lending.latest') !== null;

export const CLAIMS = {
  backstopIdle: {
    reads: ['srf.latest', 'omo.today', 'lending.latest'],
    meaning: 'SRF take-up known, fresh and under $1bn, no temporary repo operation of $1bn or more that day, and Fed loans plus swaps under $25bn',
    holds: facilityIdle,
  },
  backstopInUse: {
    reads: ['srf.latest', 'omo.today', 'lending.latest'],
    meaning: 'facility data known and fresh, and SRF or temporary repo take-up of $1bn or more, or Fed loans plus swaps of $25bn or more',
    holds: (f) => facilityKnown(f) && !facilityIdle(f),
  },
  backstopUnknown: {
    reads: ['srf.latest', 'lending.latest'],
    meaning: 'no fresh SRF take-up (before the SRF began, or its data stopped) or no fresh Fed lending figure',
    holds: (f) => !facilityKnown(f),
  },
  tgaFalling3m: {
    reads: ['fiscal.drain3m', 'tga.latest', 'tga.high3m'],
    meaning: 'the TGA weekly average fell over three months and the daily TGA is not at its three-month high',
    holds: (f) => (f('fiscal.drain3m')?.value ?? 0) < 0 && f('tga.latest') !== null && f('tga.high3m') !== null
      && (f('tga.latest') as ClaimFigure).value < (f('tga.high3m') as ClaimFigure).value,
  },
  reservesSteady: {
    reads: ['reserves.chg3m'],
    meaning: 'reserves fell by less than $150bn over three months',
    holds: (f) => f('reserves.chg3m') !== null && (f('reserves.chg3m') as ClaimFigure).value > -150,
  },
  reservesFalling: {
    reads: ['reserves.chg3m'],
    meaning: 'reserves fell by $150bn or more over three months',
    holds: (f) => f('reserves.chg3m') !== null && (f('reserves.chg3m') as ClaimFigure).value <= -150,
  },
  p99FarAboveTop: {
    reads: ['sofrP99Top.latest'],
    meaning: 'the SOFR 99th percentile printed 10 bp or more above the top of the range',
    holds: (f) => (f('sofrP99Top.latest')?.value ?? -Infinity) >= 10,
  },
  sofrTopNoise: {
    reads: ['sofrTop.latest', 'signal.funding'],
    meaning: 'SOFR above the top by less than 5 bp while the funding pillar is green',
    holds: (f) => {
      const top = f('sofrTop.latest')?.value;
      return top !== undefined && top > 0 && top < 5 && f('signal.funding')?.value === 0;
    },
  },
  ratesAboveRange: {
    reads: ['sofrTop.latest', 'sofrIorb.latest'],
    meaning: 'SOFR above the top of the range, or 5 bp or more above IORB',
    holds: (f) => (f('sofrTop.latest')?.value ?? -Infinity) > 0 || (f('sofrIorb.latest')?.value ?? -Infinity) >= 5,
  },
  tgaRising3m: {
    reads: ['fiscal.drain3m'],
    meaning: 'the TGA weekly average rose over three months (a cash build-up to compare with)',
    holds: (f) => (value(f, 'fiscal.drain3m') ?? 0) > 0,
  },
  reservesNotGrowing: {
    reads: ['reserves.chg3m'],
    meaning: 'reserves did not grow over three months',
    holds: (f) => f('reserves.chg3m') !== null && (f('reserves.chg3m') as ClaimFigure).value <= 0,
  },
  fedAfterRunoffEnd: {
    reads: ['fedAssets.latest'],
    meaning: `the Fed balance sheet is dated from ${RUNOFF_ENDED}, when run-off ended, to before ${REPO_OPS}, when repo operations began adding to it`,
    holds: (f) => dataIn(f, 'fedAssets.latest', RUNOFF_ENDED, REPO_OPS),
  },
  fedGrowthRepo: {
    reads: ['fedAssets.latest', 'fedAssets.chg3m'],
    meaning: `Fed assets grew over three months, on a balance sheet dated from ${REPO_OPS} (repo operations) to before ${BILLS} (bill purchases)`,
    holds: (f) => fedGrew(f) && dataIn(f, 'fedAssets.latest', REPO_OPS, BILLS),
  },
  fedGrowthRepoBills: {
    reads: ['fedAssets.latest', 'fedAssets.chg3m'],
    meaning: `Fed assets grew over three months, on a balance sheet dated from ${BILLS} (bill purchases, repo operations running) to before ${QE_FROM} (QE)`,
    holds: (f) => fedGrew(f) && dataIn(f, 'fedAssets.latest', BILLS, QE_FROM),
  },
  fedGrowthQe: {
    reads: ['fedAssets.latest', 'fedAssets.chg3m'],
    meaning: `Fed assets grew over three months, on a balance sheet dated from ${QE_FROM}, when QE purchases began, to ${QE.end}`,
    holds: (f) => fedGrew(f) && dataIn(f, 'fedAssets.latest', QE_FROM, addDays(QE.end as string, 1)),
  },
  fedDataBeforeQe: {
    reads: ['fedAssets.latest'],
    meaning: `the Fed balance sheet is dated before ${QE_FROM}, when QE purchases began`,
    holds: (f) => f('fedAssets.latest') !== null && !dataIn(f, 'fedAssets.latest', QE_FROM),
  },
  sofrFarAboveTop: {
    reads: ['sofrTop.latest'],
    meaning: 'SOFR 5 bp or more above the top of the range',
    holds: (f) => atLeast(f, 'sofrTop.latest', 5),
  },
  sofrSpike: {
    reads: ['sofrTop.latest'],
    meaning: 'SOFR 25 bp or more above the top of the range: more than the whole width of the range',
    holds: (f) => atLeast(f, 'sofrTop.latest', 25),
  },
  sofrFarAboveIorb: {
    reads: ['sofrIorb.latest'],
    meaning: 'SOFR 15 bp or more above IORB: repo pays clearly more than reserves earn',
    holds: (f) => atLeast(f, 'sofrIorb.latest', 15),
  },
  effrAboveRange: {
    reads: ['effr.latest', 'rangeTop.latest'],
    meaning: 'EFFR above the top of the target range',
    holds: (f) => f('effr.latest') !== null && f('rangeTop.latest') !== null && (f('effr.latest') as ClaimFigure).value > (f('rangeTop.latest') as ClaimFigure).value,
  },
  sofrBgcrPremium: {
    reads: ['bgcrSofr.latest'],
    meaning: 'SOFR 5 bp or more above BGCR (3 bp is an everyday gap: a sixth of all days since 2018)',
    holds: (f) => (value(f, 'bgcrSofr.latest') ?? Infinity) <= -5,
  },
  rrpAmple: {
    reads: ['rrp.shareOfPeak'],
    meaning: 'ON RRP holds a quarter or more of its peak',
    holds: (f) => atLeast(f, 'rrp.shareOfPeak', 0.25),
  },
  rrpReduced: {
    reads: ['rrp.shareOfPeak'],
    meaning: 'ON RRP holds 5% or more of its peak but less than a quarter',
    holds: (f) => atLeast(f, 'rrp.shareOfPeak', 0.05) && !atLeast(f, 'rrp.shareOfPeak', 0.25),
  },
} as const satisfies Record<string, Claim>;

export type ClaimName = keyof typeof CLAIMS;
export const claimByName = (name: string): Claim | undefined => (CLAIMS as Record<string, Claim>)[name];
