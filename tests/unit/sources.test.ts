// Every request the live update makes, answered with the body recorded for it
// (tests/fixtures/recorded, see its PROVENANCE.md): the exact URL the job builds and the
// exact values it parses. Fault cases change one thing in a recorded body and say what.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SeriesId } from '../../src/catalog/series.ts';
import { DataError } from '../../src/core/errors.ts';
import { dtsTgaJob, parseDtsPage } from '../../src/sources/fiscaldata.ts';
import { fredJob, parseFredCsv, parseFredJson } from '../../src/sources/fred.ts';
import { checkBody, redact, type JobOutput, type SourceJob } from '../../src/sources/job.ts';
import { nyfedRateJob, nyfedRepoJob, parseRefRateSeries, parseRefRates, parseRepoOperations, parseRepoSeries } from '../../src/sources/nyfed.ts';
import { joinBody, loadRecorded, splitArray } from '../fakes/recorded.ts';
import { replay } from '../fakes/sources-server.ts';
import { fixtureText } from '../helpers.ts';

const rec = (path: string) => fixtureText(`recorded/${path}`);
const values = (obs: unknown) => (obs as { date: string; value: number }[]).map((o) => [o.date, o.value]);
const on = (obs: unknown, date: string) => (obs as { date: string; value: number }[]).find((o) => o.date === date)?.value;

/** Runs a job whose every request is answered by `answer`, recording the URLs asked for. */
async function runJob(job: SourceJob, range: { start: string; end: string }, answer: (url: string) => string) {
  const urls: string[] = [];
  const out: JobOutput = await job.run(range, async (url) => {
    urls.push(url);
    return { text: answer(url), contentType: 'application/json; charset=utf-8' };
  });
  return { urls, out };
}

const NYFED = 'https://markets.newyorkfed.org';
const FISCAL = 'https://api.fiscaldata.treasury.gov';
const WIN = '2025-10-01_2025-11-28';

