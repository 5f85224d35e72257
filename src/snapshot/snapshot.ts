import type { Manifest, SeriesMeta } from './manifest.ts';
import type { Observation } from './observation.ts';
import { parseTwoColumnCsv } from '../sources/csv.ts';
import { DataError } from '../sources/errors.ts';

/** The snapshot in memory: the manifest plus every series' observations, ascending by date. */
export interface Snapshot {
  readonly manifest: Manifest;
  readonly series: ReadonlyMap<string, readonly Observation[]>;
}

export const SERIES_CSV_HEADER = 'date,value';

/** One series as the committed CSV text (LF, trailing newline, shortest round-trip numbers). */
export function seriesToCsv(obs: readonly Observation[]): string {
  return `${SERIES_CSV_HEADER}\n${obs.map((o) => `${o.date},${String(o.value)}`).join('\n')}\n`;
}

/** Parses a committed series CSV and checks it against its manifest entry. */
export function seriesFromCsv(text: string, meta: SeriesMeta, origin: string): Observation[] {
  const obs = parseTwoColumnCsv(text, { series: meta.id, origin, dateColumns: ['date'], valueColumn: 'value' });
  const first = obs[0]?.date;
  const last = obs.at(-1)?.date;
  if (obs.length !== meta.rows || first !== meta.first || last !== meta.last) {
    throw new DataError(
      meta.id, origin, undefined,
      `file holds ${obs.length} rows ${first}…${last} but the manifest says ${meta.rows} rows ${meta.first}…${meta.last}; ` +
        'the snapshot is inconsistent, restore it from git',
    );
  }
  return obs.map(({ date, value }) => ({ date, value }));
}

/** Manifest entry figures (first, last, rows) for a series' observations. */
export function extentOf(obs: readonly Observation[]): Pick<SeriesMeta, 'first' | 'last' | 'rows'> {
  const first = obs[0];
  const last = obs.at(-1);
  if (!first || !last) throw new Error('extentOf: a snapshot series needs at least one observation');
  return { first: first.date, last: last.date, rows: obs.length };
}
