import { z } from 'zod';
import type { SeriesId } from '../catalog/series.ts';
import { parseTwoColumnCsv, type SourceObservation } from '../core/csv.ts';
import { isIsoDate } from '../core/dates.ts';
import { DataError } from '../core/errors.ts';
import { checkBody, parseJson, redact, schemaError, type RequestLimits, type SourceJob } from './job.ts';

// Whole-history answers measured on recorded files: the longest fredgraph.csv we read (DTB3,
// 1954 on) is 0.3 MB; the API's JSON spends ~6x the bytes per observation.
const CSV_LIMITS: RequestLimits = { maxBytes: 4 * 1024 * 1024 };
const JSON_LIMITS: RequestLimits = { maxBytes: 16 * 1024 * 1024 };

/**
 * Parses FRED's fredgraph.csv for one series. The date column was `DATE` until Dec 2024 and is
 * `observation_date` since; both are accepted. The value column must be the requested id.
 */
export function parseFredCsv(text: string, id: string, origin: string): SourceObservation[] {
  return parseTwoColumnCsv(text, { series: id, origin, dateColumns: ['observation_date', 'DATE'], valueColumn: id });
}

const FredJson = z.object({
  observations: z.array(z.object({ date: z.string(), value: z.string() })),
});

/**
 * Parses the FRED API's series/observations JSON; "." marks a missing value. Every date must be
 * a real YYYY-MM-DD date, also on rows without a value: a date in another form would be written
 * to the snapshot as it came and break every later update and build.
 */
export function parseFredJson(text: string, id: string, url: string): SourceObservation[] {
  const parsed = FredJson.safeParse(parseJson(text, id, url));
  if (!parsed.success) throw schemaError(id, url, parsed.error.issues[0]);
  const out: SourceObservation[] = [];
  parsed.data.observations.forEach((o, i) => {
    if (!isIsoDate(o.date)) {
      throw new DataError(id, redact(url), undefined, `observations[${i}].date ${JSON.stringify(o.date)} is not a YYYY-MM-DD date; the API may have changed its date format`);
    }
    if (o.value === '.' || o.value === '') return;
    const value = Number(o.value);
    if (!/^-?\d/.test(o.value) || !Number.isFinite(value)) {
      throw new DataError(id, redact(url), undefined, `observation ${i + 1} (${o.date}): "${o.value}" is not a number`);
    }
    out.push({ date: o.date, value, line: i + 1 });
  });
  return out;
}

export interface FredConfig {
  /** Keyless CSV host (FRED_BASE_URL overrides; also used for the API when set). */
  readonly baseUrl: string;
  readonly apiBaseUrl: string;
  /** With a key, use the API (JSON); without, the keyless fredgraph.csv. */
  readonly apiKey: string | undefined;
}

export function fredJob(id: SeriesId, cfg: FredConfig): SourceJob {
  return {
    key: `fred:${id}`,
    source: 'fred',
    series: [id],
    async run({ start, end }, get) {
      if (cfg.apiKey) {
        const url = `${cfg.apiBaseUrl}/fred/series/observations?series_id=${id}&api_key=${cfg.apiKey}` +
          `&file_type=json&observation_start=${start}&observation_end=${end}`;
        return new Map([[id, parseFredJson(checkBody(await get(url, JSON_LIMITS), 'json', id, url), id, url)]]);
      }
      const url = `${cfg.baseUrl}/graph/fredgraph.csv?id=${id}&cosd=${start}&coed=${end}`;
      return new Map([[id, parseFredCsv(checkBody(await get(url, CSV_LIMITS), 'csv', id, url), id, url)]]);
    },
  };
}
