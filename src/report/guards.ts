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
// temporary-operation take-up is a test trade; loans plus swaps of $25bn or more is more than the routine
// discount-window and swap use outside crises; a 3-month reserve fall of $150bn or more (about
// 5% of a $3tn stock) is a drain that matters; a 99th percentile 10 bp or more over the top is
// "well beyond" the range; under 5 bp over the top is noise only while the funding pillar is green.
// Equities are "under pressure" only when an index itself is down: 10% off its 52-week high is a
// correction (the risk pillar's red line), 5% a pullback (its amber line). Bitcoin alone turns the
// pillar amber at -15% and red at -25% (src/metrics/signals.ts THRESHOLDS; claims.test.ts holds
// these equal), which says little about dollar funding while the indexes sit near their highs.
export const EQUITY_SELLOFF_PCT = -10;
export const EQUITY_PULLBACK_PCT = -5;
export const BTC_DOWN_PCT = -15;
// Drawdowns are judged at the one decimal the page prints and figures.json publishes (a price
// index leaves only at that precision), so a -9.96% the reader sees as -10.0% reads as -10.0%.
const drawdown = (f: ClaimLookup, key: string): number | null => {
  const v = fresh(f, key);
  return v === null ? null : Math.round(v * 10) / 10;
};
/** The deeper of the S&P 500's and the Nasdaq's fresh drawdowns; null when neither is fresh. */
const worstEquity = (f: ClaimLookup): number | null => {
  const v = ['sp500.drawdown', 'nasdaq.drawdown'].map((k) => drawdown(f, k)).filter((x): x is number => x !== null);
  return v.length ? Math.min(...v) : null;
};
// SOFR over IORB: from 5 bp the funding rule starts counting (held two prints); 10 bp or more is a
// gap day-to-day noise does not explain, so only then may the text call repo "clearly" dearer.
const SOFR_IORB_WIDE_BP = 10;
const SOFR_IORB_ABOVE_BP = 5;
/**
 * A comparison of two figures speaks of one day: the spread `key` (made only on days both rates
 * printed) counts when it is dated the same day as `other`, the figure the text also prints.
 */
const sameDay = (f: ClaimLookup, key: string, other: string, current = false): number | null => {
  const a = f(key);
  const b = f(other);
  return a && b && a.date === b.date && !(current && a.stale) ? a.value : null;
};
const buffersThin = (f: ClaimLookup) => (value(f, 'signal.buffers') ?? 0) >= 1;
const ratesBrokeOut = (f: ClaimLookup) => (fresh(f, 'sofrTop.latest') ?? -Infinity) >= 5;

// What explains a change of the Fed's balance sheet depends on the date of the balance sheet, not
// of the edition: the H.4.1 lags a week, so an edition days after QE began still prints a
// balance sheet from before it. The windows come from the events catalog.
const event = (id: string) => eventById(id) as PolicyEvent;
const RUNOFF_ENDED = event('qt1End').effective as string;
const REPO_OPS = event('repoOps2019').date;
const BILLS = event('billPurchases2019').effective as string;
const BILLS_2025 = event('billPurchases2025').effective as string;
const QE = event('qe2020');
const QE_FROM = firstKnown(QE);
const dataIn = (f: ClaimLookup, key: string, from: string, before?: string) => {
  const d = f(key)?.date;
  return d !== undefined && d >= from && (before === undefined || d < before);
};
const fedGrew = (f: ClaimLookup) => (f('fedAssets.chg3m')?.value ?? 0) > 0;
const reservesGrew = (f: ClaimLookup) => (f('reserves.chg3m')?.value ?? 0) > 0;
const iorbGapWide = (f: ClaimLookup) => (fresh(f, 'sofrIorb.latest') ?? -Infinity) >= SOFR_IORB_WIDE_BP;
const value = (f: ClaimLookup, key: string) => f(key)?.value;
const atLeast = (f: ClaimLookup, key: string, limit: number) => (value(f, key) ?? -Infinity) >= limit;

