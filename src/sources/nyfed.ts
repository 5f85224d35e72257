import { z } from 'zod';
import type { SeriesId } from '../catalog/series.ts';
import { isIsoDate } from '../snapshot/observation.ts';
import type { SourceObservation } from './csv.ts';
import { DataError } from './errors.ts';
import { checkBody, parseJson, redact, schemaError, type SourceJob } from './job.ts';

// New York Fed Markets Data API: reference rates and repo operation results.

const num = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);

const RefRate = z.object({
  effectiveDate: z.string(),
  type: z.string(),
  percentRate: num,
  percentPercentile1: num.optional(),
  percentPercentile25: num.optional(),
  percentPercentile75: num.optional(),
  percentPercentile99: num.optional(),
  // The API has used both spellings over the years; accept either.
  percentile1: num.optional(),
  percentile25: num.optional(),
  percentile75: num.optional(),
  percentile99: num.optional(),
  volumeInBillions: num.optional(),
  revisionIndicator: z.string().optional().nullable(),
});
const RefRates = z.object({ refRates: z.array(RefRate) });
type RefRateRow = z.infer<typeof RefRate>;

type RateField = 'rate' | 'p1' | 'p25' | 'p75' | 'p99' | 'volume';

const pick: Record<RateField, (r: RefRateRow) => number | undefined> = {
  rate: (r) => r.percentRate,
  p1: (r) => r.percentPercentile1 ?? r.percentile1,
  p25: (r) => r.percentPercentile25 ?? r.percentile25,
  p75: (r) => r.percentPercentile75 ?? r.percentile75,
  p99: (r) => r.percentPercentile99 ?? r.percentile99,
  volume: (r) => r.volumeInBillions,
};

/**
 * Parses a reference-rate search response into one observation list per requested field.
 * Rows come newest first and a revised row may stand beside the original: keep one row per
 * date, preferring revisionIndicator "Y", then sort ascending. A requested field missing from a
 * row is an error (a renamed column must not turn into silently missing data).
 */
export function parseRefRates(
  text: string, rateType: string, fields: Readonly<Partial<Record<RateField, SeriesId>>>, url: string,
): Map<SeriesId, SourceObservation[]> {
  const label = Object.values(fields)[0] ?? rateType;
  const parsed = RefRates.safeParse(parseJson(text, label, url));
  if (!parsed.success) throw schemaError(label, url, parsed.error.issues[0]);
  const byDate = new Map<string, { row: RefRateRow; index: number }>();
  parsed.data.refRates.forEach((row, index) => {
    if (row.type.toUpperCase() !== rateType.toUpperCase()) return;
    if (!isIsoDate(row.effectiveDate)) {
      throw new DataError(label, redact(url), undefined, `refRates[${index}].effectiveDate "${row.effectiveDate}" is not a date`);
    }
    const seen = byDate.get(row.effectiveDate);
    if (seen && seen.row.revisionIndicator !== 'Y' && row.revisionIndicator !== 'Y') {
      throw new DataError(label, redact(url), undefined, `refRates[${index}]: duplicate date ${row.effectiveDate} and neither row is marked revised`);
    }
    if (!seen || row.revisionIndicator === 'Y') byDate.set(row.effectiveDate, { row, index });
  });
  const rows = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const out = new Map<SeriesId, SourceObservation[]>();
  for (const [field, id] of Object.entries(fields) as [RateField, SeriesId][]) {
    out.set(id, rows.map(([date, { row, index }]) => {
      const value = pick[field](row);
      if (value === undefined) {
        throw new DataError(id, redact(url), undefined, `refRates[${index}] (${date}) has no ${field} field; the API may have renamed it`);
      }
      return { date, value, line: index + 1 };
    }));
  }
  return out;
}

const RepoDetail = z.object({ securityType: z.string(), amtAccepted: num });
const RepoOperation = z.object({
  operationDate: z.string(),
  operationType: z.string(),
  totalAmtAccepted: num,
  isSmallValue: z.string().optional().nullable(),
  note: z.string().optional().nullable(),
  details: z.array(RepoDetail),
});
const RepoResults = z.object({ repo: z.object({ operations: z.array(RepoOperation) }) });

