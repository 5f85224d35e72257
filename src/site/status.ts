// The data-status view: every series in the snapshot with its freshness, for readers who want
// to know how current each number is. Wiring only; freshness rules live in metrics/.
import { isSeriesId, seriesDef } from '../catalog/series.ts';
import type { Locale } from '../core/locale.ts';
import { hasEnded, isSeriesStale } from '../metrics/freshness.ts';
import { latestKnown } from '../metrics/lookup.ts';
import { published } from '../metrics/publication.ts';
import { formatDate } from '../report/format.ts';
import { daysBetween } from '../core/dates.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

/**
 * ok: fresh; behind: older than its usual update interval; failed: the last refresh failed;
 * ended: the series ended by design (catalog `endsOn`) and its data reach that end.
 */
export type SeriesState = 'ok' | 'behind' | 'failed' | 'ended';

/** A series' state at the edition of asOf: the one rule behind /data/ and status.json. */
export function seriesState(snap: Snapshot, meta: Snapshot['manifest']['series'][number], asOf: string): SeriesState {
  const id = meta.id as Parameters<typeof seriesDef>[0];
  // A failed refresh of an ended series is still shown: its answer was refused for a reason.
  return meta.status === 'stale' ? 'failed' : hasEnded(snap, id, asOf) ? 'ended' : isSeriesStale(snap, id, asOf) ? 'behind' : 'ok';
}

export interface StatusRow {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly state: SeriesState;
  readonly last: string;
  readonly ageDays: number;
  readonly lastSuccess: string;
  /**
   * When the series last brought new data: the first edition date its latest observation could
   * appear in (by its publication schedule). Its own, unlike lastSuccess, which one run shares.
   */
  readonly newData: string;
  readonly reason: string | null;
  readonly copyrighted: boolean;
  readonly url: string;
}

export function statusRows(snap: Snapshot, asOf: string, locale: Locale): StatusRow[] {
  return snap.manifest.series.filter((m) => isSeriesId(m.id)).map((m) => {
    const id = m.id as Parameters<typeof seriesDef>[0];
    const def = seriesDef(id);
    const latest = latestKnown(published(snap).series.get(id) ?? [], asOf);
    const last = latest?.date ?? m.last;
    const state = seriesState(snap, m, asOf);
    return {
      id,
      title: def.title[locale],
      publisher: def.publisher[locale],
      state,
      last: formatDate(last, locale),
      ageDays: daysBetween(last, asOf),
      lastSuccess: formatDate(m.lastSuccess.slice(0, 10), locale),
      newData: formatDate(latest?.known ?? last, locale),
      reason: m.staleReason,
      copyrighted: def.license === 'copyrighted',
      url: def.url,
    };
  });
}