// The lender pillar's lines, stated again here (the report layer does not import the metrics;
// claims.test.ts holds them equal to THRESHOLDS): loans plus swaps of $25bn or more are more than
// routine discount-window and swap use; up $5bn or more over the past month is new lending, a change
// small balances do not make by drifting; a $100bn weekly jump is the pillar's red line.
export const LENDING_LARGE_BN = 25;
export const LENDING_NEW_BN = 5;
export const LENDING_JUMP_BN = 100;
// The dash-for-cash pillar's lines (signals.ts THRESHOLDS.cpBillAmberBp, moveRedX, moveAmberX).
export const CP_BILL_AMBER_BP = 75;
export const MOVE_RED_X = 6;
export const MOVE_AMBER_X = 4;
const BTFP_FROM = event('btfp').date;
const lendingLarge = (f: ClaimLookup) => (fresh(f, 'lending.latest') ?? -Infinity) >= LENDING_LARGE_BN;
/** The 2-year yield's biggest recent fall as a multiple of its usual move; 0 when either is missing. */
const moveMultiple = (f: ClaimLookup) => {
  const big = value(f, 'dgs2.bigMove');
  const usual = value(f, 'dgs2.usualMove');
  return big === undefined || usual === undefined || usual <= 0 ? 0 : big / usual;
};

const belowFloor = (f: ClaimLookup) => (sameDay(f, 'sofrBottom.latest', 'sofr.latest', true) ?? Infinity) < 0;
/** The latest SOFR inside the range in force on its own date: both spreads dated with it, current. */
const insideRange = (f: ClaimLookup) => {
  const top = sameDay(f, 'sofrTop.latest', 'sofr.latest', true);
  const bottom = sameDay(f, 'sofrBottom.latest', 'sofr.latest', true);
  return top !== null && bottom !== null && top <= 0 && bottom >= 0;
};

