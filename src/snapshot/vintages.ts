import { createHash } from 'node:crypto';
import type { SeriesDef } from '../catalog/series.ts';
import { isIsoDate } from '../core/dates.ts';
import { DataError } from '../core/errors.ts';
import type { Observation } from '../core/observation.ts';

// The vintage store. A series CSV holds each observation's value as known now; `revisions.csv`
// holds every value it replaced, with the edition date from which the replacement was known
// (ALFRED's realtime period, written once: a superseded value was the value known from its first
// publication, or from the row before it, until `known_until`). A value never revised has no row,
// so the file stays as small as the revisions are rare, and a daily diff shows the changed line in
// the series file beside the old value added here.

export const REVISIONS_FILE = 'revisions.csv';
export const REVISIONS_CSV_HEADER = 'series,date,value,known_until';

/** A value that was the known one for editions before `until` and was then revised. */
export interface Superseded {
  readonly series: string;
  readonly date: string;
  readonly value: number;
  /** The first edition date on which the next value (a later row, or the series file's) was known. */
  readonly until: string;
}

/** Store order: by series, then observation date, then when the value was replaced. */
export const supersededOrder = (a: Superseded, b: Superseded): number =>
  a.series !== b.series ? (a.series < b.series ? -1 : 1)
    : a.date !== b.date ? (a.date < b.date ? -1 : 1)
      : a.until < b.until ? -1 : a.until > b.until ? 1 : 0;

export function revisionsToCsv(rows: readonly Superseded[]): string {
  const sorted = [...rows].sort(supersededOrder);
  return `${REVISIONS_CSV_HEADER}\n${sorted.map((r) => `${r.series},${r.date},${String(r.value)},${r.until}\n`).join('')}`;
}

export const revisionsChecksum = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Parses and checks `revisions.csv` as strictly as a series file: header, four fields a line,
 * store order, a series of the snapshot, an observation date it holds, a value inside the
 * catalog's bounds and a `known_until` after the observation's date. Errors name file and line.
 */
export function revisionsFromCsv(
  text: string, origin: string, series: ReadonlyMap<string, readonly Observation[]>, defOf: (id: string) => SeriesDef | undefined,
): Superseded[] {
  const lines = text.split('\n');
  const fail = (line: number | undefined, problem: string, id = 'revisions'): never => {
    throw new DataError(id, origin, line, `${problem}; restore ${REVISIONS_FILE} from git (it is written only by \`npm run update\`)`);
  };
  if (lines[0] !== REVISIONS_CSV_HEADER) fail(1, `unexpected header "${(lines[0] ?? '').slice(0, 60)}", expected "${REVISIONS_CSV_HEADER}"`);
  if (lines.at(-1) !== '') fail(lines.length, 'the file does not end with a newline');
  const out: Superseded[] = [];
  const dates = new Map<string, ReadonlySet<string>>();
  for (let i = 1; i < lines.length - 1; i++) {
    const cells = (lines[i] as string).split(',');
    if (cells.length !== 4) fail(i + 1, `expected 4 fields, found ${cells.length}`);
    const [id, date, raw, until] = cells as [string, string, string, string];
    const obs = series.get(id);
    const def = defOf(id);
    if (!obs || !def) fail(i + 1, `"${id}" is not a series of this snapshot`);
    if (!isIsoDate(date) || !isIsoDate(until)) fail(i + 1, 'date and known_until must be YYYY-MM-DD dates', id);
    let held = dates.get(id);
    if (!held) dates.set(id, (held = new Set(obs!.map((o) => o.date))));
    if (!held.has(date)) fail(i + 1, `no observation dated ${date} in the series file`, id);
    if (!NUMBER.test(raw)) fail(i + 1, `"${raw}" is not a number`, id);
    const value = Number(raw);
    const [lo, hi] = def!.bounds;
    if (!Number.isFinite(value) || value < lo || value > hi) fail(i + 1, `value ${raw} is outside the plausible range ${lo}…${hi}`, id);
    if (until < date) fail(i + 1, `known_until ${until} is before the observation date ${date}`, id);
    const row = { series: id, date, value, until };
    const prev = out.at(-1);
    if (prev && supersededOrder(prev, row) > 0) fail(i + 1, 'rows out of order (series, date, known_until ascending)', id);
    out.push(row);
  }
  return out;
}
