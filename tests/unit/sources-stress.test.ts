// The funding-stress inputs on recorded excerpts (tests/fixtures/recorded, see PROVENANCE.md):
// OFR's Financial Stress Index download read by its own parser and job, and the new FRED series
// (H.4.1 lending, the commercial-paper rate) through the FRED job the update uses. Fault cases
// change one thing in a recorded body and say what.
import { describe, expect, it } from 'vitest';
import type { SeriesId } from '../../src/catalog/series.ts';
import { DataError } from '../../src/core/errors.ts';
import { fredJob, parseFredCsv } from '../../src/sources/fred.ts';
import type { JobOutput, SourceJob } from '../../src/sources/job.ts';
import { OFR_FSI_SERIES, ofrFsiJob, parseOfrFsi, parseOfrFsiSeries } from '../../src/sources/ofr.ts';
import { buildJobs } from '../../src/update/plan.ts';
import { fixtureText } from '../helpers.ts';

const rec = (path: string) => fixtureText(`recorded/${path}`);
const on = (obs: unknown, date: string) => (obs as { date: string; value: number }[]).find((o) => o.date === date)?.value;
const dates = (obs: unknown) => (obs as { date: string }[]).map((o) => o.date);

async function runJob(job: SourceJob, range: { start: string; end: string }, answer: (url: string) => string) {
  const urls: string[] = [];
  const out: JobOutput = await job.run(range, async (url, limits) => {
    urls.push(`${url} (${limits.maxBytes})`);
    return { text: answer(url), contentType: 'text/csv' };
  });
  return { urls, out };
}

const OFR = 'https://www.financialresearch.gov';
const FSI_2020 = 'ofr/fsi_2020-03-12_2020-03-24_excerpt.csv';

describe('OFR Financial Stress Index: one download, the index and its five categories', () => {
  it('asks for the CSV with a body limit, reads each category and keeps only the asked window', async () => {
    const job = ofrFsiJob({ baseUrl: OFR });
    expect([job.key, job.source]).toEqual(['ofr:fsi', 'ofr']);
    const { urls, out } = await runJob(job, { start: '2020-03-16', end: '2020-03-20' }, () => rec(FSI_2020));
    expect(urls).toEqual([`${OFR}/financial-stress-index/data/fsi.csv (${4 * 1024 * 1024})`]);
    expect([...out.keys()]).toEqual(['OFR_FSI', 'OFR_FSI_CREDIT', 'OFR_FSI_EQUITY', 'OFR_FSI_SAFE_ASSETS', 'OFR_FSI_FUNDING', 'OFR_FSI_VOLATILITY']);
    const at = (id: SeriesId) => on(out.get(id), '2020-03-18');
    expect([at('OFR_FSI'), at('OFR_FSI_CREDIT'), at('OFR_FSI_EQUITY'), at('OFR_FSI_SAFE_ASSETS'), at('OFR_FSI_FUNDING'), at('OFR_FSI_VOLATILITY')])
      .toEqual([9.486, 1.703, 2.064, 0.087, 0.233, 5.399]);
    expect(dates(out.get('OFR_FSI'))).toEqual(['2020-03-16', '2020-03-17', '2020-03-18', '2020-03-19', '2020-03-20']);
  });

  it('keeps OFR\'s full-precision values as written (2023)', () => {
    const obs = parseOfrFsi(fixtureText('import/ofr/fsi.csv'), OFR_FSI_SERIES, 'fsi.csv');
    expect(on(obs.get('OFR_FSI'), '2023-03-15')).toBe(2.425909074066165);
    expect(on(obs.get('OFR_FSI'), '2023-03-13')).toBe(1.4286463892278192);
  });

  it('a renamed category column fails that category only (header changed in the test)', () => {
    const text = rec(FSI_2020).replace(',Funding,', ',Funding stress,');
    const out = parseOfrFsiSeries(text, OFR_FSI_SERIES, `${OFR}/financial-stress-index/data/fsi.csv`);
    const funding = out.get('OFR_FSI_FUNDING');
    expect(funding).toBeInstanceOf(DataError);
    expect((funding as DataError).message).toMatch(/^OFR_FSI_FUNDING: the header has no "Funding" column; OFR may have renamed it/);
    expect(on(out.get('OFR_FSI'), '2020-03-18')).toBe(9.486);
    expect(on(out.get('OFR_FSI_VOLATILITY'), '2020-03-18')).toBe(5.399);
  });

  it('an empty cell is a missing value, not zero; a word in a cell fails that column with its line (cells changed in the test)', () => {
    const lines = rec(FSI_2020).split('\n');
    lines[5] = lines[5]!.replace(',0.233,', ',,'); // 2020-03-18, Funding
    lines[6] = lines[6]!.replace(',2.022,', ',n/a,'); // 2020-03-19, Credit
    const out = parseOfrFsiSeries(lines.join('\n'), OFR_FSI_SERIES, 'fsi.csv');
    expect(dates(out.get('OFR_FSI_FUNDING'))).not.toContain('2020-03-18');
    expect(on(out.get('OFR_FSI_FUNDING'), '2020-03-19')).toBe(0.446);
    expect((out.get('OFR_FSI_CREDIT') as DataError).message).toBe('OFR_FSI_CREDIT: "n/a" in column "Credit" is not a number (fsi.csv:7)');
    expect(on(out.get('OFR_FSI'), '2020-03-19')).toBe(10.266);
  });

  it('a row with a missing field or a file that is not the FSI fails every series, naming the line', () => {
    const lines = rec(FSI_2020).split('\n');
    lines[3] = lines[3]!.replace(/,[^,]*$/, ''); // 2020-03-16 loses its last field
    expect(() => parseOfrFsiSeries(lines.join('\n'), OFR_FSI_SERIES, 'fsi.csv'))
      .toThrow('OFR_FSI: expected 10 fields as in the header, found 9: "2020-03-16,8.99,1.23,1.989,0.25,-0.036,5.557,4.168,4.018" (fsi.csv:4)');
    expect(() => parseOfrFsiSeries('observation_date,OFR_FSI\n2020-03-16,8.99\n', OFR_FSI_SERIES, 'fsi.csv'))
      .toThrow(/^OFR_FSI: unexpected header "observation_date,OFR_FSI"; expected it to start with "Date"/);
  });

  it('an HTML page served with 200 fails the job before parsing', async () => {
    const job = ofrFsiJob({ baseUrl: OFR });
    await expect(job.run({ start: '2020-03-16', end: '2020-03-20' }, async () => ({ text: '<!DOCTYPE html><html></html>', contentType: 'text/html' })))
      .rejects.toThrow(/^OFR_FSI: got an HTML page/);
  });
});

