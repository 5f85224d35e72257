import { seriesDef, type SeriesId } from '../catalog/series.ts';
import { daysBetween } from '../snapshot/observation.ts';

/** What a figure measures; the report checks that a format fits it. */
export type FigureKind = 'pct' | 'bp' | 'usd_bn' | 'date';

/** One computed number with the date it describes and the series it comes from. */
export interface Figure {
  readonly value: number;
  readonly kind: FigureKind;
  /** The observation date the value describes (<= the as-of date). */
  readonly date: string;
  readonly series: readonly SeriesId[];
  /** Older than its series allow at the as-of date (see catalog maxAgeDays). */
  readonly stale: boolean;
}

export function makeFigure(value: number, kind: FigureKind, date: string, series: readonly SeriesId[], asOf: string): Figure {
  const age = daysBetween(date, asOf);
  const stale = series.some((id) => age > seriesDef(id).maxAgeDays);
  return { value, kind, date, series, stale };
}
