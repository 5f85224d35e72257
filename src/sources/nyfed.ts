import { z } from 'zod';
import type { SeriesId } from '../catalog/series.ts';
import { isIsoDate } from '../core/dates.ts';
import type { SourceObservation } from '../core/csv.ts';
import { DataError } from '../core/errors.ts';
import { checkBody, orThrow, parseJson, redact, schemaError, type JobOutput, type RequestLimits, type SeriesResult, type SourceJob } from './job.ts';

// Measured on recorded answers: a reference rate's whole history (2018 on, with percentiles)
// is 0.45 MB; a year of repo operation results 0.6 MB (2025), so 2019 on is ~4 MB.
const RATE_LIMITS: RequestLimits = { maxBytes: 8 * 1024 * 1024 };
const REPO_LIMITS: RequestLimits = { maxBytes: 32 * 1024 * 1024 };

// New York Fed Markets Data API: reference rates and repo operation results. Shapes as recorded
// (research/captures/nyfed): what a reference-rate row carries depends on the `type` asked for;
// numbers are JSON numbers; repo amounts are whole US dollars.

// The envelope and the keys every row has; the value fields are read one series at a time so
// that a renamed field stops only the series that needs it.
const RefRate = z.looseObject({
  effectiveDate: z.string(),
  type: z.string(),
  revisionIndicator: z.string().optional(), // "" on every recorded row
});
const RefRates = z.object({ refRates: z.array(RefRate) });
type RefRateRow = z.infer<typeof RefRate>;

/** `type=rate` rows carry the rate and its percentiles; `type=volume` rows only the volume. */
export type RateField = 'rate' | 'p1' | 'p25' | 'p75' | 'p99' | 'volume';

const FIELD_NAME: Readonly<Record<RateField, string>> = {
  rate: 'percentRate',
  p1: 'percentPercentile1',
  p25: 'percentPercentile25',
  p75: 'percentPercentile75',
  p99: 'percentPercentile99',
  volume: 'volumeInBillions',
};

/** Which `type` query a field is served under. */
export const RATE_TYPE_OF: Readonly<Record<RateField, 'rate' | 'volume'>> = {
  rate: 'rate', p1: 'rate', p25: 'rate', p75: 'rate', p99: 'rate', volume: 'volume',
};

