import { CUTOFF_ET } from '../catalog/cutoff.ts';
import { isSeriesId, seriesDef, type SeriesDef } from '../catalog/series.ts';
import { addDays } from '../core/dates.ts';
import type { Observation } from '../core/observation.ts';
import { Snapshot } from '../snapshot/snapshot.ts';
import { isKnownBy } from './lookup.ts';

// Point-in-time by publication: an edition dated D holds only what its sources had published by
// D's cut-off. Every observation gets a `known` date, the first edition date it can appear in,
// from its series' schedule in the catalog; lookups by edition date compare `known`, not `date`.

// The cut-off is stated once in the catalog, where event dates need it too.
export { CUTOFF_ET };

/** Business days after a late publication before a missing observation makes its series stale. */
export const GRACE_BUSINESS_DAYS = 2;

const isWeekday = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
};

/**
 * Money-market business days: weekdays, less the weekdays inside SOFR's history on which SOFR has
 * no print (the markets were closed, e.g. 4 July, Thanksgiving, Columbus Day). Beyond SOFR's last
 * date every weekday counts, the best guess available at the time.
 */
export class BusinessCalendar {
  private readonly open: ReadonlySet<string>;
  private readonly first: string;
  private readonly last: string;
  private readonly nextCache = new Map<string, string>();

  constructor(sofrDates: readonly string[]) {
    this.open = new Set(sofrDates);
    this.first = sofrDates[0] ?? '9999-12-31';
    this.last = sofrDates.at(-1) ?? '0000-01-01';
  }

  isBusinessDay(date: string): boolean {
    return isWeekday(date) && (date < this.first || date > this.last || this.open.has(date));
  }

  /** The first business day after `date`. */
  next(date: string): string {
    let hit = this.nextCache.get(date);
    if (hit === undefined) {
      hit = addDays(date, 1);
      while (!this.isBusinessDay(hit)) hit = addDays(hit, 1);
      this.nextCache.set(date, hit);
    }
    return hit;
  }

  /** `n` business days after `date` (n >= 0). */
  add(date: string, n: number): string {
    let d = date;
    for (let i = 0; i < n; i++) d = this.next(d);
    return d;
  }
}

/**
 * Business days from an observation's date to the first edition that holds it: its publication
 * lag, plus one when it is published after the cut-off (it makes the next day's edition).
 */
export const daysToFirstEdition = ({ lag, time }: SeriesDef['publication']): number => lag + (time > CUTOFF_ET ? 1 : 0);

/** The first edition date on which an observation of `def` dated `date` was public. */
export function knownDate(def: SeriesDef, date: string, cal: BusinessCalendar): string {
  return cal.add(date, daysToFirstEdition(def.publication));
}

/** The date of the observation that should follow `last` under the series' frequency. */
export function nextScheduled(def: SeriesDef, last: string, cal: BusinessCalendar): string {
  if (def.frequency === 'weekly') return addDays(last, 7);
  if (def.frequency === 'calendar-daily') return addDays(last, 1);
  return cal.next(last);
}

export interface Publication {
  readonly calendar: BusinessCalendar;
  /** The snapshot with every catalog series' observations carrying their `known` date. */
  readonly snapshot: Snapshot;
}

/** A published snapshot is its own publication: asking again gives the same one. */
function publicationWith(calendar: BusinessCalendar, snap: Snapshot, series: ReadonlyMap<string, readonly Observation[]>): Publication {
  const pub: Publication = { calendar, snapshot: new Snapshot({ manifest: snap.manifest, series }, snap.lineage) };
  pub.snapshot.derived(PUBLICATION, () => pub);
  return pub;
}

/** A vintage's publication from its base's: a revision changes values only, so `known` is index-aligned. */
function publicationFromBase(snap: Snapshot, base: Snapshot): Publication | undefined {
  const b = publicationOf(base);
  const series = new Map<string, readonly Observation[]>();
  for (const [id, obs] of snap.series) {
    const raw = base.series.get(id);
    const done = b.snapshot.series.get(id);
    if (!raw || !done || raw.length !== obs.length) return undefined;
    series.set(id, obs === raw ? done : obs.map((o, i) => {
      const k = done[i] as Observation;
      if (k.date !== o.date) throw new Error(`publication: a vintage of ${id} has other dates than its base at ${o.date}`);
      return { date: o.date, value: o.value, known: k.known as string };
    }));
  }
  return publicationWith(b.calendar, snap, series);
}

/**
 * The same data seen by observation date, as a historian sees it (every value known on its own
 * date): for describing a past day, such as an episode's peak, in an edition published later.
 */
export function byDataDate(snap: Snapshot): Snapshot {
  return snap.derived('byDataDate', () => new Snapshot({ manifest: snap.manifest, series: snap.series }, { retrospective: true }));
}

const PUBLICATION = 'publication';

/** The snapshot as published (made once per snapshot; idempotent: a published snapshot maps to itself). */
export function publicationOf(snap: Snapshot): Publication {
  return snap.derived(PUBLICATION, () => {
    const { vintageOf, retrospective } = snap.lineage;
    const shared = vintageOf && !retrospective ? publicationFromBase(snap, vintageOf) : undefined;
    if (shared) return shared;
    const calendar = new BusinessCalendar((snap.series.get('SOFR') ?? []).map((o) => o.date));
    const series = new Map<string, readonly Observation[]>();
    for (const [id, obs] of snap.series) {
      if (!isSeriesId(id)) {
        series.set(id, obs);
        continue;
      }
      const def = seriesDef(id);
      series.set(id, obs.map((o) => ({ date: o.date, value: o.value, known: retrospective ? o.date : knownDate(def, o.date, calendar) })));
    }
    return publicationWith(calendar, snap, series);
  });
}

/** Shorthand: the snapshot with `known` dates. */
export const published = (snap: Snapshot): Snapshot => publicationOf(snap).snapshot;

/**
 * Edition dates: every business day on which a new SOFR print was published (the report's
 * headline rate). SOFR for day t appears the next business day, so the edition of D shows SOFR of
 * the business day before D.
 */
export function editionCalendar(snap: Snapshot): string[] {
  const sofr = published(snap).series.get('SOFR') ?? [];
  return [...new Set(sofr.map((o) => o.known as string))].sort();
}

/** The snapshot truncated to what was public by D's cut-off (for tests and audits). */
export function asPublishedBy(snap: Snapshot, asOf: string): Snapshot {
  const pub = published(snap);
  const series = new Map<string, readonly Observation[]>();
  for (const [id, obs] of pub.series) {
    const kept = obs.filter((o) => isKnownBy(o, asOf)).map(({ date, value }) => ({ date, value }));
    if (kept.length) series.set(id, kept);
  }
  return new Snapshot({ manifest: snap.manifest, series });
}