describe('NY Fed reference rates: one request per rate and type', () => {
  it('SOFR type=rate gives the four percentiles (rows carry no volume)', async () => {
    const job = nyfedRateJob('sofr', 'rate', { p1: 'SOFR_P1', p25: 'SOFR_P25', p75: 'SOFR_P75', p99: 'SOFR_P99' }, { baseUrl: NYFED });
    const { urls, out } = await runJob(job, { start: '2025-10-01', end: '2025-11-28' }, () => rec(`nyfed/sofr-search_type-rate_${WIN}.json`));
    expect(urls).toEqual([`${NYFED}/api/rates/secured/sofr/search.json?startDate=2025-10-01&endDate=2025-11-28&type=rate`]);
    expect(job.key).toBe('nyfed:sofr');
    const at = (id: SeriesId, d: string) => on(out.get(id), d);
    expect([at('SOFR_P1', '2025-10-31'), at('SOFR_P25', '2025-10-31'), at('SOFR_P75', '2025-10-31'), at('SOFR_P99', '2025-10-31')]).toEqual([4.05, 4.15, 4.29, 4.35]);
    const p99 = values(out.get('SOFR_P99'));
    expect(p99).toHaveLength(40);
    expect(p99[0]).toEqual(['2025-10-01', expect.any(Number)]); // newest-first rows come back oldest first
    expect(p99.at(-1)).toEqual(['2025-11-28', 4.23]);
  });

  it('SOFR type=volume gives the volume in $bn (rows carry no rate)', async () => {
    const job = nyfedRateJob('sofr', 'volume', { volume: 'SOFR_VOLUME' }, { baseUrl: NYFED });
    const { urls, out } = await runJob(job, { start: '2025-10-01', end: '2025-11-28' }, () => rec(`nyfed/sofr-search_type-volume_${WIN}.json`));
    expect(urls).toEqual([`${NYFED}/api/rates/secured/sofr/search.json?startDate=2025-10-01&endDate=2025-11-28&type=volume`]);
    expect(job.key).toBe('nyfed:sofr-volume');
    expect(values(out.get('SOFR_VOLUME'))).toHaveLength(40);
    expect([on(out.get('SOFR_VOLUME'), '2025-10-31'), on(out.get('SOFR_VOLUME'), '2025-11-28')]).toEqual([3211, 3361]);
  });

  it.each([['bgcr', 'BGCR', 4.15], ['tgcr', 'TGCR', 4.15]] as const)('%s type=rate gives the rate', async (rate, id, oct31) => {
    const job = nyfedRateJob(rate, 'rate', { rate: id }, { baseUrl: NYFED });
    const { urls, out } = await runJob(job, { start: '2018-04-02', end: '2025-11-28' }, () => rec(`nyfed/${rate}-search_type-rate_${WIN}.json`));
    expect(urls).toEqual([`${NYFED}/api/rates/secured/${rate}/search.json?startDate=2018-04-02&endDate=2025-11-28&type=rate`]);
    expect(values(out.get(id))).toHaveLength(40);
    expect(on(out.get(id), '2025-10-31')).toBe(oct31);
  });

  it('refuses to ask type=rate for the volume: the answer would never hold it', () => {
    expect(() => nyfedRateJob('sofr', 'rate', { volume: 'SOFR_VOLUME' }, { baseUrl: NYFED })).toThrow(/volume is not served with type=rate/);
  });

  it('a field missing from the answer fails only the series that needs it', () => {
    // The type=rate answer has no volumeInBillions: asking it for the volume too stops SOFR_VOLUME alone.
    const out = parseRefRateSeries(rec(`nyfed/sofr-search_type-rate_${WIN}.json`), 'sofr', { p1: 'SOFR_P1', volume: 'SOFR_VOLUME' }, 'u');
    expect(values(out.get('SOFR_P1'))).toHaveLength(40);
    expect(out.get('SOFR_VOLUME')).toBeInstanceOf(DataError);
    expect((out.get('SOFR_VOLUME') as Error).message).toMatch(/^SOFR_VOLUME: refRates\[39\] \(2025-10-01\) has no volumeInBillions field/);
    // Renamed in the recorded body (fault): only P99 fails.
    const renamed = rec(`nyfed/sofr-search_type-rate_${WIN}.json`).replaceAll('percentPercentile99', 'percentPctl99');
    const r2 = parseRefRateSeries(renamed, 'sofr', { p1: 'SOFR_P1', p99: 'SOFR_P99' }, 'u');
    expect(r2.get('SOFR_P1')).not.toBeInstanceOf(DataError);
    expect((r2.get('SOFR_P99') as Error).message).toMatch(/SOFR_P99: .* has no percentPercentile99 field/);
    // The all-or-nothing form (used to import whole files) throws that error.
    expect(() => parseRefRates(renamed, 'sofr', { p1: 'SOFR_P1', p99: 'SOFR_P99' }, 'u')).toThrow(/has no percentPercentile99 field/);
  });

  it('skips a percentile published as "NA" and keeps the rest of the day', () => {
    const text = rec('nyfed/sofr-search_type-rate_2019-05-29_2019-06-04_excerpt.json');
    const out = parseRefRates(text, 'sofr', { rate: 'SOFR', p1: 'SOFR_P1' }, 'u');
    expect(values(out.get('SOFR'))).toEqual([['2019-05-29', 2.40], ['2019-05-30', 2.40], ['2019-05-31', 2.49], ['2019-06-03', 2.40], ['2019-06-04', 2.39]]);
    expect(values(out.get('SOFR_P1')).map(([d]) => d)).toEqual(['2019-05-29', '2019-05-30', '2019-06-03', '2019-06-04']);
  });

  it('keeps the revised row of a date, and rejects two unrevised rows (faults made from a recorded row)', () => {
    const text = rec(`nyfed/bgcr-search_type-rate_${WIN}.json`);
    const row = /\{ "effectiveDate": "2025-10-31"[^}]*\}/.exec(text)![0];
    const revised = row.replace('"percentRate": 4.15', '"percentRate": 4.16').replace('"revisionIndicator": ""', '"revisionIndicator": "Y"');
    expect(on(parseRefRates(text.replace(row, `${row}, ${revised}`), 'bgcr', { rate: 'BGCR' }, 'u').get('BGCR'), '2025-10-31')).toBe(4.16);
    expect(() => parseRefRates(text.replace(row, `${row}, ${row}`), 'bgcr', { rate: 'BGCR' }, 'u'))
      .toThrow(/BGCR: refRates\[\d+\]: duplicate date 2025-10-31 and neither row is marked revised/);
  });

  it('rejects a number sent as a string instead of reading it', () => {
    const text = rec(`nyfed/tgcr-search_type-rate_${WIN}.json`).replace('"percentRate": 4.15', '"percentRate": "4.15"');
    expect(() => parseRefRates(text, 'tgcr', { rate: 'TGCR' }, 'u')).toThrow(/TGCR: refRates\[\d+\] \(2025-10-31\): percentRate is "4\.15", not a number/);
  });
});