export const CLAIMS = {
  srfIdle: {
    reads: ['srf.latest'],
    meaning: 'Standing Repo Facility take-up known, current and under $1bn (a test trade)',
    holds: (f) => below(fresh(f, 'srf.latest'), 1),
  },
  srfInUse: {
    reads: ['srf.latest'],
    meaning: 'Standing Repo Facility take-up known, current and $1bn or more',
    holds: (f) => (fresh(f, 'srf.latest') ?? -Infinity) >= 1,
  },
  srfMissing: {
    reads: ['srf.latest'],
    meaning: 'no Standing Repo Facility take-up figure in the data for the period',
    holds: (f) => f('srf.latest') === null,
  },
  srfStale: {
    reads: ['srf.latest'],
    meaning: 'Standing Repo Facility take-up figures that stop before the edition (stale)',
    holds: (f) => f('srf.latest')?.stale === true,
  },
  repoOpsInUse: {
    reads: ['omo.today'],
    meaning: "the New York Fed's temporary repo operations supplied $1bn or more that day",
    holds: (f) => (fresh(f, 'omo.today') ?? -Infinity) >= 1,
  },
  repoOpsIdle: {
    reads: ['omo.today'],
    meaning: "the New York Fed's temporary repo operations that day are in the data and supplied under $1bn",
    holds: (f) => below(fresh(f, 'omo.today'), 1),
  },
  repoOpsMissing: {
    reads: ['omo.today', 'omo.latest'],
    meaning: "no figure at all yet for the New York Fed's temporary repo operations (the data begin later)",
    holds: (f) => fresh(f, 'omo.today') === null && f('omo.latest') === null,
  },
  repoOpsStale: {
    reads: ['omo.today', 'omo.latest'],
    meaning: "no current figure for the day's temporary repo operations, while older ones are in the data",
    holds: (f) => fresh(f, 'omo.today') === null && f('omo.latest') !== null,
  },
  fedLendingGrowing: {
    reads: ['lending.latest', 'lending.chg1m'],
    meaning: `Fed loans plus central-bank liquidity swaps of $${LENDING_LARGE_BN}bn or more in the latest weekly balance sheet (current), up $${LENDING_NEW_BN}bn or more over the past month: new lending, not old loans running off`,
    holds: (f) => lendingLarge(f) && (value(f, 'lending.chg1m') ?? -Infinity) >= LENDING_NEW_BN,
  },
  fedLendingRunningOff: {
    reads: ['lending.latest', 'lending.chg1m', 'lending.chg3m'],
    meaning: `Fed loans plus swaps of $${LENDING_LARGE_BN}bn or more (current), lower than a month and three months before: loans made earlier running off`,
    holds: (f) => lendingLarge(f) && (value(f, 'lending.chg1m') ?? Infinity) < 0 && (value(f, 'lending.chg3m') ?? Infinity) < 0,
  },
  lendingSinceAction: {
    reads: ['lending.latest', 'emergency.sinceRed'],
    meaning: 'the latest weekly balance sheet is dated on or after the Fed\'s latest emergency lending action (or there was none): its lending figure can show that action',
    holds: (f) => {
      const l = f('lending.latest');
      const a = f('emergency.sinceRed');
      return l !== null && (a === null || l.date >= a.date);
    },
  },
  lendingPredatesAction: {
    reads: ['lending.latest', 'emergency.sinceRed'],
    meaning: 'the latest weekly balance sheet in the data is dated before the Fed\'s latest emergency lending action: the text names the action rather than cite a figure that cannot show it',
    holds: (f) => {
      const l = f('lending.latest');
      const a = f('emergency.sinceRed');
      return l !== null && a !== null && l.date < a.date;
    },
  },
  lendingBeforeAction: {
    reads: ['lending.latest', 'emergency.sinceRed'],
    meaning: 'the latest weekly balance sheet is dated before the Fed\'s latest emergency lending action, and is current: the first one after the action is not out yet',
    holds: (f) => {
      const l = f('lending.latest');
      const a = f('emergency.sinceRed');
      return l !== null && !l.stale && a !== null && l.date < a.date;
    },
  },
  lendingBeforeActionStale: {
    reads: ['lending.latest', 'emergency.sinceRed'],
    meaning: 'the latest weekly balance sheet in the data is dated before the Fed\'s latest emergency lending action, and is behind its schedule',
    holds: (f) => {
      const l = f('lending.latest');
      const a = f('emergency.sinceRed');
      return l?.stale === true && a !== null && l.date < a.date;
    },
  },
  lendingJumped: {
    reads: ['lending.chg1w'],
    meaning: `Fed lending up $${LENDING_JUMP_BN}bn or more in the latest weekly balance sheet (the lender pillar's red line)`,
    holds: (f) => (value(f, 'lending.chg1w') ?? -Infinity) >= LENDING_JUMP_BN,
  },
  btfpInUse: {
    reads: ['btfp.latest'],
    meaning: `Bank Term Funding Program loans of $1bn or more in a current weekly balance sheet dated after the programme began (${BTFP_FROM})`,
    holds: (f) => {
      const b = f('btfp.latest');
      return b !== null && !b.stale && b.date >= BTFP_FROM && b.value >= 1;
    },
  },
  btfpNotYetShown: {
    reads: ['btfp.latest'],
    meaning: `no weekly balance sheet dated after the Bank Term Funding Program began (${BTFP_FROM}) in the data yet: how much banks draw on it is not known`,
    holds: (f) => {
      const b = f('btfp.latest');
      return b === null || b.date < BTFP_FROM;
    },
  },
  cashCpWide: {
    reads: ['cpBill.high1w'],
    meaning: `90-day AA financial commercial paper ${CP_BILL_AMBER_BP} bp or more over the 3-month bill in the past week (the dash-for-cash pillar's amber line)`,
    holds: (f) => atLeast(f, 'cpBill.high1w', CP_BILL_AMBER_BP),
  },
  cashYieldFallRed: {
    reads: ['dgs2.bigMove', 'dgs2.usualMove'],
    meaning: `a daily fall of the 2-year yield in the past week at least ${MOVE_RED_X} times its usual daily move (the pillar's red line)`,
    holds: (f) => moveMultiple(f) >= MOVE_RED_X,
  },
  cashYieldFallAmber: {
    reads: ['dgs2.bigMove', 'dgs2.usualMove'],
    meaning: `a daily fall of the 2-year yield in the past week at least ${MOVE_AMBER_X} but less than ${MOVE_RED_X} times its usual daily move (amber)`,
    holds: (f) => moveMultiple(f) >= MOVE_AMBER_X && moveMultiple(f) < MOVE_RED_X,
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
  ratesBrokeOut: {
    reads: ['sofrTop.latest'],
    meaning: 'SOFR itself printed 5 bp or more above the top of the target range, and is current',
    holds: ratesBrokeOut,
  },
  ratesNotBrokeOut: {
    reads: ['sofrTop.latest'],
    meaning: 'SOFR printed less than 5 bp above the top of the target range (or below it), and is current',
    holds: (f) => fresh(f, 'sofrTop.latest') !== null && !ratesBrokeOut(f),
  },
  ratesNotBrokeOutBuffersThin: {
    reads: ['sofrTop.latest', 'signal.buffers'],
    meaning: 'SOFR less than 5 bp above the top (current) while the buffers pillar reads amber or red',
    holds: (f) => fresh(f, 'sofrTop.latest') !== null && !ratesBrokeOut(f) && buffersThin(f),
  },
  ratesNotBrokeOutBuffersGreen: {
    reads: ['sofrTop.latest', 'signal.buffers'],
    meaning: 'SOFR less than 5 bp above the top (current) while the buffers pillar does not read amber or red',
    holds: (f) => fresh(f, 'sofrTop.latest') !== null && !ratesBrokeOut(f) && !buffersThin(f),
  },
  ratesNotCurrent: {
    reads: ['sofrTop.latest'],
    meaning: 'no current SOFR against the top of the range (stale or missing)',
    holds: (f) => fresh(f, 'sofrTop.latest') === null,
  },
  // A wide gap reads as scarce reserves only while reserves are not growing: in March 2020 they
  // grew by $100bn+ as repo paid 50 bp over IOER, because dealers' balance sheets were full.
  sofrIorbWide: {
    reads: ['sofrIorb.latest', 'reserves.chg3m'],
    meaning: `SOFR ${SOFR_IORB_WIDE_BP} bp or more above IORB, and reserves not up over three months (or not known)`,
    holds: (f) => iorbGapWide(f) && !reservesGrew(f),
  },
  sofrIorbWideReservesUp: {
    reads: ['sofrIorb.latest', 'reserves.chg3m'],
    meaning: `SOFR ${SOFR_IORB_WIDE_BP} bp or more above IORB while reserves grew over three months: not a shortage of reserves`,
    holds: (f) => iorbGapWide(f) && reservesGrew(f),
  },
  sofrIorbEdging: {
    reads: ['sofrIorb.latest'],
    meaning: `SOFR ${SOFR_IORB_ABOVE_BP} bp or more, but less than ${SOFR_IORB_WIDE_BP} bp, above IORB`,
    holds: (f) => {
      const v = fresh(f, 'sofrIorb.latest');
      return v !== null && v >= SOFR_IORB_ABOVE_BP && v < SOFR_IORB_WIDE_BP;
    },
  },
  equitiesSelloff: {
    reads: ['sp500.drawdown', 'nasdaq.drawdown'],
    meaning: `the S&P 500 or the Nasdaq Composite ${-EQUITY_SELLOFF_PCT}% or more below its 52-week high (current data)`,
    holds: (f) => (worstEquity(f) ?? 0) <= EQUITY_SELLOFF_PCT,
  },
  equitiesPullback: {
    reads: ['sp500.drawdown', 'nasdaq.drawdown'],
    meaning: `the deeper of the two equity indexes ${-EQUITY_PULLBACK_PCT}% or more, but less than ${-EQUITY_SELLOFF_PCT}%, below its 52-week high`,
    holds: (f) => {
      const w = worstEquity(f);
      return w !== null && w <= EQUITY_PULLBACK_PCT && w > EQUITY_SELLOFF_PCT;
    },
  },
  cryptoOnlyDown: {
    reads: ['btc.drawdown', 'sp500.drawdown', 'nasdaq.drawdown'],
    meaning: `Bitcoin ${-BTC_DOWN_PCT}% or more below its 52-week high while every current equity index is less than ${-EQUITY_PULLBACK_PCT}% below its own`,
    holds: (f) => {
      const w = worstEquity(f);
      return (drawdown(f, 'btc.drawdown') ?? 0) <= BTC_DOWN_PCT && w !== null && w > EQUITY_PULLBACK_PCT;
    },
  },
  cryptoAlsoDown: {
    reads: ['btc.drawdown', 'sp500.drawdown', 'nasdaq.drawdown'],
    meaning: `Bitcoin ${-BTC_DOWN_PCT}% or more below its 52-week high and further below it than either equity index, which is itself ${-EQUITY_PULLBACK_PCT}% or more below its own (current data)`,
    holds: (f) => {
      const w = worstEquity(f);
      const btc = drawdown(f, 'btc.drawdown');
      return btc !== null && w !== null && btc <= BTC_DOWN_PCT && w <= EQUITY_PULLBACK_PCT && btc < w;
    },
  },
  reservesSinceBills2019: {
    reads: ['reserves.chg1m'],
    meaning: `reserves rose over the past month, in a balance sheet dated on or after the first bill purchase (${BILLS})`,
    holds: (f) => (value(f, 'reserves.chg1m') ?? 0) > 0 && dataIn(f, 'reserves.chg1m', BILLS),
  },
  reservesSinceBills2025: {
    reads: ['reserves.chg1m'],
    meaning: `reserves rose over the past month, in a balance sheet dated on or after the first bill purchase (${BILLS_2025})`,
    holds: (f) => (value(f, 'reserves.chg1m') ?? 0) > 0 && dataIn(f, 'reserves.chg1m', BILLS_2025),
  },
  reservesAmpleByRate: {
    reads: ['sofrIorb.latest'],
    meaning: 'SOFR 5 bp or more below IORB (current): repo has cash enough without banks lending reserves into it, so reserves are ample',
    holds: (f) => (fresh(f, 'sofrIorb.latest') ?? Infinity) <= -5,
  },
  sofrNearIorb: {
    reads: ['sofrIorb.latest'],
    meaning: 'SOFR within 5 bp of IORB either side (current)',
    holds: (f) => {
      const v = fresh(f, 'sofrIorb.latest');
      return v !== null && v > -5 && v < 5;
    },
  },
  sofrIorbAboveCalm: {
    reads: ['sofrIorb.latest'],
    meaning: 'SOFR 5 bp or more above IORB (current)',
    holds: (f) => (fresh(f, 'sofrIorb.latest') ?? -Infinity) >= 5,
  },
  tgaRising3m: {
    reads: ['fiscal.drain3m'],
    meaning: 'the TGA weekly average rose over three months (a cash build-up to compare with)',
    holds: (f) => (value(f, 'fiscal.drain3m') ?? 0) > 0,
  },
  tgaLedDrain3m: {
    reads: ['fiscal.drain3m', 'fiscal.netDrain3m'],
    meaning: 'the TGA weekly average rose over three months by at least half of the net drain: the Treasury\'s build-up is the larger part of it',
    holds: (f) => {
      const d = value(f, 'fiscal.drain3m');
      const n = value(f, 'fiscal.netDrain3m');
      return d !== undefined && n !== undefined && d > 0 && d >= n / 2;
    },
  },
  fedLedDrain3m: {
    reads: ['fiscal.drain3m', 'fiscal.netDrain3m', 'fedAssets.chg3m'],
    meaning: 'the TGA rose over three months, but by less than half of the net drain, while Fed assets shrank: the Fed\'s run-off is the larger part',
    holds: (f) => {
      const d = value(f, 'fiscal.drain3m');
      const n = value(f, 'fiscal.netDrain3m');
      return d !== undefined && n !== undefined && d > 0 && d < n / 2 && (value(f, 'fedAssets.chg3m') ?? 0) < 0;
    },
  },
  fedShrinkDrain3m: {
    reads: ['fiscal.drain3m', 'fedAssets.chg3m'],
    meaning: 'the TGA weekly average did not rise over three months while Fed assets shrank: the drain is the Fed\'s, not the Treasury\'s',
    holds: (f) => (value(f, 'fiscal.drain3m') ?? Infinity) <= 0 && (value(f, 'fedAssets.chg3m') ?? 0) < 0,
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
  effrAboveRange: {
    reads: ['effr.latest', 'effrTop.latest'],
    meaning: 'the latest EFFR above the top of the target range in force on its own date (never the range of a later day: on a rate-cut day the latest EFFR is the day before)',
    holds: (f) => (sameDay(f, 'effrTop.latest', 'effr.latest') ?? -Infinity) > 0,
  },
  effrInRange: {
    reads: ['effr.latest', 'effrTop.latest'],
    meaning: 'the latest EFFR under the top of the target range in force on its own date',
    holds: (f) => (sameDay(f, 'effrTop.latest', 'effr.latest') ?? Infinity) < 0,
  },
  effrAtTop: {
    reads: ['effr.latest', 'effrTop.latest'],
    meaning: 'the latest EFFR exactly at the top of the target range in force on its own date (not inside it, not above)',
    holds: (f) => sameDay(f, 'effrTop.latest', 'effr.latest') === 0,
  },
  sofrBelowFloor: {
    reads: ['sofr.latest', 'sofrBottom.latest'],
    meaning: 'the latest SOFR below the bottom of the target range on its own date (current)',
    holds: (f) => belowFloor(f),
  },
  sofrInsideRange: {
    reads: ['sofr.latest', 'sofrTop.latest', 'sofrBottom.latest'],
    meaning: 'the latest SOFR inside the target range on its own date, at or above the bottom and at or below the top (current)',
    holds: (f) => insideRange(f),
  },
  sofrPlaceUnsaid: {
    reads: ['sofr.latest', 'sofrTop.latest', 'sofrBottom.latest'],
    meaning: 'neither sofrInsideRange nor sofrBelowFloor: SOFR above the top, or its latest print or range not current',
    holds: (f) => !insideRange(f) && !belowFloor(f),
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
