import type { SeriesId } from '../catalog/series.ts';
import type { Observation } from '../snapshot/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { makeFigure, type Figure } from './figure.ts';
import { latestAt, latestCommon } from './lookup.ts';

const series = (snap: Snapshot, id: SeriesId): readonly Observation[] => snap.series.get(id) ?? [];

/** Percentage points to basis points, rounded to 0.01 bp to drop float noise (4.22-4 = 0.2199…). */
export const toBp = (pp: number) => Math.round(pp * 10_000) / 100;

function level(snap: Snapshot, id: SeriesId, asOf: string, kind: Figure['kind'], scale = 1): Figure | null {
  const o = latestAt(series(snap, id), asOf);
  return o ? makeFigure(o.value * scale, kind, o.date, [id], asOf) : null;
}

function spreadBp(snap: Snapshot, a: SeriesId, b: SeriesId, asOf: string): Figure | null {
  const c = latestCommon(series(snap, a), series(snap, b), asOf);
  return c ? makeFigure(toBp(c.a - c.b), 'bp', c.date, [a, b], asOf) : null;
}

/** Every metric the templates may name. A null value means "no data at this as-of date". */
export const METRIC_KEYS = [
  'sofr.latest',
  'sofr.vsTop',
  'sofr.vsIorb',
  'effr.latest',
  'iorb.latest',
  'range.top',
  'range.bottom',
  'rrp.latest',
  'tga.latest',
  'tga.weekly',
  'reserves.latest',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];
export type Figures = Readonly<Record<MetricKey, Figure | null>>;

/**
 * The figures of one edition, from observations dated <= asOf only.
 * Units are converted here, once: $mn series become $bn.
 */
export function computeFigures(snap: Snapshot, asOf: string): Figures {
  return {
    'sofr.latest': level(snap, 'SOFR', asOf, 'pct'),
    'sofr.vsTop': spreadBp(snap, 'SOFR', 'DFEDTARU', asOf),
    'sofr.vsIorb': spreadBp(snap, 'SOFR', 'IORB', asOf),
    'effr.latest': level(snap, 'EFFR', asOf, 'pct'),
    'iorb.latest': level(snap, 'IORB', asOf, 'pct'),
    'range.top': level(snap, 'DFEDTARU', asOf, 'pct'),
    'range.bottom': level(snap, 'DFEDTARL', asOf, 'pct'),
    'rrp.latest': level(snap, 'RRPONTSYD', asOf, 'usd_bn'),
    'tga.latest': level(snap, 'TGA_CLOSE', asOf, 'usd_bn'),
    'tga.weekly': level(snap, 'WTREGEN', asOf, 'usd_bn', 1 / 1000),
    'reserves.latest': level(snap, 'WRESBAL', asOf, 'usd_bn', 1 / 1000),
  };
}