describe('FRED funding-stress series through the update\'s FRED job', () => {
  it('H.4.1 primary credit: the fredgraph.csv request and its Wednesday levels', async () => {
    const { urls, out } = await runJob(fredJob('WLCFLPCL', { baseUrl: 'https://fred.stlouisfed.org', apiBaseUrl: 'x', apiKey: undefined }),
      { start: '2025-09-01', end: '2025-11-07' }, () => rec('fred/fredgraph_WLCFLPCL_2025-09-01_2025-11-07_excerpt.csv'));
    expect(urls).toEqual([`https://fred.stlouisfed.org/graph/fredgraph.csv?id=WLCFLPCL&cosd=2025-09-01&coed=2025-11-07 (${4 * 1024 * 1024})`]);
    expect(on(out.get('WLCFLPCL'), '2025-10-29')).toBe(7894);
  });

  it('a blank 90-day AA financial CP rate stays missing: no observation that day, never zero', async () => {
    const text = rec('fred/fredgraph_RIFSPPFAAD90NB_2020-03-12_2020-03-24_excerpt.csv');
    const { out } = await runJob(fredJob('RIFSPPFAAD90NB', { baseUrl: 'https://fred.stlouisfed.org', apiBaseUrl: 'x', apiKey: undefined }),
      { start: '2020-03-12', end: '2020-03-24' }, () => text);
    const obs = out.get('RIFSPPFAAD90NB');
    expect(dates(obs)).toEqual(['2020-03-12', '2020-03-13', '2020-03-16', '2020-03-17', '2020-03-19', '2020-03-20', '2020-03-24']);
    expect([on(obs, '2020-03-17'), on(obs, '2020-03-18'), on(obs, '2020-03-19')]).toEqual([1.25, undefined, 0.58]);
    expect(parseFredCsv(text, 'RIFSPPFAAD90NB', 'x').some((o) => o.value === 0)).toBe(false);
  });
});

describe('update plan', () => {
  it('fetches every funding-stress series from FRED and the FSI from OFR, at OFR_BASE_URL when set', async () => {
    const jobs = buildJobs({ OFR_BASE_URL: 'http://127.0.0.1:9/' });
    const keys = jobs.map((j) => j.key);
    for (const id of ['WLCFLPCL', 'H41RESPPALDKNWW', 'WLCFOCEL', 'WLCFLL', 'SWPT', 'DGS2', 'DTB3', 'T10Y2Y', 'RIFSPPFAAD90NB', 'STLFSI4', 'NFCI']) {
      expect(keys, id).toContain(`fred:${id}`);
    }
    const ofr = jobs.find((j) => j.key === 'ofr:fsi')!;
    const { urls } = await runJob(ofr, { start: '2020-03-12', end: '2020-03-24' }, () => rec(FSI_2020));
    expect(urls[0]).toMatch(/^http:\/\/127\.0\.0\.1:9\/financial-stress-index\/data\/fsi\.csv /);
    expect(buildJobs({}).find((j) => j.key === 'ofr:fsi')).toBeDefined();
  });
});
