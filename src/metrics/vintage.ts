import type { Observation } from '../core/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import type { Superseded } from '../snapshot/vintages.ts';
import { sharePublication } from './publication.ts';

// An edition dated D is computed from the values known at D's cut-off. The snapshot holds the
// values known now plus every value they replaced (`superseded`); `vintageAt` resolves the two
// into the snapshot as it stood for D. The metrics engine takes only a `PublishedView`, which only
// this module makes, so no caller can hand it a later vintage by forgetting a step.

declare const vintageResolved: unique symbol;

/** A snapshot holding, for every observation, the value known in one era of editions, and no later vintage. */
export type PublishedView = Snapshot & { readonly [vintageResolved]: true; readonly superseded?: undefined };

/** The editions a view serves: dates from `from` (included) until `until` (excluded; absent: up to now). */
export interface Era {
  readonly from: string;
  readonly until?: string;
}

const views = new WeakMap<Snapshot, Map<string, PublishedView>>();
const eraOfView = new WeakMap<Snapshot, Era>();
const NOW = 'now';

/** The dates from which a revision was known, ascending: editions between two of them see the same vintage. */
const datesMemo = new WeakMap<Snapshot, readonly string[]>();
export function revisionDates(snap: Snapshot): readonly string[] {
  let dates = datesMemo.get(snap);
  if (!dates) datesMemo.set(snap, (dates = [...new Set((snap.superseded ?? []).map((r) => r.until))].sort()));
  return dates;
}

/** The era of editions holding the same vintage as the edition of `asOf`. */
export function eraOf(snap: Snapshot, asOf: string): Era {
  const dates = revisionDates(snap);
  const until = dates.find((d) => d > asOf);
  const from = dates.filter((d) => d <= asOf).at(-1) ?? '0000-01-01';
  return until === undefined ? { from } : { from, until };
}

/** For each observation revised after `asOf`, the value it had at `asOf` (the first superseded row still in force). */
function valuesAt(superseded: readonly Superseded[], asOf: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of superseded) {
    if (r.until <= asOf) continue;
    let m = out.get(r.series);
    if (!m) out.set(r.series, (m = new Map()));
    if (!m.has(r.date)) m.set(r.date, r.value); // rows are in store order: the earliest `until` first
  }
  return out;
}

/**
 * The snapshot as known at the cut-off of the edition of `asOf`: each revised observation carries
 * the value in force then. Memoised per era, so every edition of an era shares one view (and the
 * caches keyed on it); a snapshot never revised is its own view.
 */
export function vintageAt(snap: Snapshot, asOf: string): PublishedView {
  if (eraOfView.has(snap)) {
    const era = eraOfView.get(snap) as Era;
    if (asOf < era.from || (era.until !== undefined && asOf >= era.until)) {
      throw new Error(`vintage: a view of the editions ${era.from}…${era.until ?? 'now'} cannot serve the edition of ${asOf}`);
    }
    return snap as PublishedView;
  }
  const superseded = snap.superseded ?? [];
  const era = eraOf(snap, asOf);
  let byEra = views.get(snap);
  if (!byEra) views.set(snap, (byEra = new Map()));
  const key = era.until ?? NOW;
  let view = byEra.get(key);
  if (!view) {
    if (superseded.length === 0) {
      view = snap as PublishedView;
    } else {
      const old = valuesAt(superseded, asOf);
      const series = new Map<string, readonly Observation[]>();
      for (const [id, obs] of snap.series) {
        const m = old.get(id);
        series.set(id, m ? obs.map((o) => (m.has(o.date) ? { date: o.date, value: m.get(o.date) as number } : o)) : obs);
      }
      view = { manifest: snap.manifest, series } as unknown as PublishedView;
      sharePublication(view, snap);
    }
    eraOfView.set(view, era);
    byEra.set(key, view);
  }
  return view;
}

/** True when a view was resolved for editions including `asOf` (the engine's guard). */
export function servesDate(view: PublishedView, asOf: string): boolean {
  const era = eraOfView.get(view);
  return era !== undefined && asOf >= era.from && (era.until === undefined || asOf < era.until);
}

/** One revision an edition did not know: an observation it used, its value then and now. */
export interface LaterRevision {
  readonly series: string;
  readonly date: string;
  /** The value the edition used. */
  readonly used: number;
  /** The value known now. */
  readonly now: number;
  /** The first edition date that knew a different value. */
  readonly knownFrom: string;
}

/**
 * The observations of `series` the edition of `asOf` could have used (public by then, `known` from
 * the published view) whose value was revised after it. `known` is the first edition date of each
 * observation (metrics/publication.ts).
 */
export function revisionsAfter(snap: Snapshot, asOf: string, knownOf: (series: string, date: string) => string | undefined): LaterRevision[] {
  const out: LaterRevision[] = [];
  const seen = new Set<string>();
  for (const r of snap.superseded ?? []) {
    const key = `${r.series} ${r.date}`;
    if (r.until <= asOf || seen.has(key)) continue;
    seen.add(key);
    const known = knownOf(r.series, r.date);
    if (known === undefined || known > asOf) continue;
    const now = snap.series.get(r.series)?.find((o) => o.date === r.date)?.value;
    if (now === undefined || now === r.value) continue;
    out.push({ series: r.series, date: r.date, used: r.value, now, knownFrom: r.until });
  }
  return out;
}

/** The snapshot with only the values known now, treated as a view: hindsight, for the revision note only. */
const hindsight = new WeakMap<Snapshot, PublishedView>();
export function withHindsight(snap: Snapshot): PublishedView {
  let view = hindsight.get(snap);
  if (!view) {
    const now = { manifest: snap.manifest, series: snap.series };
    sharePublication(now, snap); // the same arrays: its publication is the snapshot's
    hindsight.set(snap, (view = vintageAt(now, '0000-01-01')));
  }
  return view;
}

/** One revision of one observation: its value before and after, and the first edition that knew the new one. */
export interface RevisionStep {
  readonly date: string;
  readonly from: number;
  readonly to: number;
  readonly knownFrom: string;
}

/**
 * Every revision of a series, by observation date then in the order they happened: each
 * superseded value went to the next one for that date (a later row, or the value known now).
 */
export function revisionHistory(snap: Snapshot, id: string): RevisionStep[] {
  const rows = (snap.superseded ?? []).filter((r) => r.series === id);
  if (rows.length === 0) return [];
  const now = new Map((snap.series.get(id) ?? []).map((o) => [o.date, o.value]));
  return rows.map((r, i) => {
    const next = rows[i + 1];
    const to = next && next.date === r.date ? next.value : (now.get(r.date) as number);
    return { date: r.date, from: r.value, to, knownFrom: r.until };
  });
}

/**
 * ALFRED's real-time periods for a series: one row per value it ever held, known from
 * `realtime_start` (absent: from its first publication) until `realtime_end` (absent: still current).
 * Only observations that were revised are listed; every other value is current since first published.
 */
export function realtimePeriods(snap: Snapshot, id: string): { date: string; value: number; realtime_start?: string; realtime_end?: string }[] {
  const out: { date: string; value: number; realtime_start?: string; realtime_end?: string }[] = [];
  const steps = revisionHistory(snap, id);
  steps.forEach((s, i) => {
    const prev = steps[i - 1];
    const start = prev && prev.date === s.date ? prev.knownFrom : undefined;
    out.push({ date: s.date, value: s.from, ...(start ? { realtime_start: start } : {}), realtime_end: s.knownFrom });
    const next = steps[i + 1];
    if (!next || next.date !== s.date) out.push({ date: s.date, value: s.to, realtime_start: s.knownFrom });
  });
  return out;
}
