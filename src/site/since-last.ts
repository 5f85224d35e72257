// What changed since the edition before: the verdict and the pillars that moved, the figures that
// got a new print and moved most, and new records. Pure: both editions come from the timeline, as
// each was published.
import type { MetricKey } from '../metrics/registry.ts';
import type { SignalResult } from '../metrics/signals.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import type { Figure } from '../metrics/figure.ts';

export interface PillarChange {
  readonly pillar: SignalResult['pillar'];
  readonly from: number | null;
  readonly to: number | null;
}

export interface FigureMove {
  readonly key: MetricKey;
  readonly from: Figure;
  readonly to: Figure;
}

export interface SinceLast {
  readonly previous: string;
  /** The overall reading and every pillar whose level changed; the overall first. */
  readonly changes: readonly PillarChange[];
  /** Watched figures with a new observation that moved, largest move first (at most `MAX_MOVES`). */
  readonly moves: readonly FigureMove[];
  /** Figures that set a record with this edition: the figure, named by its metric, not by its record flag. */
  readonly records: readonly { readonly key: MetricKey; readonly figure: Figure }[];
}

/**
 * Figures a daily reader watches, with the move that counts as news: bp for rates and spreads,
 * $bn for balances (a balance's day-to-day drift below this is noise).
 */
export const WATCHED: ReadonlyArray<{ readonly key: MetricKey; readonly min: number }> = [
  { key: 'sofrTop.latest', min: 2 },
  { key: 'sofrIorb.latest', min: 2 },
  { key: 'sofrP99Top.latest', min: 5 },
  { key: 'srf.latest', min: 1 },
  { key: 'rrp.latest', min: 25 },
  { key: 'reserves.latest', min: 50 },
  { key: 'tga.latest', min: 25 },
];
export const MAX_MOVES = 4;
/** Record flags (1 when the latest print set a record), each with the figure it is about. */
/**
 * Record flags (1 when the latest print set a record), each with the figure it is about and the
 * least that counts as news: the first days of a series set "records" of a few $mn.
 */
const RECORDS: ReadonlyArray<{ readonly flag: MetricKey; readonly key: MetricKey; readonly min: number }> = [{ flag: 'srf.isRecord', key: 'srf.latest', min: 1 }];

/** How far past its threshold a move is, so moves of different units can be ranked together. */
const weight = (from: Figure, to: Figure, min: number) => Math.abs(to.value - from.value) / min;

export function sinceLast(previous: EditionMetrics, current: EditionMetrics): SinceLast {
  const before = new Map(previous.signals.map((s) => [s.pillar, s.level]));
  const changes = [...current.signals]
    .sort((a, b) => (a.pillar === 'overall' ? -1 : b.pillar === 'overall' ? 1 : 0))
    .flatMap((s) => (before.has(s.pillar) && before.get(s.pillar) !== s.level ? [{ pillar: s.pillar, from: before.get(s.pillar) ?? null, to: s.level }] : []));
  const moves = WATCHED.flatMap(({ key, min }) => {
    const from = previous.figures[key];
    const to = current.figures[key];
    // Only a new observation is news; a figure that kept its date did not move today.
    if (!from || !to || to.date === from.date || Math.abs(to.value - from.value) < min) return [];
    return [{ key, from, to, w: weight(from, to, min) }];
  }).sort((a, b) => b.w - a.w).slice(0, MAX_MOVES).map(({ key, from, to }) => ({ key, from, to }));
  const records = RECORDS.flatMap(({ flag, key, min }) => {
    const figure = current.figures[key];
    return figure && figure.value >= min && current.figures[flag]?.value === 1 && previous.figures[flag]?.value !== 1 ? [{ key, figure }] : [];
  });
  return { previous: previous.asOf, changes, moves, records };
}
