import type { SeriesId } from '../catalog/series.ts';
import type { Figure as CoreFigure, FigureKind } from '../core/figure.ts';

/** A figure of the metrics layer: its series are catalog ids. */
export type Figure = CoreFigure<SeriesId>;

/** A figure; `stale` says whether any of its series is behind schedule at the edition date. */
export function makeFigure(value: number, kind: FigureKind, date: string, series: readonly SeriesId[], stale: boolean): Figure {
  return { value, kind, date, series, stale };
}
