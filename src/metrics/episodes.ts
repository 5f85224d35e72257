import { vintageAt } from './vintage.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { daysBetween, addDays } from '../core/dates.ts';
import { baseOf, type MetricKey } from './registry.ts';
import { byDataDate } from './publication.ts';
import { computeTimeline, type EditionMetrics } from './timeline.ts';
import { isKnownBy } from './lookup.ts';

/**
 * Past funding-stress episodes the report compares today with: the window of edition dates the
 * backtest labels as the episode (`from`…`end`) and its peak day (`date`). An episode is history,
 * shown and named as such, only once its window has closed.
 */
export const EPISODES = [
  { id: 'repo2019', date: '2019-09-17', from: '2019-09-16', end: '2019-09-20' },
  { id: 'covid2020', date: '2020-03-17', from: '2020-03-09', end: '2020-03-20' },
  { id: 'banks2023', date: '2023-03-13', from: '2023-03-09', end: '2023-03-24' },
  { id: 'squeeze2025', date: '2025-10-31', from: '2025-10-27', end: '2025-11-07' },
] as const;

export type EpisodeId = (typeof EPISODES)[number]['id'] | 'now';

/** Metrics shown side by side for each episode and for the edition date. */
export const EPISODE_METRICS = [
  'sofrTop.latest', 'sofrIorb.latest', 'effrIorb.latest', 'srf.latest', 'omo.latest', 'rrp.latest', 'reserves.latest',
  'fiscal.drain3m', 'nasdaq.drawdown', 'sp500.drawdown', 'btc.drawdown', 'signal.overall',
] as const satisfies readonly MetricKey[];

/** Episodes over by `asOf`: while one is under way its peak is not yet known to be the peak. */
export const episodesBy = (asOf: string) => EPISODES.filter((e) => e.end < asOf);

/**
 * Each episode's figures as of its peak day by observation date (SOFR of the peak day itself, not
 * of the day before as its own edition showed), for the comparison table. Made once per snapshot.
 */
export function episodePeakMetrics(snap: Snapshot): ReadonlyMap<string, EditionMetrics> {
  return snap.derived('episodePeaks', () => computeTimeline(byDataDate(snap), EPISODES.map((e) => e.date)));
}

/**
 * The episode peaks as an edition of `asOf` knew them: from its vintage only when a revision it did
 * not know touches data up to the last episode (otherwise the values are the same, and the peaks of
 * the snapshot are shared by every edition).
 */
export function episodePeaksKnownAt(snap: Snapshot, asOf: string): ReadonlyMap<string, EditionMetrics> {
  const last = EPISODES.reduce((m, e) => (e.date > m ? e.date : m), '');
  const touched = (snap.superseded ?? []).some((r) => r.until > asOf && r.date <= last);
  return episodePeakMetrics(touched ? vintageAt(snap, asOf) : snap);
}

export interface EpisodePoint {
  readonly episode: EpisodeId;
  /** Calendar days from the episode's date (0 = the peak day, or the edition date for "now"). */
  readonly offset: number;
  readonly value: number;
}

/**
 * SOFR minus the top of the target range (bp) around each past episode (±span days) and over
 * the `span` days up to asOf, aligned on day 0. Nothing published after asOf's cut-off is included.
 */
export function episodeWindows(snap: Snapshot, asOf: string, span: number): EpisodePoint[] {
  const spread = baseOf(snap, 'sofrTop').obs;
  const windows: { episode: EpisodeId; date: string; from: string; to: string }[] = [
    ...episodesBy(asOf).map((e) => ({ episode: e.id, date: e.date, from: addDays(e.date, -span), to: addDays(e.date, span) })),
    { episode: 'now', date: asOf, from: addDays(asOf, -span), to: asOf },
  ];
  return windows.flatMap((w) =>
    spread
      .filter((o) => o.date >= w.from && o.date <= w.to && isKnownBy(o, asOf))
      .map((o) => ({ episode: w.episode, offset: daysBetween(w.date, o.date), value: o.value })),
  );
}
