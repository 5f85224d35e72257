import { createHash } from 'node:crypto';
import type { SeriesDef } from '../catalog/series.ts';
import type { Manifest, SeriesMeta } from './manifest.ts';
import type { Observation } from '../core/observation.ts';
import { parseTwoColumnCsv } from '../core/csv.ts';
import { DataError } from '../core/errors.ts';
import { Memo } from '../core/memo.ts';
import { validateObservations } from './validate.ts';
import type { Superseded } from './vintages.ts';

/** A snapshot's data: the manifest plus every series' observations, ascending by date. */
export interface SnapshotData {
  readonly manifest: Manifest;
  readonly series: ReadonlyMap<string, readonly Observation[]>;
  /**
   * Every value an update replaced, with the edition date its replacement became known
   * (`revisions.csv`, vintages.ts); absent or empty when nothing was ever revised. `series` holds
   * the values known now: what an edition saw is resolved from both (metrics/vintage.ts).
   */
  readonly superseded?: readonly Superseded[] | undefined;
}

/** How the metrics layer made a snapshot from another one (metrics/publication.ts, metrics/vintage.ts). */
export interface Lineage {
  /** Another vintage of this snapshot: the same observation dates with other values. */
  readonly vintageOf?: Snapshot;
  /** Every value seen as known on its own date: a historian's view of past days. */
  readonly retrospective?: true;
  /** The editions this vintage serves: from `from` (included) until `until` (excluded; absent: up to now). */
  readonly era?: { readonly from: string; readonly until?: string };
}

/**
 * The snapshot in memory. It never changes, so what the metrics derive from it (the publication
 * dates, the bases, the vintages) is made once and kept in its own memo: the cache lives and
 * dies with the snapshot, and no module holds one. A class, not a plain object, so that a copy
 * made by spreading (which would carry the memo of other data) is not a Snapshot.
 */
export class Snapshot implements SnapshotData {
  readonly manifest: Manifest;
  readonly series: ReadonlyMap<string, readonly Observation[]>;
  readonly superseded?: readonly Superseded[] | undefined;
  readonly lineage: Lineage;
  readonly #memo: Memo;

  /** `sameValuesAs`: a snapshot holding the same values, whose derivations this one shares. */
  constructor(data: SnapshotData, lineage: Lineage = {}, sameValuesAs?: Snapshot) {
    this.manifest = data.manifest;
    this.series = data.series;
    if (data.superseded !== undefined) this.superseded = data.superseded;
    this.lineage = lineage;
    this.#memo = sameValuesAs ? sameValuesAs.#memo : new Memo();
  }

  /** A value derived from this snapshot, made the first time it is asked for (`name` says what). */
  derived<T>(name: string, make: () => T): T {
    return this.#memo.once(name, make);
  }
}

export const SERIES_CSV_HEADER = 'date,value';

/** One series as the committed CSV text (LF, trailing newline, shortest round-trip numbers). */
export function seriesToCsv(obs: readonly Observation[]): string {
  return `${SERIES_CSV_HEADER}\n${obs.map((o) => `${o.date},${String(o.value)}`).join('\n')}\n`;
}

/** The sha256 (hex) of a series file's exact text, as the manifest records it. */
export function csvChecksum(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Parses a committed series CSV and checks it as strictly as fresh data: dates ascending with no
 * duplicate and every value inside the catalog's bounds (the validator the update uses, without
 * the future-date check, so the build never depends on the clock); then the manifest's extent and
 * checksum. Content problems come first because they name the line to fix.
 */
export function seriesFromCsv(text: string, meta: SeriesMeta, origin: string, def: SeriesDef): Observation[] {
  const located = parseTwoColumnCsv(text, { series: meta.id, origin, dateColumns: ['date'], valueColumn: 'value' });
  validateObservations(def, located, { origin });
  const obs = located.map(({ date, value }) => ({ date, value }));
  const first = obs[0]?.date;
  const last = obs.at(-1)?.date;
  if (obs.length !== meta.rows || first !== meta.first || last !== meta.last) {
    throw new DataError(
      meta.id, origin, undefined,
      `file holds ${obs.length} rows ${first}…${last} but the manifest says ${meta.rows} rows ${meta.first}…${meta.last}; ` +
        'the snapshot is inconsistent, restore it from git',
    );
  }
  const sum = csvChecksum(text);
  if (sum !== meta.sha256) {
    throw new DataError(
      meta.id, origin, undefined,
      `the file's sha256 is ${sum} but the manifest records ${meta.sha256}: it was changed outside ` +
        '`npm run update` / `npm run import-snapshot`. If the change is a mistake, restore the file from git; ' +
        `if it is a deliberate correction, re-run the import or put the new sha256 in the manifest's entry for ${meta.id}`,
    );
  }
  return obs;
}

/** Manifest entry figures (first, last, rows, checksum of the CSV text) for a series' observations. */
export function extentOf(obs: readonly Observation[]): Pick<SeriesMeta, 'first' | 'last' | 'rows' | 'sha256'> {
  const first = obs[0];
  const last = obs.at(-1);
  if (!first || !last) throw new Error('extentOf: a snapshot series needs at least one observation');
  return { first: first.date, last: last.date, rows: obs.length, sha256: csvChecksum(seriesToCsv(obs)) };
}
