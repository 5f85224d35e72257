// What comes next: the calendar days ahead of an edition that move money markets, each with its
// measured typical effect from the days of the same kind before the edition. Calendar days are
// rules known in advance (catalog/marketCalendar.ts, catalog/fomc.ts); effects use only
// observations dated before the edition, so a look ahead never knows what followed it.
import { FOMC_LAST_YEAR, FOMC_MEETINGS } from '../catalog/fomc.ts';
import { lastMarketDayOf, nextMarketDay, onOrAfterMarketDay, previousMarketDay } from '../catalog/marketCalendar.ts';
import { TAX_MONTHS } from '../catalog/events.ts';
import { lowerBound } from '../core/bisect.ts';
import type { Observation } from '../core/observation.ts';

/**
 * Kinds of day. A calendar turn has one kind, the most specific (a year-end is not also counted
 * as a quarter-end); mid-month is the 15th's coupon settlement, and a tax date in January, April,
 * June, September and December.
 */
export type DayKind = 'yearEnd' | 'quarterEnd' | 'monthEnd' | 'midMonth' | 'taxDate' | 'fomc';
export const DAY_KINDS: readonly DayKind[] = ['yearEnd', 'quarterEnd', 'monthEnd', 'midMonth', 'taxDate', 'fomc'];

/** The calendar kinds of a market day, leaving FOMC meetings aside (they depend on what was known). */
export function calendarKinds(date: string): DayKind[] {
  const kinds: DayKind[] = [];
  const ym = date.slice(0, 7);
  const month = Number(date.slice(5, 7));
  if (date === lastMarketDayOf(ym)) kinds.push(month === 12 ? 'yearEnd' : month % 3 === 0 ? 'quarterEnd' : 'monthEnd');
  if (date === onOrAfterMarketDay(`${ym}-15`)) {
    kinds.push('midMonth');
    // Estimated-tax months: the rule is stated once, in the events catalog.
    if (TAX_MONTHS.has(month)) kinds.push('taxDate');
  }
  return kinds;
}

export interface AheadDay {
  readonly date: string;
  readonly kinds: readonly DayKind[];
}

export interface LookAhead {
  /** The market days looked at: the n after the edition (the first is when the edition's own SOFR prints). */
  readonly from: string;
  readonly to: string;
  /** Those of them with something on. */
  readonly days: readonly AheadDay[];
  /** The edition's own day when it is a turn, settlement or tax date: its SOFR prints on `from`, after the edition. */
  readonly today: readonly DayKind[];
  /** The window runs past the last year whose FOMC schedule the catalog holds. */
  readonly fomcUnknown: boolean;
}

/** The `n` market days after `asOf`, and which of them are turns, settlement, tax or FOMC days. */
export function lookAhead(asOf: string, n = 10): LookAhead {
  const window: string[] = [];
  for (let d = asOf; window.length < n;) window.push((d = nextMarketDay(d)));
  const from = window[0] as string;
  const to = window.at(-1) as string;
  const meetings = new Set(FOMC_MEETINGS.filter((m) => m.known <= asOf && m.date >= from && m.date <= to).map((m) => m.date));
  const days = window.flatMap((date) => {
    const kinds = [...calendarKinds(date), ...(meetings.has(date) ? ['fomc' as const] : [])];
    return kinds.length ? [{ date, kinds }] : [];
  });
  return { from, to, days, today: calendarKinds(asOf), fomcUnknown: Number(to.slice(0, 4)) > FOMC_LAST_YEAR };
}

export interface TypicalMove {
  readonly kind: DayKind;
  /** Median change on the day, against the market day before: SOFR minus the top of the range, bp. */
  readonly sofrBp: number | null;
  /** Median change of the Treasury's cash on the day, $bn (tax dates). */
  readonly tgaBn: number | null;
  /** Days of this kind measured, and the first of them. */
  readonly count: number;
  readonly since: string | null;
}

export interface MoveInputs {
  /** SOFR and the top of the target range (percent), and the TGA's closing balance ($bn), as the snapshot holds them. */
  readonly sofr: readonly Observation[];
  readonly rangeTop: readonly Observation[];
  readonly tga: readonly Observation[];
}

const median = (xs: readonly number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};


/** One past day of a kind: its date and its moves against the market day before. */
export interface DaySample {
  readonly date: string;
  readonly sofrBp: number | undefined;
  readonly tgaBn: number | undefined;
}

/** Every past day of each kind with its moves, oldest first: made once per build (and vintage), read per edition. */
export type DaySamples = ReadonlyMap<DayKind, readonly DaySample[]>;

/** The samples of every kind of day the data hold. */
export function daySamples(inputs: MoveInputs): DaySamples {
  const byDate = (obs: readonly Observation[]) => new Map(obs.map((o) => [o.date, o.value]));
  const sofr = byDate(inputs.sofr);
  const top = byDate(inputs.rangeTop);
  const tga = byDate(inputs.tga);
  const spread = (d: string) => {
    const s = sofr.get(d);
    const t = top.get(d);
    return s === undefined || t === undefined ? undefined : Math.round((s - t) * 100);
  };
  const out = new Map<DayKind, DaySample[]>(DAY_KINDS.map((k) => [k, []]));
  const meetings = new Set(FOMC_MEETINGS.map((m) => m.date));
  for (const date of [...sofr.keys()].sort()) {
    const kinds = [...calendarKinds(date), ...(meetings.has(date) ? ['fomc' as const] : [])];
    if (kinds.length === 0) continue;
    const before = previousMarketDay(date);
    const now = spread(date);
    const prev = spread(before);
    const cashNow = tga.get(date);
    const cashPrev = tga.get(before);
    const sample = {
      date,
      sofrBp: now !== undefined && prev !== undefined ? now - prev : undefined,
      tgaBn: cashNow !== undefined && cashPrev !== undefined ? cashNow - cashPrev : undefined,
    };
    for (const k of kinds) (out.get(k) as DaySample[]).push(sample);
  }
  return out;
}

/**
 * How a kind of day has moved funding over the `years` before the edition: only days dated before
 * `asOf` count (their SOFR and Treasury cash were published by the edition of `asOf`).
 */
export function typicalMovesAt(samples: DaySamples, asOf: string, years = 3): TypicalMove[] {
  const start = `${Number(asOf.slice(0, 4)) - years}${asOf.slice(4)}`;
  return DAY_KINDS.map((kind) => {
    const all = samples.get(kind) ?? [];
    const dates = all.map((s) => s.date);
    const inWindow = all.slice(lowerBound(dates, start), lowerBound(dates, asOf));
    const sofr = inWindow.flatMap((s) => (s.sofrBp === undefined ? [] : [s.sofrBp]));
    const tga = inWindow.flatMap((s) => (s.tgaBn === undefined ? [] : [s.tgaBn]));
    const first = inWindow.find((s) => s.sofrBp !== undefined)?.date ?? null;
    return { kind, sofrBp: median(sofr), tgaBn: kind === 'taxDate' ? median(tga) : null, count: sofr.length, since: first };
  });
}

/** `typicalMovesAt` over samples made from `inputs` (one edition; a build makes the samples once). */
export const typicalMoves = (inputs: MoveInputs, asOf: string, years = 3): TypicalMove[] => typicalMovesAt(daySamples(inputs), asOf, years);
