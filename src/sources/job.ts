import type { SeriesId, SourceId } from '../catalog/series.ts';
import type { SourceObservation } from '../core/csv.ts';
import { DataError } from '../core/errors.ts';
import type { Retrieved } from './http.ts';
import { redactUrl } from '../core/redact.ts';

export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/**
 * What a request kind may receive: its largest plausible answer, with room to grow. Each
 * source module states its limits beside the sizes measured on recorded answers.
 */
export interface RequestLimits {
  readonly maxBytes: number;
}

/** What a job needs from the outside world: one GET. Injected so jobs stay testable. */
export type Get = (url: string, limits: RequestLimits) => Promise<Retrieved>;

/**
 * What a job yields for one series: its observations, or the DataError that stops that series
 * alone. A response that serves several series (SOFR's percentiles) can lose one field without
 * costing the others their update.
 */
export type SeriesResult = readonly SourceObservation[] | DataError;

export type JobOutput = ReadonlyMap<SeriesId, SeriesResult>;

/**
 * One unit of fetching: a request (or a few, for paging) to one source that yields one or
 * more catalog series. Jobs build URLs and parse; they never write files. A failure of the
 * request itself (HTTP, body, envelope) throws and fails every series of the job; a problem
 * with one series' field comes back as that series' DataError.
 */
export interface SourceJob {
  readonly key: string;
  readonly source: SourceId;
  readonly series: readonly SeriesId[];
  run(range: DateRange, get: Get): Promise<JobOutput>;
}

/** The observations of every series, or the first per-series error thrown (for callers that want all or nothing). */
export function orThrow<I extends string = SeriesId>(results: ReadonlyMap<I, SeriesResult>): Map<I, SourceObservation[]> {
  const out = new Map<I, SourceObservation[]>();
  for (const [id, r] of results) {
    if (r instanceof DataError) throw r;
    out.set(id, [...r]);
  }
  return out;
}

/** Hides credentials before a URL goes into a message or log (the HTTP layer's redaction). */
export const redact = redactUrl;

/**
 * Rejects bodies that cannot be the data asked for: empty, an HTML page served with 200,
 * or (for CSV) a body cut off before its final newline.
 */
export function checkBody(body: Retrieved, kind: 'csv' | 'json', series: string, url: string): string {
  const { text, contentType } = body;
  const origin = redact(url);
  if (text.trim() === '') throw new DataError(series, origin, undefined, 'empty response body');
  if (/html/i.test(contentType) || /^\s*</.test(text)) {
    throw new DataError(series, origin, 1, `got an HTML page (${contentType || 'no content-type'}) instead of ${kind.toUpperCase()}; the source may be down or have moved`);
  }
  if (kind === 'csv' && !text.endsWith('\n')) {
    throw new DataError(series, origin, text.split('\n').length, 'response ends mid-line: the body was truncated');
  }
  return text;
}

/** JSON.parse with an error that names the series and source. */
export function parseJson(text: string, series: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataError(series, redact(url), undefined, `response is not valid JSON (truncated or malformed): ${(err as Error).message}`);
  }
}

/** Formats the first zod issue as a DataError about the source's schema. */
export function schemaError(series: string, url: string, issue: { path: PropertyKey[]; message: string } | undefined): DataError {
  const path = issue?.path.map(String).join('.') || '(root)';
  return new DataError(series, redact(url), undefined, `response does not match the documented shape at ${path}: ${issue?.message}; the source may have renamed a field`);
}