describe('NY Fed repo operations', () => {
  const excerpt = 'nyfed/rp-results-search_2025-10-28_2025-12-31_excerpt.json';

  it('asks without operationTypes, as recorded, and sums the Repo operations of each day by collateral, in $bn', async () => {
    const { urls, out } = await runJob(nyfedRepoJob({ baseUrl: NYFED }), { start: '2025-10-28', end: '2025-12-31' }, () => rec(excerpt));
    expect(urls).toEqual([`${NYFED}/api/rp/results/search.json?startDate=2025-10-28&endDate=2025-12-31`]);
    const day = (d: string) => ['SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS'].map((id) => on(out.get(id as SeriesId), d));
    expect(day('2025-10-31')).toEqual([50.35, 29.4, 0, 20.95]); // 08:15 20.35 + 13:30 30.00; the 51.802 ON RRP left out
    expect(day('2025-12-31')).toEqual([74.6, 31.5, 0, 43.1]);
    // 2025-11-05 had three Repo operations: 08:15 (nothing), a 10:00 small-value exercise
    // (0.099, included like every other operation) and 13:30 (0.003).
    expect(day('2025-11-05')).toEqual([0.102, 0.043, 0.02, 0.039]);
    expect(day('2025-11-06')).toEqual([0.001, 0.001, 0, 0]); // an ordinary tiny take-up, not an exercise
    expect(values(out.get('SRF_TOTAL')).map(([d]) => d)).toEqual([
      '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31', '2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06', '2025-11-07',
      '2025-12-23', '2025-12-24', '2025-12-26', '2025-12-29', '2025-12-30', '2025-12-31',
    ]);
  });

  it('counts a 2020 small-value exercise whose note is empty, like the 2025 ones', () => {
    const out = parseRepoOperations(rec('nyfed/rp-results-search_2020-10-07_excerpt.json'), 'u');
    expect([...out].map(([id, obs]) => [id, values(obs)])).toEqual([
      ['SRF_TOTAL', [['2020-10-07', 0.059]]], ['SRF_TREASURY', [['2020-10-07', 0.023]]],
      ['SRF_AGENCY', [['2020-10-07', 0.015]]], ['SRF_MBS', [['2020-10-07', 0.021]]],
    ]);
  });

  it('a collateral split that does not add up fails the three collateral series, not the total', () => {
    const bad = rec(excerpt).replace('"totalAmtAccepted": 20350000000', '"totalAmtAccepted": 21350000000');
    const out = parseRepoSeries(bad, 'u');
    expect(on(out.get('SRF_TOTAL'), '2025-10-31')).toBe(51.35);
    for (const id of ['SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS'] as const) {
      expect((out.get(id) as Error).message).toMatch(new RegExp(`^${id}: operations\\[\\d+\\] \\(RP 103125 1, 2025-10-31\\): collateral amounts add to 20350000000, totalAmtAccepted says 21350000000`));
    }
  });

  it('counts an operation listed twice once (a recorded element duplicated in the answer)', () => {
    const body = splitArray(rec(excerpt), 'operations');
    const i = body.elements.findIndex((e) => e.includes('"operationId": "RP 123125 25"'));
    const twice = joinBody(body, [...body.elements.slice(0, i + 1), body.elements[i]!, ...body.elements.slice(i + 1)]);
    const out = parseRepoSeries(twice, 'u');
    expect(['SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS'].map((id) => on(out.get(id as SeriesId), '2025-12-31'))).toEqual([74.6, 31.5, 0, 43.1]);
  });

  it('refuses two different operations under one id, naming both elements and the source', () => {
    const body = splitArray(rec(excerpt), 'operations');
    const i = body.elements.findIndex((e) => e.includes('"operationId": "RP 123125 25"'));
    const other = body.elements[i]!.replace('"totalAmtAccepted": 74600000000', '"totalAmtAccepted": 75600000000');
    const text = joinBody(body, [...body.elements.slice(0, i + 1), other, ...body.elements.slice(i + 1)]);
    const url = `${NYFED}/api/rp/results/search.json?startDate=2025-10-28&endDate=2025-12-31`;
    expect(() => parseRepoSeries(text, url)).toThrow(new RegExp(
      `^SRF_TOTAL: operations\\[${i + 1}\\] \\(RP 123125 25, 2025-12-31\\) repeats the id of operations\\[${i}\\] with different figures; .*\\(${url.replace(/[?.]/g, '\\$&')}\\)$`));
  });

  it('a renamed collateral fails only that collateral\'s series', () => {
    const out = parseRepoSeries(rec(excerpt).replaceAll('"securityType": "Agency"', '"securityType": "Agencies"'), 'u');
    expect(on(out.get('SRF_TOTAL'), '2025-10-31')).toBe(50.35);
    expect(on(out.get('SRF_MBS'), '2025-10-31')).toBe(20.95);
    expect((out.get('SRF_AGENCY') as Error).message).toMatch(/SRF_AGENCY: .* expected one "Agency" detail/);
  });
});

