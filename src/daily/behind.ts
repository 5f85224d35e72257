// Series that have been behind their publication schedule for days. The update counts a source
// that answers with nothing new as ok; this looks at the snapshot's dates instead, so a source
// that quietly stops publishing (or a series a job no longer fetches) is noticed.
import { SERIES, type SeriesId, type SourceId } from '../catalog/series.ts';
import { businessDaysBehind } from '../metrics/freshness.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

/**
 * Business days past a series' grace before the daily run raises it. Three: a holiday
 * weekend or a one-day outage must not open an issue; a week without data must.
 */
export const BEHIND_ALERT_BUSINESS_DAYS = 3;

export interface Behind {
  readonly id: SeriesId;
  readonly source: SourceId;
  /** Its latest observation, or null when it has none. */
  readonly last: string | null;
  readonly businessDays: number;
}

/** Every catalog series behind by more than BEHIND_ALERT_BUSINESS_DAYS at `today`, most behind first. */
export function seriesBehind(snap: Snapshot, today: string): Behind[] {
  return SERIES.flatMap((def) => {
    const businessDays = businessDaysBehind(snap, def.id, today);
    if (businessDays <= BEHIND_ALERT_BUSINESS_DAYS) return [];
    return [{ id: def.id, source: def.source, last: snap.series.get(def.id)?.at(-1)?.date ?? null, businessDays }];
  }).sort((a, b) => b.businessDays - a.businessDays || (a.id < b.id ? -1 : 1));
}
