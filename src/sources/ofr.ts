import type { SeriesId } from '../catalog/series.ts';
import { isIsoDate } from '../core/dates.ts';
import type { SourceObservation } from '../core/csv.ts';
import { DataError } from '../core/errors.ts';
import { checkBody, orThrow, redact, type JobOutput, type RequestLimits, type SeriesResult, type SourceJob } from './job.ts';

// Office of Financial Research: the Financial Stress Index, one CSV with the whole daily history
// (2000 on) of the index, its five categories and three regions. There is no date query: every
// request gets everything, and the job keeps the asked window.

// Measured on the recorded download: 0.5 MB for 2000-01-03…2025-09-11 (~75 bytes a day), so
// growth of ~20 KB a year; 4 MB leaves decades of room and still stops a runaway answer.
const FSI_LIMITS: RequestLimits = { maxBytes: 4 * 1024 * 1024 };

export const OFR_FSI_PATH = '/financial-stress-index/data/fsi.csv';

/** The columns of the download, as OFR names them (header of the recorded file). */
export const OFR_COLUMNS = [
  'OFR FSI', 'Credit', 'Equity valuation', 'Safe assets', 'Funding', 'Volatility',
  'United States', 'Other advanced economies', 'Emerging markets',
] as const;
export type OfrColumn = (typeof OFR_COLUMNS)[number];

/** The catalog series read from the download: the index and its five categories (regions are not used). */
export const OFR_FSI_SERIES = {
  'OFR FSI': 'OFR_FSI',
  Credit: 'OFR_FSI_CREDIT',
  'Equity valuation': 'OFR_FSI_EQUITY',
  'Safe assets': 'OFR_FSI_SAFE_ASSETS',
  Funding: 'OFR_FSI_FUNDING',
  Volatility: 'OFR_FSI_VOLATILITY',
} as const satisfies Partial<Record<OfrColumn, SeriesId>>;

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Parses OFR's fsi.csv into one result per requested column: its observations (oldest first;
 * an empty cell is a missing value, not zero), or the DataError of a column that is absent or
 * holds something other than a number. A file whose first column is not `Date`, a row with the
 * wrong number of fields or a bad date throws: no column of it can be trusted then.
 */
export function parseOfrFsiSeries<I extends string = SeriesId>(
  text: string, columns: Readonly<Partial<Record<OfrColumn, I>>>, origin: string,
): Map<I, SeriesResult> {
  const ids = Object.values(columns) as I[];
  const label = ids[0] ?? 'OFR_FSI';
  const where = redact(origin);
  if (text.trim() === '') throw new DataError(label, where, undefined, 'empty response body; expected the FSI CSV');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  if (header[0] !== 'Date') {
    throw new DataError(label, where, 1, `unexpected header "${(lines[0] ?? '').slice(0, 80)}"; expected it to start with "Date". ` +
      'OFR may have changed the file or returned an error page');
  }
  const at = new Map<I, number>();
  const out = new Map<I, SourceObservation[] | DataError>();
  for (const [column, id] of Object.entries(columns) as [OfrColumn, I][]) {
    const i = header.indexOf(column);
    if (i < 0) {
      out.set(id, new DataError(id, where, 1, `the header has no "${column}" column; OFR may have renamed it (header: "${header.join(',')}")`));
    } else {
      at.set(id, i);
      out.set(id, []);
    }
  }
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n] ?? '';
    if (line.trim() === '') {
      if (n === lines.length - 1) break; // the final newline
      throw new DataError(label, where, n + 1, 'blank line inside the data');
    }
    const cells = line.split(',');
    if (cells.length !== header.length) {
      throw new DataError(label, where, n + 1, `expected ${header.length} fields as in the header, found ${cells.length}: "${line.slice(0, 60)}"`);
    }
    const date = (cells[0] ?? '').trim();
    if (!isIsoDate(date)) throw new DataError(label, where, n + 1, `"${date}" is not a YYYY-MM-DD date`);
    for (const [id, i] of at) {
      const obs = out.get(id);
      if (!Array.isArray(obs)) continue; // this column already failed
      const raw = (cells[i] ?? '').trim();
      if (raw === '') continue;
      if (!NUMBER.test(raw)) {
        out.set(id, new DataError(id, where, n + 1, `"${raw}" in column "${header[i]}" is not a number`));
        continue;
      }
      obs.push({ date, value: Number(raw), line: n + 1 });
    }
  }
  return new Map(ids.map((id) => [id, out.get(id)!]));
}

/** All-or-nothing form of parseOfrFsiSeries, for importing whole recorded files. */
export function parseOfrFsi<I extends string = SeriesId>(
  text: string, columns: Readonly<Partial<Record<OfrColumn, I>>>, origin: string,
): Map<I, SourceObservation[]> {
  return orThrow(parseOfrFsiSeries(text, columns, origin));
}

export interface OfrConfig {
  /** https://www.financialresearch.gov (OFR_BASE_URL overrides). */
  readonly baseUrl: string;
}

/** The FSI download: one request, the index and its categories kept inside the asked window. */
export function ofrFsiJob(cfg: OfrConfig): SourceJob {
  const series = Object.values(OFR_FSI_SERIES);
  return {
    key: 'ofr:fsi',
    source: 'ofr',
    series,
    async run({ start, end }, get): Promise<JobOutput> {
      const url = `${cfg.baseUrl}${OFR_FSI_PATH}`;
      const parsed = parseOfrFsiSeries(checkBody(await get(url, FSI_LIMITS), 'csv', 'OFR_FSI', url), OFR_FSI_SERIES, url);
      return new Map([...parsed].map(([id, r]) => [id, r instanceof DataError ? r : r.filter((o) => o.date >= start && o.date <= end)]));
    },
  };
}
