import { mkdtemp, } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SeriesId } from '../../src/catalog/series.ts';
import { buildMeta } from '../../src/snapshot/import.ts';
import { SNAPSHOT_FORMAT, type Manifest } from '../../src/snapshot/manifest.ts';
import { readSnapshot, writeSnapshot } from '../../src/snapshot/store.ts';
import { buildJobs } from '../../src/update/plan.ts';
import { runUpdate, type UpdateOptions, type UpdateResult } from '../../src/update/run.ts';
import { startFakeSources, type FakeSources, type Fault, type World } from '../fakes/sources-server.ts';
import { buildWorld, worldUntil, WORLD_TO } from '../fakes/world.ts';
import { closedPortUrl, filesOf, fixtureSnapshot } from '../helpers.ts';

const TODAY = '2025-11-06';
const SNAPSHOT_CUT = '2025-10-24';
// The series the starting snapshot holds; the others (BGCR, percentiles, …) are new to it.
const INITIAL = ['SOFR', 'SOFR_P99', 'EFFR', 'IORB', 'DFEDTARU', 'DFEDTARL', 'RRPONTSYD', 'WRESBAL', 'WALCL', 'WTREGEN', 'TGA_CLOSE'] as const;

let server: FakeSources;
let world: World;
let dir: string;
let before: Map<string, string>;
let waits: number[];
let log: string[];


async function writeInitialSnapshot(d: string, w: World): Promise<void> {
  const cut = worldUntil(w, SNAPSHOT_CUT);
  const series = new Map(INITIAL.map((id) => [id as string, (cut[id] ?? []).map(([date, value]) => ({ date, value }))]));
  const manifest: Manifest = {
    format: SNAPSHOT_FORMAT,
    revisions: [],
    series: INITIAL.map((id) => buildMeta(id as SeriesId, series.get(id)!, {
      source: 'test', originalUrl: 'https://example.org/fixture', via: 'test fixture', retrieved: SNAPSHOT_CUT,
      attribution: 'fixture', license: 'public',
    }, `${SNAPSHOT_CUT}T20:00:00.000Z`)),
  };
  await writeSnapshot(d, { manifest, series });
}

function update(confirm: string[] = [], base = server.url, extra: Partial<UpdateOptions> = {}): Promise<UpdateResult> {
  return runUpdate({
    snapshotDir: dir,
    jobs: buildJobs({ FRED_BASE_URL: base, NYFED_BASE_URL: base, FISCALDATA_BASE_URL: base, OFR_BASE_URL: base }),
    http: {
      // A generous timeout: the browser test may be building the site on the other core.
      timeoutMs: 2000, attempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 60_000,
      sleep: async (ms) => void waits.push(ms), random: () => 0.5,
    },
    today: TODAY,
    now: `${TODAY}T12:00:00.000Z`,
    pace: { fred: { parallel: 4, intervalMs: 0 }, nyfed: { parallel: 2, intervalMs: 0 }, fiscaldata: { parallel: 2, intervalMs: 0 }, binance: { parallel: 1, intervalMs: 0 }, ofr: { parallel: 1, intervalMs: 0 } },
    confirm: new Set(confirm),
    log: (l) => void log.push(l),
    ...extra,
  });
}

const outcome = (r: UpdateResult, id: string) => r.outcomes.find((o) => o.id === id);



beforeAll(async () => {
  world = buildWorld(await fixtureSnapshot());
  server = await startFakeSources(world);
});
afterAll(() => server.close());
beforeEach(async () => {
  server.faults.clear();
  server.requests.length = 0;
  server.world = world;
  waits = [];
  log = [];
  dir = await mkdtemp(join(tmpdir(), 'update-'));
  await writeInitialSnapshot(dir, world);
  before = await filesOf(dir);
});

