// Named claims: each qualitative phrase of a report template sits inside `:::when{claim="name"}`,
// and the claim is a predicate over the figures the phrase speaks about. One table, read by the
// fill (when.ts), the template check (check.ts, which knows the keys) and the claim test, which
// evaluates the same predicates on each edition's figures.json.

/** A figure as a claim reads it: the value and whether its series is behind. */
export interface ClaimFigure { readonly value: number; readonly stale: boolean }
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
} as const satisfies Record<string, Claim>;

export type ClaimName = keyof typeof CLAIMS;
export const claimByName = (name: string): Claim | undefined => (CLAIMS as Record<string, Claim>)[name];