describe('FiscalData operating cash balance: one request per account-type era', () => {
  const answerFrom = (files: Record<string, string>) => (url: string) => {
    const account = decodeURIComponent(/account_type%3Aeq%3A([^&]+)/.exec(url)![1]!.replaceAll('+', ' '));
    return rec(`fiscaldata/${files[account]}`);
  };

  it('asks for 2025 exactly as the recorded request did and reads open_today_bal of the Closing Balance row', async () => {
    const { urls, out } = await runJob(dtsTgaJob({ baseUrl: FISCAL }), { start: '2025-01-01', end: '2025-12-31' },
      () => rec('fiscaldata/ocb_2025_TGA-Closing-Balance.json'));
    // The URL of the recording's manifest, byte for byte.
    expect(urls).toEqual([`${FISCAL}/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance?fields=record_date%2Caccount_type%2Copen_today_bal%2Cclose_today_bal&filter=record_date%3Agte%3A2025-01-01%2Crecord_date%3Alte%3A2025-12-31%2Caccount_type%3Aeq%3ATreasury+General+Account+%28TGA%29+Closing+Balance&sort=record_date&page%5Bsize%5D=10000`]);
    const tga = out.get('TGA_CLOSE');
    expect(values(tga)).toHaveLength(250);
    expect([on(tga, '2025-01-02'), on(tga, '2025-10-30'), on(tga, '2025-10-31'), on(tga, '2025-12-31')]).toEqual([677.045, 1000.632, 926.328, 872.853]);
  });

  it('2021: Federal Reserve Account then Treasury General Account (TGA), close_today_bal of each', async () => {
    const { urls, out } = await runJob(dtsTgaJob({ baseUrl: FISCAL }), { start: '2021-01-01', end: '2021-12-31' }, answerFrom({
      'Federal Reserve Account': 'ocb_2021_Federal-Reserve-Account.json', 'Treasury General Account (TGA)': 'ocb_2021_TGA.json',
    }));
    expect(urls.map((u) => /account_type%3Aeq%3A([^&]+)/.exec(u)![1])).toEqual(['Federal+Reserve+Account', 'Treasury+General+Account+%28TGA%29']);
    const tga = out.get('TGA_CLOSE');
    expect(values(tga)).toHaveLength(189 + 63);
    expect([on(tga, '2021-09-30'), on(tga, '2021-10-01'), on(tga, '2021-12-31')]).toEqual([215.16, 132.452, 406.108]);
  });

  it('2022: the account type changes after 2022-04-15 and the closing balance moves to open_today_bal', async () => {
    const { urls, out } = await runJob(dtsTgaJob({ baseUrl: FISCAL }), { start: '2022-01-01', end: '2022-12-31' }, answerFrom({
      'Treasury General Account (TGA)': 'ocb_2022_TGA.json', 'Treasury General Account (TGA) Closing Balance': 'ocb_2022_TGA-Closing-Balance.json',
    }));
    expect(urls).toHaveLength(2);
    const tga = out.get('TGA_CLOSE');
    expect(values(tga)).toHaveLength(73 + 177);
    expect([on(tga, '2022-04-15'), on(tga, '2022-04-18'), on(tga, '2022-12-30')]).toEqual([578.473, 841.253, 446.685]);
  });

  it('reads an empty year (total-pages 0) as no rows, without asking for page 1 again', async () => {
    expect(parseDtsPage(rec('fiscaldata/ocb_2026_TGA_empty.json'), 'u')).toEqual({ obs: [], totalPages: 0 });
    const { urls, out } = await runJob(dtsTgaJob({ baseUrl: FISCAL }), { start: '2026-01-01', end: '2026-10-07' }, () => rec('fiscaldata/ocb_2026_TGA_empty.json'));
    expect(urls).toHaveLength(1);
    expect(out.get('TGA_CLOSE')).toEqual([]);
  });

  it('follows meta.total-pages: page 1 without page[number], then 2 and 3', async () => {
    const recorded = loadRecorded(new URL('../fixtures/recorded/', import.meta.url).pathname);
    const { urls, out } = await runJob(dtsTgaJob({ baseUrl: '', pageSize: 100 }), { start: '2025-01-01', end: '2025-12-31' }, (url) => {
      const u = new URL(url, 'http://x');
      return replay(recorded, u.pathname, u.searchParams)!;
    });
    expect(urls.map((u) => /page%5B.*$/.exec(u)![0])).toEqual(['page%5Bsize%5D=100', 'page%5Bsize%5D=100&page%5Bnumber%5D=2', 'page%5Bsize%5D=100&page%5Bnumber%5D=3']);
    expect(values(out.get('TGA_CLOSE'))).toEqual(parseDtsPage(rec('fiscaldata/ocb_2025_TGA-Closing-Balance.json'), 'u').obs.map((o) => [o.date, o.value]));
  });

  it('treats the string "null" where the balance should be as an error, not zero', () => {
    const bad = rec('fiscaldata/ocb_2025_TGA-Closing-Balance.json').replace('"open_today_bal":"926328"', '"open_today_bal":"null"');
    expect(() => parseDtsPage(bad, 'u')).toThrow(/TGA_CLOSE: data\[\d+\] \(2025-10-31, Treasury General Account \(TGA\) Closing Balance\): open_today_bal is null/);
  });

  it('rejects an answer whose amounts are no longer in $ millions', () => {
    const bad = rec('fiscaldata/ocb_2021_TGA.json').replace('"open_today_bal":"$1,000,000"', '"open_today_bal":"$1"');
    expect(() => parseDtsPage(bad, 'u')).toThrow(/meta\.dataFormats\.open_today_bal is "\$1", not "\$1,000,000"/);
  });
});

