import type { Observation } from '../core/observation.ts';
import { Snapshot, type Lineage } from '../snapshot/snapshot.ts';
import type { Superseded } from '../snapshot/vintages.ts';

// An edition dated D is computed from the values known at D's cut-off. The snapshot holds the
// values known now plus every value they replaced (`superseded`); `vintageAt` resolves the two
// into the snapshot as it stood for D. The metrics engine takes only a `PublishedView`, which only
// this module makes, so no caller can hand it a later vintage by forgetting a step.

declare const vintageResolved: unique symbol;

/** A snapshot holding, for every observation, the value known in one era of editions, and no later vintage. */
export type PublishedView = Snapshot & { readonly [vintageResolved]: true; readonly superseded?: undefined };

/** The editions a view serves: dates from `from` (included) until `until` (excluded; absent: up to now). */
export type Era = NonNullable<Lineage['era']>;

const NOW = 'now';

/** The dates from which a revision was known, ascending: editions between two of them see the same vintage. */
export function revisionDates(snap: Snapshot): readonly string[] {
  return snap.derived('revisionDates', () => [...new Set((snap.superseded ?? []).map((r) => r.until))].sort());
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
  const served = snap.lineage.era;
  if (served) {
    if (asOf < served.from || (served.until !== undefined && asOf >= served.until)) {
      throw new Error(`vintage: a view of the editions ${served.from}…${served.until ?? 'now'} cannot serve the edition of ${asOf}`);
    }
    return snap as PublishedView;
  }
  const superseded = snap.superseded ?? [];
  const era = eraOf(snap, asOf);
  return snap.derived(`vintage ${era.until ?? NOW}`, () => {
    // Never revised: the view holds the snapshot's own values, and shares what is derived from them.
    if (superseded.length === 0) return new Snapshot(snap, { ...snap.lineage, era }, snap) as PublishedView;
    const old = valuesAt(superseded, asOf);
    const series = new Map<string, readonly Observation[]>();
    for (const [id, obs] of snap.series) {
      const m = old.get(id);
      series.set(id, m ? obs.map((o) => (m.has(o.date) ? { date: o.date, value: m.get(o.date) as number } : o)) : obs);
    }
    return new Snapshot({ manifest: snap.manifest, series }, { ...snap.lineage, era, vintageOf: snap }) as PublishedView;
  });
}

/** True when a view was resolved for editions including `asOf` (the engine's guard). */
export function servesDate(view: PublishedView, asOf: string): boolean {
  const era = view.lineage.era;
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
export function withHindsight(snap: Snapshot): PublishedView {
  // The same arrays as the snapshot's, so its publication is the snapshot's.
  return snap.derived('hindsight', () => vintageAt(new Snapshot({ manifest: snap.manifest, series: snap.series }, { vintageOf: snap }), '0000-01-01'));
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
