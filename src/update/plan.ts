import { SERIES } from '../catalog/series.ts';
import { dtsTgaJob } from '../sources/fiscaldata.ts';
import { fredJob } from '../sources/fred.ts';
import type { SourceJob } from '../sources/job.ts';
import { nyfedRateJob, nyfedRepoJob } from '../sources/nyfed.ts';
import { ofrFsiJob } from '../sources/ofr.ts';

/** Official hosts; each can be overridden (tests, mirrors) by the variable named beside it. */
export const DEFAULT_BASES = {
  FRED_BASE_URL: 'https://fred.stlouisfed.org',
  FRED_API_BASE_URL: 'https://api.stlouisfed.org',
  NYFED_BASE_URL: 'https://markets.newyorkfed.org',
  FISCALDATA_BASE_URL: 'https://api.fiscaldata.treasury.gov',
  OFR_BASE_URL: 'https://www.financialresearch.gov',
} as const;

/**
 * Every catalog series whose source is FRED, in catalog order: one fredgraph job each, so adding
 * a FRED series to the catalog is all it takes (a series that has ended gets no new rows anyway).
 */
const FRED_SERIES = SERIES.filter((s) => s.source === 'fred').map((s) => s.id);

const trim = (url: string) => url.replace(/\/+$/, '');

/** A URL without its api_key parameter: provenance names a request anyone can repeat, never a secret. */
export const withoutKey = (url: string) => url.replace(/[?&]api_key=[^&#]*/g, '').replace(/^([^?#]*)&/, '$1?');

/** `url` fetched from `from` (an override or the official host), as the same request on `to`. */
const rebase = (url: string, from: string, to: string) => (url.startsWith(`${from}/`) ? `${to}${url.slice(from.length)}` : url);

/**
 * A job that also names the official address of what it fetched: the same path and query on the
 * official host of its source, without the key. Provenance records that address, and the one
 * actually fetched (a mirror, a test server) only beside it.
 */
export interface PlannedJob extends SourceJob {
  officialUrl(fetched: string): string;
}

const withOfficial = (job: SourceJob, toOfficial: (url: string) => string): PlannedJob =>
  ({ ...job, officialUrl: (url) => withoutKey(toOfficial(url)) });

/** Every live fetch, built from the environment (base URLs, optional FRED_API_KEY). */
export function buildJobs(env: Readonly<Record<string, string | undefined>>): PlannedJob[] {
  const fredBase = trim(env.FRED_BASE_URL || DEFAULT_BASES.FRED_BASE_URL);
  const fred = {
    baseUrl: fredBase,
    // A FRED_BASE_URL override serves both the CSV and the API paths.
    apiBaseUrl: env.FRED_BASE_URL ? fredBase : DEFAULT_BASES.FRED_API_BASE_URL,
    apiKey: env.FRED_API_KEY || undefined,
  };
  const nyfed = { baseUrl: trim(env.NYFED_BASE_URL || DEFAULT_BASES.NYFED_BASE_URL) };
  const fiscal = { baseUrl: trim(env.FISCALDATA_BASE_URL || DEFAULT_BASES.FISCALDATA_BASE_URL) };
  const ofr = { baseUrl: trim(env.OFR_BASE_URL || DEFAULT_BASES.OFR_BASE_URL) };
  // FRED serves its API under /fred/ on its own host; an override serves both paths.
  const fredOfficial = (url: string) => {
    if (!url.startsWith(`${fredBase}/`)) return url; // the API on its official host
    const rest = url.slice(fredBase.length);
    return `${rest.startsWith('/fred/') ? DEFAULT_BASES.FRED_API_BASE_URL : DEFAULT_BASES.FRED_BASE_URL}${rest}`;
  };
  const nyfedOfficial = (url: string) => rebase(url, nyfed.baseUrl, DEFAULT_BASES.NYFED_BASE_URL);
  const fiscalOfficial = (url: string) => rebase(url, fiscal.baseUrl, DEFAULT_BASES.FISCALDATA_BASE_URL);
  const ofrOfficial = (url: string) => rebase(url, ofr.baseUrl, DEFAULT_BASES.OFR_BASE_URL);
  return [
    ...FRED_SERIES.map((id) => withOfficial(fredJob(id, fred), fredOfficial)),
    // SOFR itself comes from FRED; the NY Fed serves its percentiles (type=rate) and its
    // volume (type=volume) in separate answers.
    ...[
      nyfedRateJob('sofr', 'rate', { p1: 'SOFR_P1', p25: 'SOFR_P25', p75: 'SOFR_P75', p99: 'SOFR_P99' }, nyfed),
      nyfedRateJob('sofr', 'volume', { volume: 'SOFR_VOLUME' }, nyfed),
      nyfedRateJob('bgcr', 'rate', { rate: 'BGCR' }, nyfed),
      nyfedRateJob('tgcr', 'rate', { rate: 'TGCR' }, nyfed),
      nyfedRepoJob(nyfed),
    ].map((job) => withOfficial(job, nyfedOfficial)),
    withOfficial(dtsTgaJob(fiscal), fiscalOfficial),
    withOfficial(ofrFsiJob(ofr), ofrOfficial),
  ];
}
