import { seriesDef, type SeriesId } from '../catalog/series.ts';
import { daysBetween } from '../snapshot/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { latestAt } from './lookup.ts';

/**
 * True when a series' latest observation on or before asOf is older than the catalog allows
 * (or there is none): figures built on it may lag the edition date.
 */
export function isSeriesStale(snap: Snapshot, id: SeriesId, asOf: string): boolean {
  const last = latestAt(snap.series.get(id) ?? [], asOf);
  return !last || daysBetween(last.date, asOf) > seriesDef(id).maxAgeDays;
}