describe('FRED', () => {
  it('fredgraph.csv with the pre-2024 DATE header', async () => {
    const job = fredJob('DFEDTARU', { baseUrl: 'https://fred.stlouisfed.org', apiBaseUrl: 'x', apiKey: undefined });
    const text = rec('fred/fredgraph_DATE-header_DFEDTARU_2017-07-19_2017-12-31_excerpt.csv');
    const urls: string[] = [];
    const out = await job.run({ start: '2017-07-19', end: '2017-12-31' }, async (url) => { urls.push(url); return { text, contentType: 'text/csv' }; });
    expect(urls).toEqual(['https://fred.stlouisfed.org/graph/fredgraph.csv?id=DFEDTARU&cosd=2017-07-19&coed=2017-12-31']);
    const obs = out.get('DFEDTARU');
    expect(values(obs)).toHaveLength(166);
    expect([on(obs, '2017-07-19'), on(obs, '2017-12-13'), on(obs, '2017-12-14'), on(obs, '2017-12-31')]).toEqual([1.25, 1.25, 1.5, 1.5]);
  });

  it('an empty field is a missing value (ALFRED download, vintage-suffixed column)', () => {
    const obs = parseFredCsv(rec('fred/alfred-vintage_RRPONTSYD_20251231_excerpt.csv'), 'RRPONTSYD_20251231', 'u');
    expect(values(obs)[0]).toEqual(['2003-02-07', 2.5]);
    expect(obs.every((o) => Number.isFinite(o.value))).toBe(true);
  });

  it('API JSON: values are strings', async () => {
    const job = fredJob('SOFR', { baseUrl: 'x', apiBaseUrl: 'https://api.stlouisfed.org', apiKey: 'MOCK_API_KEY' });
    const urls: string[] = [];
    const out = await job.run({ start: '2024-06-01', end: '2024-06-06' },
      async (url) => { urls.push(url); return { text: rec('fred/fredapi_series-observations_SOFR_2024-06-01_2024-06-06.json'), contentType: 'application/json' }; });
    expect(urls).toEqual(['https://api.stlouisfed.org/fred/series/observations?series_id=SOFR&api_key=MOCK_API_KEY&file_type=json&observation_start=2024-06-01&observation_end=2024-06-06']);
    expect(values(out.get('SOFR'))).toEqual([['2024-06-03', 5.35], ['2024-06-04', 5.33], ['2024-06-05', 5.33], ['2024-06-06', 5.33]]);
    // FRED's SOFR99 equals the NY Fed's 99th percentile for the same days.
    expect(values(parseFredJson(rec('fred/fredapi_series-observations_SOFR99_2024-06-01_2024-06-06.json'), 'SOFR99', 'u')))
      .toEqual([['2024-06-03', 5.44], ['2024-06-04', 5.44], ['2024-06-05', 5.43], ['2024-06-06', 5.44]]);
  });

  it('API JSON: refuses dates that are not YYYY-MM-DD (the recorded answer with MM/DD/YYYY dates), naming element and redacted URL', async () => {
    const job = fredJob('SOFR', { baseUrl: 'x', apiBaseUrl: 'https://api.stlouisfed.org', apiKey: 'MOCK_API_KEY' });
    const text = rec('fred/fredapi_series-observations_SOFR_2024-06-01_2024-06-06.json')
      .replace(/"date":"(\d{4})-(\d{2})-(\d{2})"/g, '"date":"$2/$3/$1"');
    const err = await job.run({ start: '2024-06-01', end: '2024-06-06' }, async () => ({ text, contentType: 'application/json' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as Error).message).toBe('SOFR: observations[0].date "06/03/2024" is not a YYYY-MM-DD date; the API may have changed its date format ' +
      '(https://api.stlouisfed.org/fred/series/observations?series_id=SOFR&api_key=***&file_type=json&observation_start=2024-06-01&observation_end=2024-06-06)');
  });

  it('API JSON: refuses an impossible calendar date and checks the date of a row without a value too', () => {
    const text = rec('fred/fredapi_series-observations_SOFR_2024-06-01_2024-06-06.json');
    expect(() => parseFredJson(text.replace('"2024-06-05"', '"2024-06-31"'), 'SOFR', 'u')).toThrow(/observations\[2\]\.date "2024-06-31" is not a YYYY-MM-DD date/);
    const missing = text.replace('"date":"2024-06-06","value":"5.33"', '"date":"6/6/2024","value":"."');
    expect(() => parseFredJson(missing, 'SOFR', 'u')).toThrow(/observations\[3\]\.date "6\/6\/2024"/);
  });

  it('never prints the API key', () => {
    expect(redact('https://x/fred/series/observations?series_id=SOFR&api_key=abcd1234&file_type=json'))
      .toBe('https://x/fred/series/observations?series_id=SOFR&api_key=***&file_type=json');
  });
});

describe('replay of recorded answers (the fake sources)', () => {
  const recorded = loadRecorded(new URL('../fixtures/recorded/', import.meta.url).pathname);
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  const ask = (url: string) => {
    const u = new URL(url, 'http://x');
    return replay(recorded, u.pathname, u.searchParams);
  };

  it('answers the recorded request with the recorded body, byte for byte', () => {
    const url = '/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance?fields=record_date%2Caccount_type%2Copen_today_bal%2Cclose_today_bal&filter=record_date%3Agte%3A2025-01-01%2Crecord_date%3Alte%3A2025-12-31%2Caccount_type%3Aeq%3ATreasury+General+Account+%28TGA%29+Closing+Balance&sort=record_date&page%5Bsize%5D=10000';
    expect(sha(ask(url)!)).toBe('54215ef50cf23f758e20b747798e8c1d59c2e07f33ba28b6c7c300400bfea30b'); // the recording's manifest
    expect(ask(`/api/rates/secured/sofr/search.json?startDate=2025-10-01&endDate=2025-11-28&type=volume`)).toBe(rec(`nyfed/sofr-search_type-volume_${WIN}.json`));
  });

  it('leaves out whole elements outside the window and nothing else', () => {
    const body = ask('/api/rp/results/search.json?startDate=2025-10-31&endDate=2025-10-31')!;
    expect(JSON.parse(body).repo.operations.map((o: { operationId: string }) => o.operationId)).toEqual(['RP 103125 1', 'RP 103125 2', 'RP 103125 3']);
    const whole = splitArray(rec('nyfed/rp-results-search_2025-10-28_2025-12-31_excerpt.json'), 'operations');
    const part = splitArray(body, 'operations');
    expect([part.prefix, part.separator, part.suffix]).toEqual([whole.prefix, whole.separator, whole.suffix]);
    expect(part.elements.every((e) => whole.elements.includes(e))).toBe(true);
  });

  it('refuses a query unlike the recorded ones', () => {
    expect(() => ask('/api/rp/results/search.json?startDate=2025-10-31&endDate=2025-10-31&operationTypes=Repo')).toThrow(/unexpected \[operationTypes\]/);
  });
});

describe('every parser refuses a date that is not YYYY-MM-DD (recorded bodies, dates rewritten MM/DD/YYYY)', () => {
  const usDates = (text: string) => text.replace(/"(\d{4})-(\d{2})-(\d{2})"/g, '"$2/$3/$1"');

  it('NY Fed reference rates', () => {
    const url = `${NYFED}/api/rates/secured/bgcr/search.json?startDate=2025-10-01&endDate=2025-11-28&type=rate`;
    expect(() => parseRefRateSeries(usDates(rec(`nyfed/bgcr-search_type-rate_${WIN}.json`)), 'bgcr', { rate: 'BGCR' }, url))
      .toThrow(`BGCR: refRates[0].effectiveDate "11/28/2025" is not a YYYY-MM-DD date (${url})`);
  });

  it('NY Fed repo operations', () => {
    expect(() => parseRepoSeries(usDates(rec('nyfed/rp-results-search_2025-10-28_2025-12-31_excerpt.json')), 'u'))
      .toThrow('SRF_TOTAL: operations[0] (RP 123125 25, 12/31/2025): operationDate is not a YYYY-MM-DD date (u)');
  });

  it('FiscalData', () => {
    expect(() => parseDtsPage(usDates(rec('fiscaldata/ocb_2025_TGA-Closing-Balance.json')), 'u'))
      .toThrow('TGA_CLOSE: data[0] (01/02/2025, Treasury General Account (TGA) Closing Balance): record_date is not a YYYY-MM-DD date (u)');
  });

  it('fredgraph.csv', () => {
    const text = rec('fred/fredgraph_DATE-header_DFEDTARU_2017-07-19_2017-12-31_excerpt.csv').replace(/^(\d{4})-(\d{2})-(\d{2}),/m, '$2/$3/$1,');
    expect(() => parseFredCsv(text, 'DFEDTARU', 'u')).toThrow('DFEDTARU: "07/19/2017" is not a YYYY-MM-DD date (u:2)');
  });
});

describe('checkBody', () => {
  it('spots HTML served as data even without an HTML content-type', () => {
    expect(() => checkBody({ text: '<html>oops</html>\n', contentType: 'text/csv' }, 'csv', 'SOFR', 'u'))
      .toThrow(/SOFR: got an HTML page \(text\/csv\) instead of CSV/);
  });
});
