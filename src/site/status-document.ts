// status.json at the site root: the state of the last run and of every series, for maintainers'
// monitors and for readers' tools. Pure: a function of the snapshot, its timeline entry for the
// latest edition and what the build knows about itself.
import { isSeriesId, seriesDef, type SeriesId, type SourceId } from '../catalog/series.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import { regimeName, signalName } from '../report/format.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { localePath } from './paths.ts';
import { seriesState, type SeriesState } from './status.ts';


export interface StatusDocument {
  readonly format: 1;
  /** The commit the site was built from, when the build knows it (GITHUB_SHA or git). */
  readonly commit: string | null;
  /** The last time any series was refreshed successfully (the snapshot's latest lastSuccess). */
  readonly lastRefresh: string | null;
  readonly latestEdition: {
    readonly date: string;
    readonly path: string;
    readonly verdict: string | null;
    readonly pillars: Readonly<Record<string, string | null>>;
  };
  readonly series: readonly {
    readonly id: SeriesId;
    readonly source: SourceId;
    readonly lastObservation: string;
    readonly lastRefresh: string;
    /** ok; behind: past its schedule; failed: the last refresh failed; ended: a series that stopped by design. */
    readonly status: SeriesState;
  }[];
}

export function statusDocument(snap: Snapshot, latest: EditionMetrics, commit: string | null): StatusDocument {
  const overall = latest.signals.find((s) => s.pillar === 'overall');
  const refreshes = snap.manifest.series.map((m) => m.lastSuccess).sort();
  return {
    format: 1,
    commit,
    lastRefresh: refreshes.at(-1) ?? null,
    latestEdition: {
      date: latest.asOf,
      path: localePath('zh', `/reports/${latest.asOf}/`),
      verdict: overall?.level != null ? regimeName(overall.level, 'en') : null,
      pillars: Object.fromEntries(latest.signals.filter((s) => s.pillar !== 'overall')
        .map((s) => [s.pillar, s.level === null ? null : signalName(s.level, 'en')])),
    },
    series: snap.manifest.series.filter((m) => isSeriesId(m.id)).map((m) => {
      const id = m.id as SeriesId;
      const def = seriesDef(id);
      return { id, source: def.source, lastObservation: m.last, lastRefresh: m.lastSuccess, status: seriesState(snap, m, latest.asOf) };
    }),
  };
}
