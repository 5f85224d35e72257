// The inputs of an edition's pillar charts (buffers, TGA, SOFR distribution, facility), as known
// at the edition's cut-off: every series is cut at its last observation public by then (lookup.ts),
// so a chart never shows what was published after its edition. Pure.
import { addDays } from '../core/dates.ts';
import type { Observation } from '../core/observation.ts';
import { SRF_START } from '../catalog/events.ts';
import { seriesDef, type SeriesId } from '../catalog/series.ts';
import { TO_METRIC_UNIT } from './derived.ts';
import { indexAtOrBefore, indexKnownBy, valueOn } from './lookup.ts';
import { addMonths } from './measures.ts';
import { published } from './publication.ts';
import { THRESHOLDS } from './signals.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import type { RateRangeRow } from './windows.ts';

/** Dates (ISO) and values side by side, in metric units ($bn, %). */
export interface Line {
  readonly dates: readonly string[];
  readonly values: readonly number[];
}

export interface BuffersWindow {
  readonly reserves: Line;
  /** ON RRP on the reserves' dates (the Wednesdays): a weekly line beside a weekly one keeps the chart small. */
  readonly rrp: Line;
  /**
   * The level under which reserves rank in the lowest `THRESHOLDS.reservesLowRank` percent of
   * their last five years, the test of the rule buffers.thin (signals.ts), at the last print.
   */
  readonly lowLine: number;
}

export interface SofrBandRow {
  readonly date: string;
  readonly p1: number;
  readonly p25: number;
  readonly p75: number;
  readonly p99: number;
}

export interface PillarWindows {
  readonly buffers?: BuffersWindow;
  readonly tga?: Line;
  /** The SOFR percentiles on the rates chart's days that have all four. */
  readonly band?: readonly SofrBandRow[];
  /** Standing Repo Facility take-up over the rates window; only when some day was above zero. */
  readonly facility?: Line;
}

export const BUFFERS_MONTHS = 60;
export const TGA_MONTHS = 12;

/** Observations of `id` dated from `from`, up to the last public by the edition of `asOf` (binary searches, no scan). */
function knownSince(snap: Snapshot, id: SeriesId, asOf: string, from: string): readonly Observation[] {
  const obs = snap.series.get(id) ?? [];
  const end = indexKnownBy(obs, asOf) + 1;
  const start = indexAtOrBefore(obs, from) + 1;
  return start < end ? obs.slice(start, end) : [];
}

const lineOf = (obs: readonly Observation[], factor: number): Line => ({
  dates: obs.map((o) => o.date), values: obs.map((o) => Math.round(o.value * factor * 10) / 10),
});

/**
 * The reserve level at the low-range threshold: the highest value of the window whose percentile
 * rank, counted as rolling.ts WindowRank counts it (share at or below, to 0.1), is within `rank`.
 */
export function lowRangeLevel(values: readonly number[], rank: number): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let k = -1;
  for (let i = 0; i < n; i++) {
    // Values tie: the share at or below counts every copy of a value.
    let j = i;
    while (j + 1 < n && sorted[j + 1] === sorted[i]) j++;
    if (Math.round(((j + 1) / n) * 1000) / 10 > rank) break;
    k = j;
    i = j;
  }
  return k < 0 ? undefined : sorted[k];
}

export function pillarWindows(view: Snapshot, asOf: string, rates: readonly RateRangeRow[]): PillarWindows {
  const pub = published(view);
  const out: { -readonly [K in keyof PillarWindows]: PillarWindows[K] } = {};

  const resAll = pub.series.get('WRESBAL') ?? [];
  const lastRes = resAll[indexKnownBy(resAll, asOf)];
  if (lastRes) {
    const from = addMonths(lastRes.date, -BUFFERS_MONTHS);
    const since = addDays(from, -1); // the rule's window keeps its first day (rolling.ts drops dates before it)
    const res = knownSince(pub, 'WRESBAL', asOf, since);
    const factor = TO_METRIC_UNIT[seriesDef('WRESBAL').unit];
    const rrpAll = knownSince(pub, 'RRPONTSYD', asOf, since);
    const rrpFactor = TO_METRIC_UNIT[seriesDef('RRPONTSYD').unit];
    const rrpDates: string[] = [];
    const rrpValues: number[] = [];
    for (const o of res) {
      const v = valueOn(rrpAll, o.date);
      if (v !== undefined) { rrpDates.push(o.date); rrpValues.push(Math.round(v * rrpFactor * 10) / 10); }
    }
    const reserves = lineOf(res, factor);
    // Only with five years behind the last print, as the rule's rank needs (measures.ts rank5y).
    const low = (resAll[0] as Observation).date <= from ? lowRangeLevel(reserves.values, THRESHOLDS.reservesLowRank) : undefined;
    if (reserves.dates.length > 1 && low !== undefined) out.buffers = { reserves, rrp: { dates: rrpDates, values: rrpValues }, lowLine: low };
  }

  const tgaAll = pub.series.get('TGA_CLOSE') ?? [];
  const lastTga = tgaAll[indexKnownBy(tgaAll, asOf)];
  if (lastTga) {
    const tga = lineOf(knownSince(pub, 'TGA_CLOSE', asOf, addMonths(lastTga.date, -TGA_MONTHS)), TO_METRIC_UNIT[seriesDef('TGA_CLOSE').unit]);
    if (tga.dates.length > 1) out.tga = tga;
  }

  const first = rates[0];
  if (first) {
    const from = first.date.toISOString().slice(0, 10);
    // knownSince starts after its date: the window's first day itself is kept.
    const p = (id: SeriesId) => knownSince(pub, id, asOf, addDays(from, -1));
    const [p1, p25, p75, p99] = [p('SOFR_P1'), p('SOFR_P25'), p('SOFR_P75'), p('SOFR_P99')];
    const band: SofrBandRow[] = [];
    for (const o of p99) {
      const a = valueOn(p1, o.date);
      const b = valueOn(p25, o.date);
      const c = valueOn(p75, o.date);
      if (a !== undefined && b !== undefined && c !== undefined) band.push({ date: o.date, p1: a, p25: b, p75: c, p99: o.value });
    }
    if (band.length > 1) out.band = band;

    // One facility at a time (families/facility.ts): from the SRF's start, the temporary operations before it are left out.
    const srfFrom = asOf >= SRF_START && from < SRF_START ? SRF_START : from;
    const srf = knownSince(pub, 'SRF_TOTAL', asOf, addDays(srfFrom, -1));
    if (srf.some((o) => o.value > 0)) out.facility = lineOf(srf, TO_METRIC_UNIT[seriesDef('SRF_TOTAL').unit]);
  }
  return out;
}