/** Rows of one rate, one per date (a revised row replaces its original), oldest first. */
function uniqueRows(rows: readonly RefRateRow[], rateType: string, label: string, url: string): [string, { row: RefRateRow; index: number }][] {
  const byDate = new Map<string, { row: RefRateRow; index: number }>();
  rows.forEach((row, index) => {
    if (row.type.toUpperCase() !== rateType.toUpperCase()) return;
    if (!isIsoDate(row.effectiveDate)) {
      throw new DataError(label, redact(url), undefined, `refRates[${index}].effectiveDate "${row.effectiveDate}" is not a YYYY-MM-DD date`);
    }
    // Every recorded row has revisionIndicator ""; the API documents "Y" for a revised value.
    // Should a revised row ever stand beside its original, the revised one wins.
    const seen = byDate.get(row.effectiveDate);
    if (seen && seen.row.revisionIndicator !== 'Y' && row.revisionIndicator !== 'Y') {
      throw new DataError(label, redact(url), undefined, `refRates[${index}]: duplicate date ${row.effectiveDate} and neither row is marked revised`);
    }
    if (!seen || row.revisionIndicator === 'Y') byDate.set(row.effectiveDate, { row, index });
  });
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

function fieldSeries(
  rows: ReturnType<typeof uniqueRows>, field: RateField, id: string, url: string,
): SeriesResult {
  const name = FIELD_NAME[field];
  const out: SourceObservation[] = [];
  for (const [date, { row, index }] of rows) {
    const raw = row[name];
    if (raw === undefined) {
      return new DataError(id, redact(url), undefined,
        `refRates[${index}] (${date}) has no ${name} field; the API may have renamed it, or the request asked for the wrong type`);
    }
    // "NA" is how the API marks a percentile it did not publish (2019-05-31, 2021-08-05): no observation.
    if (raw === 'NA') continue;
    if (typeof raw !== 'number' || !Number.isFinite(raw)) {
      return new DataError(id, redact(url), undefined, `refRates[${index}] (${date}): ${name} is ${JSON.stringify(raw)}, not a number`);
    }
    out.push({ date, value: raw, line: index + 1 });
  }
  return out;
}

/**
 * Parses a reference-rate search response into one result per requested field: the
 * observations (oldest first), or the DataError of a field that is missing or not a number.
 * A broken envelope or date throws, since no series of the response can be trusted then.
 */
export function parseRefRateSeries<I extends string = SeriesId>(
  text: string, rateType: string, fields: Readonly<Partial<Record<RateField, I>>>, url: string,
): Map<I, SeriesResult> {
  const label = Object.values(fields)[0] ?? rateType;
  const parsed = RefRates.safeParse(parseJson(text, label, url));
  if (!parsed.success) throw schemaError(label, url, parsed.error.issues[0]);
  const rows = uniqueRows(parsed.data.refRates, rateType, label, url);
  return new Map((Object.entries(fields) as [RateField, I][]).map(([field, id]) => [id, fieldSeries(rows, field, id, url)]));
}

/**
 * All-or-nothing form of parseRefRateSeries: one observation list per requested field, or the
 * first field's error thrown. For importing whole recorded files.
 */
export function parseRefRates<I extends string = SeriesId>(
  text: string, rateType: string, fields: Readonly<Partial<Record<RateField, I>>>, url: string,
): Map<I, SourceObservation[]> {
  return orThrow(parseRefRateSeries(text, rateType, fields, url));
}

const RepoDetail = z.looseObject({ securityType: z.string() });
const RepoOperation = z.looseObject({
  operationId: z.string(),
  operationDate: z.string(),
  operationType: z.string(),
  note: z.string(),
  details: z.array(RepoDetail),
});
const RepoResults = z.object({ repo: z.object({ operations: z.array(RepoOperation) }) });

export const REPO_SERIES = {
  total: 'SRF_TOTAL', Treasury: 'SRF_TREASURY', Agency: 'SRF_AGENCY', 'Mortgage-Backed': 'SRF_MBS',
} as const satisfies Record<string, SeriesId>;
type RepoField = keyof typeof REPO_SERIES;
const COLLATERAL = ['Treasury', 'Agency', 'Mortgage-Backed'] as const;

/** JSON with object keys sorted, so two copies of one element compare equal whatever their key order. */
function canonicalJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonicalJson).join(',')}]`;
  if (x !== null && typeof x === 'object') {
    return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((x as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(x);
}

const dollars = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const toBn = (usd: number) => Math.round(usd / 1e6) / 1e3; // whole dollars -> $bn, to the $1mn

/**
 * Daily take-up of the Fed's repo operations (Standing Repo Facility, and the temporary open
 * market operations of 2019–2021), in $bn, total and by collateral: every operation with
 * operationType "Repo" summed per operation date, each operationId once (a day can have
 * three: 08:15, a small-value exercise, 13:30). Reverse repos in the same response are left out.
 *
 * Small-value exercises are INCLUDED. The API has no field for them: 2025 marks them only in
 * `note`, and two 2020 exercises (RP 100720 99, RP 111820 99) have an empty note, so they cannot
 * be told apart reliably. FRED's RRPONTSYD includes them for the ON RRP; one rule for every
 * series: they count. They are $50–250mn, below every threshold the report uses.
 *
 * Per series: SRF_TOTAL needs each operation's totalAmtAccepted; each collateral series its
 * own detail's amtAccepted. When the three add up to something other than the total, the
 * collateral series fail and the total stands.
 */
export function parseRepoSeries(text: string, url: string): Map<SeriesId, SeriesResult> {
  const parsed = RepoResults.safeParse(parseJson(text, 'SRF_TOTAL', url));
  if (!parsed.success) throw schemaError('SRF_TOTAL', url, parsed.error.issues[0]);
  const origin = redact(url);
  const days = new Map<string, Record<RepoField, number>>();
  const errors = new Map<RepoField, DataError>();
  const fail = (field: RepoField, problem: string) => {
    if (!errors.has(field)) errors.set(field, new DataError(REPO_SERIES[field], origin, undefined, problem));
  };
  // An operation listed twice would be summed twice (a day's take-up doubled, and accepted as
  // a revision). The id names one operation: the same element again counts once; two
  // different elements under one id leave no way to know which is right.
  const seenIds = new Map<string, { index: number; text: string }>();
  parsed.data.repo.operations.forEach((op, index) => {
    const text = canonicalJson(op);
    const seen = seenIds.get(op.operationId);
    if (seen) {
      if (seen.text === text) return;
      throw new DataError('SRF_TOTAL', origin, undefined,
        `operations[${index}] (${op.operationId}, ${op.operationDate}) repeats the id of operations[${seen.index}] with different figures; ` +
          'the answer cannot say which is right, so no repo series is updated from it (they keep their data). ' +
          'Run the update again later; if it persists, compare the operation with the results the New York Fed publishes');
    }
    seenIds.set(op.operationId, { index, text });
    if (op.operationType !== 'Repo') return;
    const where = `operations[${index}] (${op.operationId}, ${op.operationDate})`;
    if (!isIsoDate(op.operationDate)) throw new DataError('SRF_TOTAL', origin, undefined, `${where}: operationDate is not a YYYY-MM-DD date`);
    const day = days.get(op.operationDate) ?? { total: 0, Treasury: 0, Agency: 0, 'Mortgage-Backed': 0 };
    days.set(op.operationDate, day);
    const total = op.totalAmtAccepted;
    if (dollars(total)) day.total += total;
    else fail('total', `${where}: totalAmtAccepted is ${JSON.stringify(total)}, not a whole-dollar amount; the API may have renamed it`);
    let split = 0;
    for (const type of COLLATERAL) {
      const details = op.details.filter((d) => d.securityType === type);
      const amt = details[0]?.amtAccepted;
      if (details.length !== 1 || !dollars(amt)) {
        fail(type, `${where}: expected one "${type}" detail with a whole-dollar amtAccepted, found ${details.length === 1 ? JSON.stringify(amt) : `${details.length} details`}`);
        continue;
      }
      day[type] += amt;
      split += amt;
    }
    // The split must add up to the total, unless the answer names a collateral type we do not
    // know (a new one, or a renamed one whose own series has failed above): then the known
    // types' amounts are still right each, and only the one without its detail fails.
    const known = op.details.every((d) => (COLLATERAL as readonly string[]).includes(d.securityType));
    if (known && dollars(total) && split !== total && COLLATERAL.every((t) => !errors.has(t))) {
      for (const type of COLLATERAL) fail(type, `${where}: collateral amounts add to ${split}, totalAmtAccepted says ${total}`);
    }
  });
  const dates = [...days.keys()].sort();
  return new Map((Object.entries(REPO_SERIES) as [RepoField, SeriesId][]).map(([field, id]) => [
    id,
    errors.get(field) ?? dates.map((date, i) => ({ date, value: toBn(days.get(date)![field]), line: i + 1 })),
  ]));
}

/** All-or-nothing form of parseRepoSeries, for importing whole recorded files. */
export function parseRepoOperations(text: string, url: string): Map<SeriesId, SourceObservation[]> {
  return orThrow(parseRepoSeries(text, url));
}

export interface NyFedConfig {
  readonly baseUrl: string;
}

const q = (r: { start: string; end: string }) => `startDate=${r.start}&endDate=${r.end}`;

/**
 * One reference-rate request. Percentiles come with `type=rate`, volume only with
 * `type=volume`, so SOFR takes two jobs. The fields asked for must all be of the one type.
 */
export function nyfedRateJob(
  rateType: 'sofr' | 'bgcr' | 'tgcr', type: 'rate' | 'volume', fields: Partial<Record<RateField, SeriesId>>, cfg: NyFedConfig,
): SourceJob {
  const wrong = (Object.keys(fields) as RateField[]).find((f) => RATE_TYPE_OF[f] !== type);
  if (wrong) throw new Error(`nyfedRateJob(${rateType}): field ${wrong} is not served with type=${type}`);
  return {
    key: type === 'rate' ? `nyfed:${rateType}` : `nyfed:${rateType}-${type}`,
    source: 'nyfed',
    series: Object.values(fields),
    async run(range, get): Promise<JobOutput> {
      const url = `${cfg.baseUrl}/api/rates/secured/${rateType}/search.json?${q(range)}&type=${type}`;
      const label = Object.values(fields)[0] ?? rateType;
      return parseRefRateSeries(checkBody(await get(url, RATE_LIMITS), 'json', label, url), rateType, fields, url);
    },
  };
}

/**
 * Repo operation results, as recorded: no `operationTypes` filter (the answer holds reverse
 * repos too; the parser keeps operationType "Repo").
 */
export function nyfedRepoJob(cfg: NyFedConfig): SourceJob {
  return {
    key: 'nyfed:repo',
    source: 'nyfed',
    series: Object.values(REPO_SERIES),
    async run(range, get): Promise<JobOutput> {
      const url = `${cfg.baseUrl}/api/rp/results/search.json?${q(range)}`;
      return parseRepoSeries(checkBody(await get(url, REPO_LIMITS), 'json', 'SRF_TOTAL', url), url);
    },
  };
}
