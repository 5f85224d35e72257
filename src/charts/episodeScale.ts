import type { EpisodePoint } from '../metrics/episodes.ts';

// The episode panels' shared y scale and its cut: all panels share one scale, so heights compare
// honestly; when one past episode dwarfs the rest the scale is cut just above the others, and its
// line leaves the top of the frame (cutAt) with its peak written beside it (offScale).

/** A past peak is cut off when it exceeds this many times the next highest panel (or this edition). */
const OUTLIER_RATIO = 3;
/** Smallest top of the scale, in bp, so quiet windows are not blown up. */
const MIN_TOP = 10;

export interface EpisodeScale {
  /** Shared y domain, bp, always including 0. */
  readonly lo: number;
  readonly hi: number;
  /** Values above this run off the top of the frame; null when nothing is cut. */
  readonly cap: number | null;
}

const ceil10 = (v: number) => Math.ceil(v / 10) * 10;
const floor10 = (v: number) => Math.floor(v / 10) * 10;

/** Highest value of each panel that has data. */
function peaksOf(points: readonly EpisodePoint[]): Map<string, number> {
  const peaks = new Map<string, number>();
  for (const p of points) peaks.set(p.episode, Math.max(peaks.get(p.episode) ?? -Infinity, p.value));
  return peaks;
}

/**
 * The shared scale: from the lowest value (or 0) to the highest, unless the highest past peak is
 * more than OUTLIER_RATIO times the next one and this edition's peak; then the top is cut at 1.5×
 * that next peak (rounded up to 10 bp). This edition is never cut.
 */
export function episodeScale(points: readonly EpisodePoint[]): EpisodeScale {
  if (points.length === 0) throw new Error('episodeScale: no points; the chart needs at least one observation of SOFR minus the range top');
  const peaks = peaksOf(points);
  const past = [...peaks].filter(([id]) => id !== 'now').map(([, v]) => v).sort((a, b) => b - a);
  const top = Math.max(...peaks.values());
  const lo = Math.min(0, floor10(Math.min(...points.map((p) => p.value))));
  const ref = Math.max(peaks.get('now') ?? -Infinity, past[1] ?? -Infinity, MIN_TOP);
  if ((past[0] ?? -Infinity) > OUTLIER_RATIO * ref) {
    const cap = ceil10(1.5 * ref);
    return { lo, hi: cap, cap };
  }
  return { lo, hi: Math.max(MIN_TOP, ceil10(top)), cap: null };
}

/** A line's point; value NaN breaks the line (Plot leaves a gap). */
export interface LinePoint {
  readonly offset: number;
  readonly value: number;
}

/**
 * The line cut at `cap`: it runs up to the frame's top edge where it crosses the cap and resumes
 * where it comes back, as if clipped, with no SVG clip path (ids would have to be unique per page).
 */
export function cutAt(points: readonly LinePoint[], cap: number | null): LinePoint[] {
  if (cap === null) return [...points];
  const out: LinePoint[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev && (prev.value > cap) !== (p.value > cap)) {
      const t = (cap - prev.value) / (p.value - prev.value);
      out.push({ offset: prev.offset + t * (p.offset - prev.offset), value: cap });
    }
    out.push(p.value > cap ? { offset: p.offset, value: Number.NaN } : p);
  });
  return out;
}

/** Peak of a run above the cap, for its label. */
export const offScale = (points: readonly LinePoint[], cap: number | null) =>
  cap === null ? [] : points.filter((p) => p.value > cap).sort((a, b) => b.value - a.value).slice(0, 1);

/** A line's points as a cache key. */
export const pointsKey = (points: readonly LinePoint[]): string => points.map((p) => `${p.offset}:${p.value}`).join(' ');