export const REPO_SERIES = {
  total: 'SRF_TOTAL', Treasury: 'SRF_TREASURY', Agency: 'SRF_AGENCY', 'Mortgage-Backed': 'SRF_MBS',
} as const satisfies Record<string, SeriesId>;

/**
 * Sums accepted repo operations per operation date (AM and PM windows together), in $bn, by
 * collateral. Small-value test operations are left out. The collateral split must add up to
 * the total, or the response is rejected.
 */
export function parseRepoOperations(text: string, url: string): Map<SeriesId, SourceObservation[]> {
  const parsed = RepoResults.safeParse(parseJson(text, 'SRF_TOTAL', url));
  if (!parsed.success) throw schemaError('SRF_TOTAL', url, parsed.error.issues[0]);
  const days = new Map<string, { total: number; Treasury: number; Agency: number; 'Mortgage-Backed': number }>();
  parsed.data.repo.operations.forEach((op, index) => {
    if (op.operationType !== 'Repo') return;
    if (op.isSmallValue === 'Y' || /small value/i.test(op.note ?? '')) return;
    if (!isIsoDate(op.operationDate)) {
      throw new DataError('SRF_TOTAL', redact(url), undefined, `operations[${index}].operationDate "${op.operationDate}" is not a date`);
    }
    const day = days.get(op.operationDate) ?? { total: 0, Treasury: 0, Agency: 0, 'Mortgage-Backed': 0 };
    let split = 0;
    for (const d of op.details) {
      if (!(d.securityType in day) || d.securityType === 'total') {
        throw new DataError('SRF_TOTAL', redact(url), undefined, `operations[${index}] has unknown collateral "${d.securityType}"`);
      }
      day[d.securityType as keyof typeof day] += d.amtAccepted;
      split += d.amtAccepted;
    }
    if (Math.abs(split - op.totalAmtAccepted) > 1) {
      throw new DataError('SRF_TOTAL', redact(url), undefined,
        `operations[${index}] (${op.operationDate}): collateral amounts add to ${split}, total says ${op.totalAmtAccepted}`);
    }
    day.total += op.totalAmtAccepted;
    days.set(op.operationDate, day);
  });
  const dates = [...days.keys()].sort();
  const toBn = (dollars: number) => Math.round(dollars / 1e6) / 1e3; // dollars -> $bn, to the $1mn
  return new Map(
    (Object.entries(REPO_SERIES) as [keyof typeof REPO_SERIES, SeriesId][]).map(([field, id]) => [
      id,
      dates.map((date, i) => ({ date, value: toBn(days.get(date)![field]), line: i + 1 })),
    ]),
  );
}

export interface NyFedConfig {
  readonly baseUrl: string;
}

const q = (r: { start: string; end: string }) => `startDate=${r.start}&endDate=${r.end}`;

export function nyfedRateJob(rateType: 'sofr' | 'bgcr' | 'tgcr', fields: Partial<Record<RateField, SeriesId>>, cfg: NyFedConfig): SourceJob {
  return {
    key: `nyfed:${rateType}`,
    source: 'nyfed',
    series: Object.values(fields),
    async run(range, get) {
      const url = `${cfg.baseUrl}/api/rates/secured/${rateType}/search.json?${q(range)}&type=rate`;
      const label = Object.values(fields)[0] ?? rateType;
      return parseRefRates(checkBody(await get(url), 'json', label, url), rateType, fields, url);
    },
  };
}

export function nyfedRepoJob(cfg: NyFedConfig): SourceJob {
  return {
    key: 'nyfed:repo',
    source: 'nyfed',
    series: Object.values(REPO_SERIES),
    async run(range, get) {
      const url = `${cfg.baseUrl}/api/rp/results/search.json?${q(range)}&operationTypes=Repo`;
      return parseRepoOperations(checkBody(await get(url), 'json', 'SRF_TOTAL', url), url);
    },
  };
}
