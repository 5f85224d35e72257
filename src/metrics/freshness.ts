import { SERIES, isSeriesId, seriesDef, type SeriesId } from '../catalog/series.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { latestKnown } from './lookup.ts';
import { GRACE_BUSINESS_DAYS, knownDate, nextScheduled, publicationOf } from './publication.ts';

/**
 * Where a series' schedule puts it at `asOf`: the last day it is still on time (`onTimeUntil`:
 * the day its next observation was due, plus GRACE_BUSINESS_DAYS); with no public observation,
 * the day it should have begun (`startsOn`); null once it has ended by design and its data reach
 * the end. One place for the rule that isSeriesStale and businessDaysBehind both read.
 */
function schedulePoint(snap: Snapshot, id: SeriesId, asOf: string): { onTimeUntil: string } | { startsOn: string } | null {
  const { calendar, snapshot } = publicationOf(snap);
  const def = seriesDef(id);
  const last = latestKnown(snapshot.series.get(id) ?? [], asOf);
  // A series that did not exist yet (IORB before July 2021) is not behind; one that should have data is.
  if (!last) return { startsOn: def.historyStart };
  // A series that ended by design (catalog `endsOn`) and whose data reach its end is finished, not late.
  if (def.endsOn && last.date >= def.endsOn) return null;
  const due = knownDate(def, nextScheduled(def, last.date, calendar), calendar);
  return { onTimeUntil: calendar.add(due, GRACE_BUSINESS_DAYS) };
}

const isLate = (point: ReturnType<typeof schedulePoint>, asOf: string): boolean =>
  point !== null && ('startsOn' in point ? asOf >= point.startsOn : asOf > point.onTimeUntil);

/**
 * True when, at the edition of asOf, a series is behind its own schedule: the observation that
 * should follow its latest public one was due (by the catalog's frequency, lag and time) more
 * than GRACE_BUSINESS_DAYS business days earlier, or it has no public observation at all. A
 * weekly H.4.1 series is therefore never stale on the Tuesday after its Thursday release.
 */
export function isSeriesStale(snap: Snapshot, id: SeriesId, asOf: string): boolean {
  return isLate(schedulePoint(snap, id, asOf), asOf);
}

/**
 * Business days past the point where isSeriesStale calls a series stale at `asOf`: 0 while it
 * is on schedule or within its grace. A source that answers but has published nothing new for
 * a week shows here, where the update, which only sees that the request worked, counts it ok.
 */
export function businessDaysBehind(snap: Snapshot, id: SeriesId, asOf: string): number {
  const point = schedulePoint(snap, id, asOf);
  if (point === null || !isLate(point, asOf)) return 0;
  const { calendar } = publicationOf(snap);
  let d = 'startsOn' in point ? point.startsOn : point.onTimeUntil;
  let n = 0;
  while (d < asOf) {
    d = calendar.next(d);
    n++;
  }
  return n;
}

/**
 * True when, at the edition of asOf, a series has ended by design (catalog `endsOn`) and its
 * public data reach that end: nothing more is due, so it is neither behind nor news when a
 * refresh of it fails.
 */
export function hasEnded(snap: Snapshot, id: SeriesId, asOf: string): boolean {
  const end = seriesDef(id).endsOn;
  return end !== undefined && asOf > end && schedulePoint(snap, id, asOf) === null;
}

const CATALOG_ORDER = new Map<string, number>(SERIES.map((s, i) => [s.id, i]));

/**
 * The series an edition calls stale, in catalog order: every series of the snapshot behind its
 * own schedule at `asOf`, and on the latest edition every one whose last refresh failed, less
 * those that ended by design (finished, not late). The one list the edition's banner, its
 * figures.json and /data/ all show (issue 19 §4: they had each made their own).
 */
export function staleSeriesIds(snap: Snapshot, asOf: string, latest: boolean): readonly SeriesId[] {
  // Asked by both languages' pages and by figures.json: made once per edition.
  return snap.derived(`staleSeriesIds ${asOf} ${latest}`, () => snap.manifest.series
    .filter((m) => isSeriesId(m.id))
    // A series with nothing public yet at the edition has no figure to be late: naming it would
    // print a date from the edition's future.
    .filter((m) => latestKnown(publicationOf(snap).snapshot.series.get(m.id as SeriesId) ?? [], asOf) !== undefined)
    .filter((m) => !hasEnded(snap, m.id as SeriesId, asOf) &&
      (isSeriesStale(snap, m.id as SeriesId, asOf) || (latest && m.status === 'stale')))
    .map((m) => m.id as SeriesId)
    .sort((a, b) => (CATALOG_ORDER.get(a) ?? 0) - (CATALOG_ORDER.get(b) ?? 0)));
}
