import type { Withdrawal } from '../snapshot/manifest.ts';
import type { Observation } from '../core/observation.ts';
import type { SeriesDef } from '../catalog/series.ts';
import { addDays } from '../core/dates.ts';
import type { Superseded } from '../snapshot/vintages.ts';
import { CUTOFF_ET } from '../metrics/publication.ts';

export interface Revision {
  readonly series: string;
  readonly date: string;
  readonly old: number;
  readonly new: number;
  readonly recorded: string;
}

export interface Merged {
  readonly obs: Observation[];
  readonly added: number;
  readonly revisions: Revision[];
  /** Rows kept although the source withdrew them, for the log and the manifest. */
  readonly withdrawn: Withdrawal[];
  /** Dates whose value is new or changed, for the jump check. */
  readonly changed: string[];
}

/**
 * Merges fetched observations into the existing series. Fetched values win on the same date
 * (a revision, recorded with old and new value); new dates are added; nothing is ever removed,
 * so a source that drops an old row cannot delete our history. A row we hold inside the
 * window asked for (`window`, both ends included) that the answer lacks is kept and listed as
 * withdrawn, so a person can see that the source no longer publishes it.
 */
export function mergeObservations(
  id: string, existing: readonly Observation[], fetched: readonly Observation[], recorded: string,
  window: { readonly start: string; readonly end: string },
): Merged {
  const served = new Set(fetched.map((o) => o.date));
  const withdrawn = existing
    .filter((o) => o.date >= window.start && o.date <= window.end && !served.has(o.date))
    .map((o) => ({ series: id, date: o.date, value: o.value, recorded }));
  const byDate = new Map(existing.map((o) => [o.date, o.value]));
  let added = 0;
  const revisions: Revision[] = [];
  const changed: string[] = [];
  for (const o of fetched) {
    const old = byDate.get(o.date);
    if (old === undefined) {
      added++;
      changed.push(o.date);
    } else if (old !== o.value) {
      revisions.push({ series: id, date: o.date, old, new: o.value, recorded });
      changed.push(o.date);
    } else {
      continue;
    }
    byDate.set(o.date, o.value);
  }
  const obs = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, value]) => ({ date, value }));
  return { obs, added, revisions, withdrawn, changed };
}

/** Days re-requested behind the last observation, so recent revisions are picked up. */
export function revisionWindowDays(def: SeriesDef): number {
  return def.frequency === 'weekly' ? 35 : 14;
}

/** Start date for fetching a series: a revision window behind its last date, or its history start. */
export function fetchStart(def: SeriesDef, last: string | undefined): string {
  return last ? addDays(last, -revisionWindowDays(def)) : def.historyStart;
}

/**
 * The first new or changed observation that moves further from its predecessor than the
 * catalog believes possible, described for a person; undefined when all steps are plausible.
 */
export function implausibleJump(def: SeriesDef, merged: Merged): string | undefined {
  const index = new Map(merged.obs.map((o, i) => [o.date, i]));
  for (const date of merged.changed) {
    const i = index.get(date) ?? 0;
    const prev = merged.obs[i - 1];
    const cur = merged.obs[i];
    if (!prev || !cur) continue;
    const step = Math.abs(cur.value - prev.value);
    const limit = 'abs' in def.jump ? def.jump.abs : def.jump.rel * Math.abs(prev.value);
    if (step > limit) {
      return `implausible jump from ${prev.value} (${prev.date}) to ${cur.value} (${cur.date}), more than ${limit} ${def.unit}; ` +
        `if it is real, run again with --confirm ${def.id}`;
    }
  }
  return undefined;
}

const newYork = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/**
 * The first edition date whose cut-off (18:00 New York) follows an instant: a revision recorded
 * at that instant is known from that edition on, and every edition before it keeps the old value.
 */
export function knownFromInstant(iso: string): string {
  const parts = Object.fromEntries(newYork.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return `${parts.hour}:${parts.minute}` < CUTOFF_ET ? day : addDays(day, 1);
}

/** The vintage rows a merge adds: each replaced value, known until the edition that sees the new one. */
export const supersededBy = (revisions: readonly Revision[]): Superseded[] =>
  revisions.map((r) => ({ series: r.series, date: r.date, value: r.old, until: knownFromInstant(r.recorded) }));
