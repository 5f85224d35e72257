import type { Observation } from './observation.ts';
import { isIsoDate } from './dates.ts';
import { DataError } from './errors.ts';

/** An observation with the source line it came from, so later checks can point at it. */
export interface SourceObservation extends Observation {
  readonly line: number;
}

export interface TwoColumnSpec {
  /** Series id, for error messages. */
  readonly series: string;
  /** URL or file path the text came from, for error messages. */
  readonly origin: string;
  /** Accepted names of the date column (first column). */
  readonly dateColumns: readonly string[];
  /** Required name of the value column (second column). */
  readonly valueColumn: string;
}

// FRED marks a missing observation with "." (classic) or an empty field (current files).
const MISSING = new Set(['', '.']);
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Parses a `date,value` CSV with a header (FRED fredgraph.csv and files of the same shape).
 * Missing values are skipped; anything else that is not a date and a finite number is an error
 * naming the line. HTML or other non-CSV bodies fail on the header.
 */
export function parseTwoColumnCsv(text: string, spec: TwoColumnSpec): SourceObservation[] {
  const { series, origin } = spec;
  if (text.trim() === '') throw new DataError(series, origin, undefined, 'empty response body; expected CSV');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  if (header.length !== 2 || !spec.dateColumns.includes(header[0] ?? '') || header[1] !== spec.valueColumn) {
    const seen = (lines[0] ?? '').slice(0, 80);
    throw new DataError(
      series, origin, 1,
      `unexpected header "${seen}"; expected "${spec.dateColumns[0]},${spec.valueColumn}". ` +
        'The source may have renamed a column or returned an error page',
    );
  }
  const out: SourceObservation[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      if (i === lines.length - 1) break; // the final newline
      throw new DataError(series, origin, i + 1, 'blank line inside the data');
    }
    const cells = line.split(',');
    if (cells.length !== 2) {
      throw new DataError(series, origin, i + 1, `expected 2 fields, found ${cells.length}: "${line.slice(0, 60)}"`);
    }
    const date = (cells[0] ?? '').trim();
    const raw = (cells[1] ?? '').trim();
    if (!isIsoDate(date)) throw new DataError(series, origin, i + 1, `"${date}" is not a YYYY-MM-DD date`);
    if (MISSING.has(raw)) continue;
    if (!NUMBER.test(raw)) throw new DataError(series, origin, i + 1, `"${raw}" is not a number`);
    out.push({ date, value: Number(raw), line: i + 1 });
  }
  return out;
}