describe('update against good data', () => {
  it('brings every series up to the server\'s last date and exits 0', async () => {
    const r = await update();
    expect(r.exitCode).toBe(0);
    expect(r.outcomes.filter((o) => o.status !== 'ok')).toEqual([]);
    const snap = await readSnapshot(dir);
    expect(snap.series.get('SOFR')?.find((o) => o.date === '2025-10-31')?.value).toBe(4.22);
    for (const id of ['SOFR', 'EFFR', 'RRPONTSYD', 'TGA_CLOSE', 'BGCR', 'SOFR_P99', 'SRF_MBS']) {
      expect(snap.series.get(id)?.at(-1)?.date, id).toBe(WORLD_TO);
    }
    expect(snap.series.get('SRF_TOTAL')?.find((o) => o.date === '2025-10-31')?.value).toBe(50.35);
    expect(snap.series.get('SRF_MBS')?.find((o) => o.date === '2025-10-31')?.value).toBe(20.95);
    expect(snap.series.get('SRF_TREASURY')?.find((o) => o.date === '2025-10-31')?.value).toBe(29.4);
    expect(snap.series.get('SOFR_VOLUME')?.find((o) => o.date === '2025-10-31')?.value).toBe(3211);
    expect(snap.series.get('SOFR_P99')?.find((o) => o.date === '2025-10-31')?.value).toBe(4.35);
    expect(snap.series.get('TGA_CLOSE')?.find((o) => o.date === '2025-10-30')?.value).toBe(1000.632);
    // History is extended, never rewritten: the old file is a prefix of the new one.
    const after = await filesOf(dir);
    expect(after.get('/series/SOFR.csv')?.startsWith(before.get('/series/SOFR.csv')!)).toBe(true);
    expect(outcome(r, 'SOFR')).toMatchObject({ added: 8, revised: 0, last: WORLD_TO });
    const meta = snap.manifest.series.find((m) => m.id === 'BGCR');
    // Provenance names the official request; the loopback address it was fetched from sits beside it.
    expect(meta?.provenance.originalUrl).toMatch(/^https:\/\/markets\.newyorkfed\.org\/api\/rates\/secured\/bgcr\/search\.json\?startDate=/);
    expect(meta?.provenance.fetchedUrl).toBe(meta?.provenance.originalUrl.replace('https://markets.newyorkfed.org', server.url));
    for (const m of snap.manifest.series) expect(m.provenance.originalUrl, m.id).toMatch(/^https:\/\/(fred\.stlouisfed|markets\.newyorkfed|api\.fiscaldata\.treasury|www\.financialresearch)\.(org|gov)\//);
  });

  it('asks only for what is new plus a revision window', async () => {
    await update();
    const sofr = server.requests.find((p) => p.includes('id=SOFR&'));
    expect(sofr).toBe('/graph/fredgraph.csv?id=SOFR&cosd=2025-10-10&coed=2025-11-06'); // 14 days behind 10-24
    const wres = server.requests.find((p) => p.includes('id=WRESBAL&'));
    expect(wres).toMatch(/cosd=2025-09-17&/); // weekly: 35 days behind the last Wednesday
    expect(server.requests.find((p) => p.includes('/bgcr/'))).toContain('startDate=2018-04-02'); // new series: full history
    // SOFR's percentiles and its volume are two answers; repo results are asked for as recorded.
    expect(server.requests.filter((p) => p.startsWith('/api/rates/secured/sofr/')).sort()).toEqual([
      '/api/rates/secured/sofr/search.json?startDate=2018-04-02&endDate=2025-11-06&type=rate',
      '/api/rates/secured/sofr/search.json?startDate=2018-04-02&endDate=2025-11-06&type=volume',
    ]);
    expect(server.requests).toContain('/api/rp/results/search.json?startDate=2019-09-16&endDate=2025-11-06');
    // TGA_CLOSE ends 2025-10-24 in the starting snapshot: only the Closing Balance era overlaps the window.
    expect(server.requests.filter((p) => p.includes('operating_cash_balance'))).toEqual([
      '/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance?fields=record_date%2Caccount_type%2Copen_today_bal%2Cclose_today_bal' +
        '&filter=record_date%3Agte%3A2025-10-10%2Crecord_date%3Alte%3A2025-11-06%2Caccount_type%3Aeq%3ATreasury+General+Account+%28TGA%29+Closing+Balance' +
        '&sort=record_date&page%5Bsize%5D=10000',
    ]);
  });

  it('applies and records revisions to recent observations', async () => {
    server.world = { ...world, SOFR: world.SOFR!.map(([d, v]) => [d, d === '2025-10-23' ? v + 0.01 : v] as const) };
    const r = await update();
    expect(r.exitCode).toBe(0);
    expect(outcome(r, 'SOFR')?.revised).toBe(1);
    const snap = await readSnapshot(dir);
    const old = world.SOFR!.find(([d]) => d === '2025-10-23')![1];
    expect(snap.manifest.revisions).toEqual([{ series: 'SOFR', date: '2025-10-23', old, new: old + 0.01, recorded: `${TODAY}T12:00:00.000Z` }]);
    expect(snap.series.get('SOFR')?.find((o) => o.date === '2025-10-23')?.value).toBe(old + 0.01);
    // The replaced value is kept in the vintage store, known until the edition that saw the new one (07:00 ET: that day).
    expect(snap.superseded).toEqual([{ series: 'SOFR', date: '2025-10-23', value: old, until: TODAY }]);
    expect(snap.manifest.vintages).toMatchObject({ file: 'revisions.csv', rows: 1 });
  });

  it('recovers from one 503 by retrying', async () => {
    server.faults.set('fred:SOFR', { kind: 'status', status: 503, times: 1 });
    const r = await update();
    expect(outcome(r, 'SOFR')?.status).toBe('ok');
    expect(waits).toEqual([0.75]); // one backoff: baseDelay 1 ms × jitter (0.5 + 0.5/2)
  });
});

const csvBody = (f: (lines: string[]) => string[]): Fault => ({ kind: 'body', transform: (b) => f(b.split('\n')).join('\n') });

const FAULTS: [name: string, key: string, series: string, fault: Fault, message: RegExp][] = [
  ['HTTP 500', 'fred:SOFR', 'SOFR', { kind: 'status', status: 500 }, /HTTP 500.*gave up after 2 attempts \(http:\/\/127\.0\.0\.1:\d+\/graph\/fredgraph\.csv\?id=SOFR/],
  ['429 with Retry-After', 'fred:SOFR', 'SOFR', { kind: 'status', status: 429, retryAfter: '7' }, /HTTP 429.*gave up after 2 attempts/],
  ['timeout', 'fred:SOFR', 'SOFR', { kind: 'hang' }, /no complete answer within 2000 ms/],
  ['connection reset', 'fred:SOFR', 'SOFR', { kind: 'reset' }, /network error/],
  ['truncated body (short of Content-Length)', 'fred:SOFR', 'SOFR', { kind: 'truncate' }, /network error/],
  ['truncated body (cut mid-line)', 'fred:SOFR', 'SOFR', { kind: 'body', transform: (b) => b.slice(0, -4) }, /ends mid-line: the body was truncated/],
  ['HTML page with 200', 'fred:SOFR', 'SOFR', { kind: 'html' }, /got an HTML page \(text\/html; charset=utf-8\) instead of CSV/],
  ['renamed column', 'fred:SOFR', 'SOFR', csvBody((l) => ['observation_date,SOFR_RATE', ...l.slice(1)]), /unexpected header "observation_date,SOFR_RATE"/],
  ['missing column', 'fred:SOFR', 'SOFR', csvBody((l) => l.map((x) => x.split(',')[0] ?? '')), /unexpected header "observation_date"/],
  ['empty body', 'fred:SOFR', 'SOFR', { kind: 'body', transform: () => '' }, /SOFR: empty response body/],
  ['non-numeric value', 'fred:SOFR', 'SOFR', csvBody((l) => l.map((x, i) => (i === 3 ? x.replace(/,.*/, ',4.2x') : x))), /SOFR: "4\.2x" is not a number \(.*:4\)/],
  ['absurd value', 'fred:SOFR', 'SOFR', csvBody((l) => l.map((x, i) => (i === 3 ? x.replace(/,.*/, ',422') : x))), /value 422 on .* outside the plausible range/],
  ['implausible jump', 'fred:SOFR', 'SOFR', csvBody((l) => l.map((x, i) => (i === l.length - 2 ? x.replace(/,.*/, ',9.5') : x))), /implausible jump .* to 9\.5 \(2025-11-05\).*--confirm SOFR/],
  ['duplicate date', 'fred:SOFR', 'SOFR', csvBody((l) => [...l.slice(0, 3), l[2]!, ...l.slice(3)]), /duplicate date/],
  ['future date', 'fred:SOFR', 'SOFR', csvBody((l) => [...l.slice(0, -1), '2025-11-07,4.01', '']), /date 2025-11-07 is in the future \(today is 2025-11-06\)/],
  ['renamed JSON field', 'nyfed:sofr', 'SOFR_P99', { kind: 'body', transform: (b) => b.replaceAll('percentPercentile99', 'pctl99') }, /has no percentPercentile99 field/],
  ['schema change', 'fiscaldata', 'TGA_CLOSE', { kind: 'body', transform: (b) => b.replaceAll('"record_date"', '"recordDate"') }, /does not match the documented shape at data\.0\.record_date/],
  ['HTML page with 200 (JSON source)', 'fiscaldata', 'TGA_CLOSE', { kind: 'html' }, /instead of JSON/],
  ['truncated JSON', 'fiscaldata', 'TGA_CLOSE', { kind: 'body', transform: (b) => b.slice(0, b.length - 20) }, /not valid JSON \(truncated or malformed\)/],
];

describe.each(FAULTS)('fault: %s', (_name, key, id, fault, message) => {
  it('keeps every existing observation, marks the series stale and exits 2', async () => {
    server.faults.set(key, fault);
    const r = await update();
    expect(r.exitCode).toBe(2);
    const o = outcome(r, id);
    expect(o?.status).toBe('stale');
    expect(o?.reason).toMatch(message);
    expect(o?.reason).toContain(id); // the message names the series…
    const after = await filesOf(dir);
    expect(after.get(`/series/${id}.csv`)).toBe(before.get(`/series/${id}.csv`)); // …and its data is untouched
    const snap = await readSnapshot(dir);
    const meta = snap.manifest.series.find((m) => m.id === id);
    expect(meta).toMatchObject({ status: 'stale', lastSuccess: `${SNAPSHOT_CUT}T20:00:00.000Z` });
    expect(meta?.staleReason).toMatch(message);
    expect(snap.series.get('EFFR')?.at(-1)?.date).toBe(WORLD_TO); // the rest still updated
  });
});

describe('funding-stress inputs: FRED series and the OFR FSI (values from tests/fixtures/recorded)', () => {
  it('fetches each new FRED series from its history start and the FSI from OFR\'s own CSV, into the snapshot', async () => {
    const r = await update();
    expect(r.exitCode).toBe(0);
    expect(server.requests).toContain('/graph/fredgraph.csv?id=WLCFLPCL&cosd=2018-01-03&coed=2025-11-06');
    expect(server.requests).toContain('/graph/fredgraph.csv?id=STLFSI4&cosd=2018-01-05&coed=2025-11-06');
    expect(server.requests.filter((p) => p.startsWith('/financial-stress-index/'))).toEqual(['/financial-stress-index/data/fsi.csv']);
    const snap = await readSnapshot(dir);
    const at = (id: string, d: string) => snap.series.get(id)?.find((o) => o.date === d)?.value;
    expect([at('WLCFLPCL', '2025-10-29'), at('SWPT', '2025-10-29'), at('H41RESPPALDKNWW', '2025-10-29')]).toEqual([7894, 26, 0]);
    expect([at('DGS2', '2025-10-31'), at('STLFSI4', '2025-10-31'), at('NFCI', '2025-10-31')]).toEqual([3.6, -0.4587, -0.515]);
    expect([at('OFR_FSI', '2025-10-29'), at('OFR_FSI_FUNDING', '2025-10-31'), at('OFR_FSI_VOLATILITY', '2025-10-15')]).toEqual([-2.429, -0.084, -0.005]);
    for (const id of ['OFR_FSI', 'OFR_FSI_CREDIT', 'OFR_FSI_EQUITY', 'OFR_FSI_SAFE_ASSETS', 'OFR_FSI_FUNDING', 'OFR_FSI_VOLATILITY']) {
      expect(outcome(r, id), id).toMatchObject({ status: 'ok', last: WORLD_TO });
    }
    const meta = snap.manifest.series.find((m) => m.id === 'OFR_FSI_FUNDING');
    expect(meta?.provenance).toMatchObject({ source: 'ofr', license: 'public' });
    expect(meta?.provenance.originalUrl).toMatch(/\/financial-stress-index\/data\/fsi\.csv$/);
  });

  it('a blank CP rate in FRED\'s answer stays missing after the update (one recorded value blanked in the test)', async () => {
    server.faults.set('fred:RIFSPPFAAD90NB', { kind: 'body', transform: (b) => b.replace('2025-10-16,3.91', '2025-10-16,') });
    const r = await update();
    expect(outcome(r, 'RIFSPPFAAD90NB')).toMatchObject({ status: 'ok', last: '2025-10-22' });
    const cp = (await readSnapshot(dir)).series.get('RIFSPPFAAD90NB') ?? [];
    expect(cp.map((o) => o.date)).not.toContain('2025-10-16');
    expect(cp.find((o) => o.date === '2025-10-15')?.value).toBe(3.97);
    expect(cp.some((o) => o.value === 0)).toBe(false);
  });

  it('a renamed FSI category stops that category only; the index and the other categories update', async () => {
    server.faults.set('ofr:fsi', { kind: 'body', transform: (b) => b.replace(',Funding,', ',Funding stress,') });
    const r = await update();
    expect(r.exitCode).toBe(2);
    expect(r.outcomes.filter((o) => o.status !== 'ok').map((o) => o.id)).toEqual(['OFR_FSI_FUNDING']);
    expect(outcome(r, 'OFR_FSI_FUNDING')?.reason).toMatch(/OFR_FSI_FUNDING: the header has no "Funding" column/);
    expect(outcome(r, 'OFR_FSI')).toMatchObject({ status: 'ok', last: WORLD_TO });
  });
});

describe('faults with extra checks', () => {
  it('a renamed percentile stops that percentile only: the other series of the answer still update', async () => {
    server.faults.set('nyfed:sofr', { kind: 'body', transform: (b) => b.replaceAll('percentPercentile99', 'pctl99') });
    const r = await update();
    expect(r.exitCode).toBe(2);
    expect(r.outcomes.filter((o) => o.status !== 'ok').map((o) => o.id)).toEqual(['SOFR_P99']);
    const snap = await readSnapshot(dir);
    for (const id of ['SOFR_P1', 'SOFR_P25', 'SOFR_P75', 'SOFR_VOLUME']) expect(snap.series.get(id)?.at(-1)?.date, id).toBe(WORLD_TO);
    expect(log.join('\n')).toMatch(/nyfed:sofr ok \(.*\); SOFR_P99 FAILED, see the table/);
  });

  it('a failed volume request leaves the percentiles updated', async () => {
    server.faults.set('nyfed:sofr-volume', { kind: 'status', status: 500 });
    const r = await update();
    expect(outcome(r, 'SOFR_VOLUME')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/HTTP 500.*type=volume/) });
    expect(outcome(r, 'SOFR_P1')?.status).toBe('ok');
  });

  it('a renamed collateral stops that collateral only; the total still updates', async () => {
    server.faults.set('nyfed:repo', { kind: 'body', transform: (b) => b.replaceAll('"Mortgage-Backed"', '"MBS"') });
    const r = await update();
    expect(outcome(r, 'SRF_MBS')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/expected one "Mortgage-Backed" detail/) });
    expect(outcome(r, 'SRF_TOTAL')?.status).toBe('ok');
    expect(outcome(r, 'SRF_TREASURY')?.status).toBe('ok');
  });

  it('honours Retry-After on 429', async () => {
    server.faults.set('fred:SOFR', { kind: 'status', status: 429, retryAfter: '7' });
    await update();
    expect(waits).toContain(7000);
  });

  it('takes a confirmed jump', async () => {
    server.faults.set('fred:SOFR', csvBody((l) => l.map((x, i) => (i === l.length - 2 ? x.replace(/,.*/, ',9.5') : x))));
    const r = await update(['SOFR']);
    expect(outcome(r, 'SOFR')?.status).toBe('ok');
  });

  it('reports a series it never had as failed, not stale, and does not add it', async () => {
    server.faults.set('nyfed:bgcr', { kind: 'status', status: 500 });
    const r = await update();
    expect(outcome(r, 'BGCR')).toMatchObject({ status: 'failed', last: null });
    const snap = await readSnapshot(dir);
    expect(snap.manifest.series.some((m) => m.id === 'BGCR')).toBe(false);
  });

  it('with no network, says so, writes nothing and exits 1', async () => {
    const r = await update([], await closedPortUrl());
    expect(r).toMatchObject({ exitCode: 1, noNetwork: true, wrote: false });
    expect(log.join('\n')).toMatch(/no source could be reached.*Nothing was written/);
    expect(await filesOf(dir)).toEqual(before);
  });

  it('leaves the previous snapshot intact when writing fails half-way', async () => {
    // Fail the staged write after some files were staged (before the commit point).
    const afterCommitStep = (step: string) => {
      if (step === 'staged series/SOFR.csv') throw new Error('disk full');
    };
    await expect(update([], server.url, { afterCommitStep })).rejects.toThrow(/could not write .*disk full.* the previous snapshot is unchanged/);
    const after = await filesOf(dir);
    expect(after).toEqual(before);
  });
});

